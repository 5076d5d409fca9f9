//! The surgeon's report as a PDF, made with krilla: real embedded fonts (DejaVu Sans, subset),
//! selectable and extractable text, a tag tree for screen readers, A4 or US Letter.
//!
//! Page one is the summary, most important first (see `summary.rs`); the daily log follows as
//! a table (see `log.rs`). Sections the person left out are not drawn at all.
//!
//! Every word, date and time is in the language in force: the export job draws the report
//! inside `i18n::scoped` with the diary's report language, which may differ from the app's.

mod associations;
mod layout;
mod log;
mod summary;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::diary::PainEntry;
use crate::domain::report::ReportSummary;

pub use layout::wrap;

/// Paper size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points (1/72 inch).
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// A part of the report the person can include or leave out, in the report's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ReportSection {
    RedFlags,
    Pain,
    LegSymptoms,
    /// The weekly function check-in: each activity's first and latest rating and the change.
    Function,
    Sites,
    Factors,
    Medication,
    SleepAndFunction,
    Program,
    SurgeonNotes,
    DailyLog,
}

impl ReportSection {
    pub const ALL: [ReportSection; 11] = [
        ReportSection::RedFlags,
        ReportSection::Pain,
        ReportSection::LegSymptoms,
        ReportSection::Function,
        ReportSection::Sites,
        ReportSection::Factors,
        ReportSection::Medication,
        ReportSection::SleepAndFunction,
        ReportSection::Program,
        ReportSection::SurgeonNotes,
        ReportSection::DailyLog,
    ];
}

/// How to draw the report.
#[derive(Debug, Clone)]
pub struct PdfOptions {
    pub paper: Paper,
    /// The sections to draw; an empty list means all of them.
    pub sections: Vec<ReportSection>,
    /// The local day the report was made, shown under the title as its reader writes dates
    /// (`i18n::dates::format_date`, in the report's language).
    pub made_on: String,
}

impl PdfOptions {
    fn wants(&self, section: ReportSection) -> bool {
        self.sections.is_empty() || self.sections.contains(&section)
    }
}

/// Why a PDF could not be made.
#[derive(Debug)]
pub struct PdfError(String);

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("report-failed", reason = self.0.as_str()))
    }
}

impl std::error::Error for PdfError {}

/// The whole report, in the language in force (wrap the call in [`crate::i18n::scoped`] to
/// write it in the report's language). `entries` are the range's diary entries, for the daily
/// log; `medication_names` names their doses.
pub fn report_pdf(
    summary: &ReportSummary,
    associations: &[crate::domain::insights::FactorAssociation],
    entries: &[PainEntry],
    medication_names: &std::collections::HashMap<uuid::Uuid, String>,
    options: &PdfOptions,
) -> Result<Vec<u8>, PdfError> {
    let mut page = layout::Layout::new(options.paper);
    summary::draw_summary(&mut page, summary, associations, options);
    if options.wants(ReportSection::DailyLog) {
        log::draw_log(&mut page, entries, medication_names);
    }
    let title = crate::t!(
        "report-document-title",
        from = crate::i18n::dates::format_date(summary.range.from, crate::i18n::dates::DateStyle::Medium),
        to = crate::i18n::dates::format_date(summary.range.to, crate::i18n::dates::DateStyle::Medium)
    );
    layout::render(&page, &title).map_err(PdfError)
}

/// A vocabulary wire name in plain words: `lying_down` → "Lying down".
pub fn plain(word: &str) -> String {
    let spaced = word.replace('_', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
