//! The surgeon's report as a PDF, made with krilla: real embedded fonts (DejaVu Sans, subset),
//! selectable and extractable text, a tag tree for screen readers, A4 or US Letter.
//!
//! Page one is the summary, most important first (see `summary.rs`); the daily log follows as
//! a table (see `log.rs`). Sections the person left out are not drawn at all.

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
    /// The local day the report was made, shown under the title.
    pub made_on: String,
}

impl PdfOptions {
    fn wants(&self, section: ReportSection) -> bool {
        self.sections.is_empty() || self.sections.contains(&section)
    }
}

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[error("The PDF report could not be made: {0}")]
pub struct PdfError(String);

/// The whole report. `entries` are the range's diary entries, for the daily log;
/// `medication_names` names their doses.
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
    let title = format!("BackTrack report {} to {}", summary.range.from, summary.range.to);
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
