//! One export from start to bytes, shared by the Export screen's commands and the command line:
//! which rows to read for a format and range, the file name to suggest, and writing the file
//! so that a crash never leaves half a report where the old one was.

use std::path::Path;

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::dates::range_ending;
use crate::domain::dates::DayRange;
use crate::domain::program::exercise::Catalog;
use crate::domain::report::{summarize_report, ReportSummary};
pub use crate::files::write_atomically;
use crate::i18n::dates::{format_date, DateStyle};
use crate::i18n::Language;
use crate::store::{self, StoreError};
use crate::t;

use super::backup::{backup_json, BackupError};
use super::pdf::{report_pdf, Paper, PdfError, PdfOptions, ReportSection};

/// Days a report covers when no start is given: about three months, ending on the last day.
pub const DEFAULT_REPORT_DAYS: u64 = 90;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ExportFormat {
    Pdf,
    EntriesCsv,
    SessionsCsv,
    /// The weekly function check-in's ratings.
    FunctionCsv,
    Fhir,
    Backup,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Pdf => "pdf",
            ExportFormat::EntriesCsv | ExportFormat::SessionsCsv | ExportFormat::FunctionCsv => "csv",
            ExportFormat::Fhir | ExportFormat::Backup => "json",
        }
    }

    /// The file-type name shown in the save dialog's filter, in the app's language.
    pub fn filter_name(self) -> String {
        match self {
            ExportFormat::Pdf => t!("export-filter-pdf"),
            ExportFormat::EntriesCsv | ExportFormat::SessionsCsv | ExportFormat::FunctionCsv => t!("export-filter-csv"),
            ExportFormat::Fhir => t!("export-filter-fhir"),
            ExportFormat::Backup => t!("export-filter-backup"),
        }
    }
}

/// One export, with its range already settled.
#[derive(Debug, Clone)]
pub struct ExportJob {
    pub format: ExportFormat,
    /// Local days, both included; `None` ends are open (CSV, FHIR) or defaulted (PDF).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub sections: Vec<ReportSection>,
    pub paper: Paper,
}

/// Why an export failed. Its words (`Display`) are in the app's language.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Backup(#[from] BackupError),
    #[error(transparent)]
    Csv(#[from] super::csv::CsvError),
    #[error("{}", t!("export-fhir-failed", reason = .0.to_string()))]
    Json(#[from] serde_json::Error),
    /// The chosen file is one of the diary's own: nothing was written.
    #[error(transparent)]
    OwnFile(#[from] store::OwnFileRefusal),
    #[error("{}", t!("export-write-failed", path = .path.display().to_string(), reason = .source.to_string()))]
    Write { path: std::path::PathBuf, source: std::io::Error },
}

/// The range a report covers: the given ends, else the 90 days up to `to` (default today).
pub fn report_range(from: Option<NaiveDate>, to: Option<NaiveDate>, today: NaiveDate) -> DayRange {
    let to = to.unwrap_or(today);
    from.map_or_else(|| range_ending(to, DEFAULT_REPORT_DAYS), |from| DayRange { from, to })
}

/// The report's figures for a range.
pub fn report_summary(conn: &mut Connection, range: DayRange, catalog: &Catalog) -> Result<ReportSummary, StoreError> {
    let rows = store::load_report_rows(conn, range, catalog)?;
    Ok(summarize_report(&rows.input()))
}

/// The language the diary's report is written in (Export's choice; "same as the app" follows
/// the app's choice or the device). A diary whose choice cannot be read gets the language in
/// force rather than no report.
pub fn report_language(conn: &Connection) -> Language {
    match crate::app::language::language_view(conn, Language::system()) {
        Ok(view) => view.report,
        Err(error) => {
            tracing::warn!(?error, "the report's language could not be read; the report follows the app");
            crate::i18n::current()
        }
    }
}

/// The bytes of one export. `now` stamps the report and the backup. The PDF is written in the
/// diary's report language ([`report_language`]), whatever the app speaks.
pub fn export_bytes(conn: &mut Connection, job: &ExportJob, catalog: &Catalog, now: DateTime<Tz>) -> Result<Vec<u8>, ExportError> {
    let stamp = now.fixed_offset().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    Ok(match job.format {
        ExportFormat::Pdf => {
            let range = report_range(job.from, job.to, now.date_naive());
            let rows = store::load_report_rows(conn, range, catalog)?;
            let summary = summarize_report(&rows.input());
            let insights = crate::domain::insights::insights(&rows.insights_input());
            crate::i18n::scoped(report_language(conn), || {
                let made_on = format_date(now.date_naive(), DateStyle::Medium);
                let options = PdfOptions { paper: job.paper, sections: job.sections.clone(), made_on };
                report_pdf(&summary, &insights.factors, &rows.entries, &rows.medication_names, &options)
            })?
        }
        ExportFormat::EntriesCsv => {
            let entries = store::list_pain_entries(conn, job.from, job.to)?;
            let names = store::list_medications(conn, true)?.into_iter().map(|m| (m.id, m.name)).collect();
            super::csv::pain_entries_csv(&entries, &names)?
        }
        ExportFormat::SessionsCsv => super::csv::sessions_csv(&store::list_sessions(conn, job.from, job.to)?)?,
        ExportFormat::FunctionCsv => {
            let ratings = store::list_function_ratings(conn, job.from, job.to)?;
            super::csv::function_ratings_csv(&ratings, &store::list_function_activities(conn)?)?
        }
        ExportFormat::Fhir => {
            let entries = store::list_pain_entries(conn, job.from, job.to)?;
            let sessions = store::list_sessions(conn, job.from, job.to)?;
            let function = super::fhir::FunctionRows {
                activities: store::list_function_activities(conn)?,
                ratings: store::list_function_ratings(conn, job.from, job.to)?,
            };
            super::fhir::bundle_json(&entries, &sessions, &function, &stamp)?
        }
        ExportFormat::Backup => backup_json(conn, &stamp)?,
    })
}

/// A file name to suggest, such as `backtrack-report-2026-01-01-to-2026-03-31.pdf`.
pub fn suggested_file_name(job: &ExportJob, today: NaiveDate) -> String {
    let what = match job.format {
        ExportFormat::Pdf => "report",
        ExportFormat::EntriesCsv => "pain-entries",
        ExportFormat::SessionsCsv => "sessions",
        ExportFormat::FunctionCsv => "function-check-ins",
        ExportFormat::Fhir => "fhir",
        ExportFormat::Backup => return format!("backtrack-backup-{today}.json"),
    };
    let (from, to) = match job.format {
        ExportFormat::Pdf => {
            let range = report_range(job.from, job.to, today);
            (Some(range.from), Some(range.to))
        }
        _ => (job.from, job.to),
    };
    let span = match (from, to) {
        (Some(from), Some(to)) => format!("{from}-to-{to}"),
        (Some(from), None) => format!("from-{from}"),
        (None, Some(to)) => format!("to-{to}"),
        (None, None) => format!("all-{today}"),
    };
    format!("backtrack-{what}-{span}.{}", job.format.extension())
}

/// Writes one export to `path` and returns its size. This is the only way the app writes a
/// file for the person: it refuses, before any work, a path that is or reaches one of the
/// diary's own files (`store::refuse_own_file`), then writes atomically.
pub fn export_to_file(conn: &mut Connection, job: &ExportJob, catalog: &Catalog, now: DateTime<Tz>, path: &Path) -> Result<u64, ExportError> {
    if let Some(diary) = conn.path().filter(|p| !p.is_empty()) {
        store::refuse_own_file(Path::new(diary), path)?;
    }
    let bytes = export_bytes(conn, job, catalog, now)?;
    write_atomically(path, &bytes).map_err(|source| ExportError::Write { path: path.to_owned(), source })?;
    Ok(bytes.len() as u64)
}
