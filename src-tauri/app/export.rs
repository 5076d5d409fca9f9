//! Exports and restore: the report's figures, one export written to a file, and a backup
//! brought back. The window asks where through native dialogs and the command line takes paths;
//! both end here.

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::builtin::catalog;
use super::{AppError, Now};
use crate::domain::report::ReportSummary;
use crate::export::backup::{restore_backup, RestoreOutcome};
use crate::export::job::{self, report_range, ExportJob};

/// The figures of the report's first page over `from..=to` (by default the 90 days up to today).
pub fn report_summary(conn: &mut Connection, today: NaiveDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<ReportSummary, AppError> {
    Ok(job::report_summary(conn, report_range(from, to, today), catalog()?)?)
}

/// Writes `job` to `path` and returns its size in bytes. Refuses any of the diary's own files.
pub fn export_to_file(conn: &mut Connection, now: Now, job: &ExportJob, path: &Path) -> Result<u64, AppError> {
    Ok(job::export_to_file(conn, job, catalog()?, now, path)?)
}

/// The bytes of the backup file at `path`, read before anything asks the person to confirm,
/// so a file that cannot be read is reported first.
pub fn read_backup(path: &Path) -> Result<Vec<u8>, AppError> {
    std::fs::read(path).map_err(|e| AppError::refused(format!("The file {} could not be read: {e}", path.display())))
}

/// Restores a backup read by [`read_backup`]: merged into the diary, or with `replace` in place
/// of it (a copy of the old diary is kept first). The caller has asked the person to confirm a
/// replace. Nothing changes when the backup is refused.
pub fn restore(conn: &mut Connection, now: Now, backup: &[u8], replace: bool) -> Result<RestoreOutcome, AppError> {
    let stamp = now.format("%Y%m%dT%H%M%S").to_string();
    Ok(restore_backup(conn, backup, replace, &stamp)?)
}
