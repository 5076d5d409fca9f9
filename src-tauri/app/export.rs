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
use crate::export::job::{self, report_range, ExportFormat, ExportJob};
use crate::export::pdf::Paper;
use crate::store;
use crate::vault::{self, Passphrase};

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
    std::fs::read(path)
        .map_err(|e| AppError::refused(crate::t!("errors-file-unreadable", path = path.display().to_string(), problem = e.to_string())))
}

/// Restores a backup read by [`read_backup`]: merged into the diary, or with `replace` in place
/// of it (a copy of the old diary is kept first). The caller has asked the person to confirm a
/// replace. Nothing changes when the backup is refused.
pub fn restore(conn: &mut Connection, now: Now, backup: &[u8], replace: bool) -> Result<RestoreOutcome, AppError> {
    let stamp = now.format("%Y%m%dT%H%M%S").to_string();
    Ok(restore_backup(conn, backup, replace, &stamp)?)
}

/// Writes a full backup to `path`, encrypted (age, passphrase mode) when `passphrase` is given,
/// and returns its size. Refuses any of the diary's own files, then writes atomically.
pub fn write_backup(conn: &mut Connection, now: Now, path: &Path, passphrase: Option<&Passphrase>) -> Result<u64, AppError> {
    let job = ExportJob { format: ExportFormat::Backup, from: None, to: None, sections: Vec::new(), paper: Paper::A4 };
    let Some(passphrase) = passphrase else { return export_to_file(conn, now, &job, path) };
    if let Some(diary) = conn.path().filter(|p| !p.is_empty()) {
        store::refuse_own_file(Path::new(diary), path).map_err(|refusal| AppError::refused(refusal.to_string()))?;
    }
    let plain = zeroize::Zeroizing::new(job::export_bytes(conn, &job, catalog()?, now)?);
    let sealed = vault::encrypt_backup(&plain, passphrase)?;
    job::write_atomically(path, &sealed).map_err(|e| AppError::Storage {
        message: crate::t!("errors-backup-not-written-to", path = path.display().to_string(), problem = e.to_string()),
    })?;
    Ok(sealed.len() as u64)
}

/// Whether backup bytes read by [`read_backup`] are encrypted and need a passphrase.
pub fn backup_is_encrypted(bytes: &[u8]) -> bool {
    vault::is_age_file(bytes)
}

/// The plain backup inside bytes read by [`read_backup`]: as they are when not encrypted,
/// else opened with `passphrase`. A missing or wrong passphrase is a field error on
/// `backupPassphrase`, and nothing is changed.
pub fn open_backup(bytes: Vec<u8>, passphrase: Option<&Passphrase>) -> Result<zeroize::Zeroizing<Vec<u8>>, AppError> {
    if !backup_is_encrypted(&bytes) {
        return Ok(zeroize::Zeroizing::new(bytes));
    }
    let passphrase = passphrase.ok_or_else(|| AppError::field("backupPassphrase", crate::t!("settings-backup-type-passphrase")))?;
    let plain = vault::decrypt_backup(&bytes, passphrase);
    if plain.is_err() {
        std::thread::sleep(super::privacy::WRONG_SECRET_DELAY);
    }
    Ok(zeroize::Zeroizing::new(plain?))
}
