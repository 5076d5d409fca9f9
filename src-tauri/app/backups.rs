//! Automatic backups: the schedule the person sets, and one try when it is due (or asked for
//! now). A try writes the whole backup next to its old ones atomically, reads it back and checks
//! every row as a restore would, then removes the oldest beyond the number to keep. A failure is
//! logged with a plain reason, shown on the Export screen, and told once as a notification by
//! the face that runs the schedule.

use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::{AppError, Now};
use crate::domain::backups::{self, BackupSchedule, BackupScheduleDraft};
use crate::export::backup::{backup_json, parse_backup};
use crate::export::backup_rules::check_tables;
use crate::export::job::write_atomically;
use crate::store::{self, BackupRunRow};
use crate::vault::{self, Passphrase, VaultError, MIN_PASSPHRASE_CHARS};
use zeroize::Zeroizing;

/// One try, as the Export screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BackupRun {
    #[ts(type = "string")]
    pub tried_at: DateTime<Utc>,
    /// The file written, with its folder; `None` when the try failed.
    pub file: Option<String>,
    #[ts(type = "number | null")]
    pub bytes: Option<u64>,
    /// Why the try failed, in plain words.
    pub problem: Option<String>,
}

impl From<BackupRunRow> for BackupRun {
    fn from(row: BackupRunRow) -> Self {
        BackupRun { tried_at: row.tried_at, file: row.file, bytes: row.bytes, problem: row.problem }
    }
}

/// The schedule and how it has gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BackupStatus {
    /// `None`: automatic backups are off.
    pub schedule: Option<BackupSchedule>,
    pub last_try: Option<BackupRun>,
    pub last_backup: Option<BackupRun>,
}

/// When to try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// Only if the schedule says one is due.
    WhenDue,
    /// The person pressed "Back up now".
    Now,
}

pub fn backup_status(conn: &Connection) -> Result<BackupStatus, AppError> {
    let (last_try, last_backup) = store::latest_backup_runs(conn)?;
    Ok(BackupStatus { schedule: store::get_backup_schedule(conn)?, last_try: last_try.map(Into::into), last_backup: last_backup.map(Into::into) })
}

/// Sets the schedule (or turns it off). A folder that is not there is refused beside the field,
/// and nothing changes.
///
/// For an encrypted diary the backups are encrypted too: the first schedule needs a passphrase
/// for them (refused beside its field otherwise), and a later save keeps it unless a new one is
/// typed. A plain diary keeps no backup passphrase (it would lie readable in the file).
pub fn save_backup_schedule(conn: &mut Connection, draft: &BackupScheduleDraft) -> Result<BackupStatus, AppError> {
    let schedule = backups::validate_schedule(draft)?;
    let encrypted = diary_is_encrypted(conn)?;
    let typed = draft.passphrase.as_deref().filter(|p| !p.is_empty()).map(|p| Passphrase::new(p.to_owned()));
    if let Some(schedule) = &schedule {
        if !schedule.folder.is_dir() {
            let message = crate::t!("settings-backup-no-folder", folder = schedule.folder.display().to_string());
            return Err(AppError::field("folder", message));
        }
        if encrypted {
            match &typed {
                Some(passphrase) if passphrase.check_new().is_err() => {
                    return Err(AppError::field("passphrase", crate::t!("settings-backup-passphrase-short", min = MIN_PASSPHRASE_CHARS)));
                }
                None if store::backup_passphrase(conn)?.is_none() => {
                    return Err(AppError::field("passphrase", crate::t!("settings-backup-passphrase-needed")));
                }
                _ => {}
            }
        }
    }
    let tx = conn.transaction().map_err(store::StoreError::from)?;
    store::set_backup_schedule(&tx, schedule.as_ref())?;
    match (encrypted, &typed) {
        (true, Some(passphrase)) => store::set_backup_passphrase(&tx, Some(passphrase.as_str()))?,
        (true, None) => {}
        (false, _) => store::set_backup_passphrase(&tx, None)?,
    }
    tx.commit().map_err(store::StoreError::from)?;
    backup_status(conn)
}

/// Whether the diary open on `conn` is encrypted (its file says so).
fn diary_is_encrypted(conn: &Connection) -> Result<bool, AppError> {
    let Some(path) = conn.path().filter(|p| !p.is_empty()) else { return Ok(false) };
    Ok(store::diary_file_kind(Path::new(path))? == store::DiaryFileKind::Encrypted)
}

/// Makes one backup if `trigger` says so and a schedule is set; returns the try, if any.
pub fn run_backup(conn: &mut Connection, now: Now, trigger: Trigger) -> Result<Option<BackupRun>, AppError> {
    let Some(schedule) = store::get_backup_schedule(conn)? else { return Ok(None) };
    let now_utc = now.with_timezone(&Utc);
    if trigger == Trigger::WhenDue {
        let (last_try, last_backup) = store::latest_backup_runs(conn)?;
        let last_failure = last_try.filter(|run| run.problem.is_some()).map(|run| run.tried_at);
        if !backups::is_due(schedule.every, last_backup.map(|run| run.tried_at), last_failure, now_utc, now.timezone()) {
            return Ok(None);
        }
    }
    let written = write_backup(conn, &schedule, now);
    let run = match &written {
        Ok((path, bytes)) => store::record_backup_run(conn, now_utc, Ok((&path.to_string_lossy(), *bytes)))?,
        Err(problem) => store::record_backup_run(conn, now_utc, Err(&problem.to_string()))?,
    };
    if written.is_ok() {
        remove_old_backups(&schedule);
    }
    Ok(Some(run.into()))
}

/// The latest try if it failed and the person has not been told yet; marks it told.
pub fn failure_to_tell(conn: &Connection) -> Result<Option<BackupRun>, AppError> {
    let (last_try, _) = store::latest_backup_runs(conn)?;
    let Some(failed) = last_try.filter(|run| run.problem.is_some() && !run.told) else { return Ok(None) };
    store::mark_backup_run_told(conn, failed.id)?;
    Ok(Some(failed.into()))
}

/// Why a try did not leave a good backup; its message is what the Export screen and the
/// notification say (kept with the try, in the language in force when it failed).
#[derive(Debug)]
enum BackupProblem {
    FolderMissing(PathBuf),
    OwnFile(store::OwnFileRefusal),
    Read(crate::export::backup::BackupError),
    Write { path: PathBuf, source: std::io::Error },
    Seal(VaultError),
    Check { path: PathBuf, why: CheckFailure },
}

impl std::fmt::Display for BackupProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            BackupProblem::FolderMissing(folder) => crate::t!("errors-backup-folder-gone", folder = folder.display().to_string()),
            BackupProblem::OwnFile(refusal) => refusal.to_string(),
            BackupProblem::Read(e) => crate::t!("errors-backup-read", problem = e.to_string()),
            BackupProblem::Write { path, source } => {
                crate::t!("errors-backup-not-written-to", path = path.display().to_string(), problem = source.to_string())
            }
            BackupProblem::Seal(e) => crate::t!("errors-backup-seal", problem = e.to_string()),
            BackupProblem::Check { path, why } => check_failed(path, why),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for BackupProblem {}

impl From<store::OwnFileRefusal> for BackupProblem {
    fn from(refusal: store::OwnFileRefusal) -> Self {
        BackupProblem::OwnFile(refusal)
    }
}

impl From<crate::export::backup::BackupError> for BackupProblem {
    fn from(error: crate::export::backup::BackupError) -> Self {
        BackupProblem::Read(error)
    }
}

impl From<VaultError> for BackupProblem {
    fn from(error: VaultError) -> Self {
        BackupProblem::Seal(error)
    }
}

/// How a written backup failed its check. These words only reach logs; the person reads
/// [`check_failed`]'s sentence.
#[derive(Debug, thiserror::Error)]
enum CheckFailure {
    #[error("it could not be read back: {0}")]
    ReadBack(#[from] std::io::Error),
    #[error("it did not read back the same")]
    Differs,
    #[error("{0}")]
    NotABackup(#[from] crate::export::backup::BackupError),
    #[error("{0}")]
    Invalid(#[from] crate::export::backup_rules::InvalidBackup),
    #[error("it could not be opened with its passphrase: {0}")]
    Unsealed(#[from] VaultError),
}

/// The whole sentence for a backup that failed its check, one per way it can fail.
fn check_failed(path: &Path, why: &CheckFailure) -> String {
    let path = path.display().to_string();
    match why {
        CheckFailure::ReadBack(e) => crate::t!("errors-backup-check-read-back", path = path, problem = e.to_string()),
        CheckFailure::Differs => crate::t!("errors-backup-check-differs", path = path),
        CheckFailure::NotABackup(e) => crate::t!("errors-backup-check-failed", path = path, problem = e.to_string()),
        CheckFailure::Invalid(e) => crate::t!("errors-backup-check-failed", path = path, problem = e.to_string()),
        CheckFailure::Unsealed(e) => crate::t!("errors-backup-check-unsealed", path = path, problem = e.to_string()),
    }
}

/// Writes, reads back and checks one backup: an age file when a backup passphrase is kept.
fn write_backup(conn: &mut Connection, schedule: &BackupSchedule, now: Now) -> Result<(PathBuf, u64), BackupProblem> {
    let folder = &schedule.folder;
    if !folder.is_dir() {
        return Err(BackupProblem::FolderMissing(folder.clone()));
    }
    let passphrase = store::backup_passphrase(conn).map_err(|e| BackupProblem::Read(e.into()))?.map(|p| Passphrase::new(p.to_string()));
    let path = folder.join(backups::file_name(now, passphrase.is_some()));
    if let Some(diary) = conn.path().filter(|p| !p.is_empty()) {
        store::refuse_own_file(Path::new(diary), &path)?;
    }
    let stamp = now.fixed_offset().to_rfc3339_opts(SecondsFormat::Secs, false);
    let plain = Zeroizing::new(backup_json(conn, &stamp)?);
    let bytes = match &passphrase {
        Some(passphrase) => vault::encrypt_backup(&plain, passphrase)?,
        None => plain.to_vec(),
    };
    write_atomically(&path, &bytes).map_err(|source| BackupProblem::Write { path: path.clone(), source })?;
    if let Err(why) = check_written(&path, &bytes, passphrase.as_ref()) {
        let _ = std::fs::remove_file(&path);
        return Err(BackupProblem::Check { path, why });
    }
    Ok((path, bytes.len() as u64))
}

/// Reads the file back: the same bytes, (opened with its passphrase) a backup whose checksum
/// holds, and every row as a restore would check it.
fn check_written(path: &Path, written: &[u8], passphrase: Option<&Passphrase>) -> Result<(), CheckFailure> {
    let back = std::fs::read(path)?;
    if back != written {
        return Err(CheckFailure::Differs);
    }
    let plain = match passphrase {
        Some(passphrase) => Zeroizing::new(vault::decrypt_backup(&back, passphrase)?),
        None => Zeroizing::new(back),
    };
    check_tables(&parse_backup(&plain)?)?;
    Ok(())
}

/// Removes the oldest automatic backups beyond the number to keep. Only files named as
/// BackTrack names its automatic backups are touched; a file that cannot be removed stays.
fn remove_old_backups(schedule: &BackupSchedule) {
    let Ok(listing) = std::fs::read_dir(&schedule.folder) else { return };
    let names: Vec<String> = listing.filter_map(|entry| entry.ok()?.file_name().into_string().ok()).collect();
    for name in backups::files_to_remove(&names, schedule.keep) {
        if let Err(error) = std::fs::remove_file(schedule.folder.join(&name)) {
            tracing::warn!(%error, name, "an old automatic backup could not be removed");
        }
    }
}
