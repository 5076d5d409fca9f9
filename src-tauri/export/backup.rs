//! The full backup: one versioned JSON file with every table of the diary, and its restore.
//!
//! # The file
//! ```json
//! { "format": "backtrack-backup", "version": 1, "schemaVersion": 6,
//!   "exportedAt": "2026-04-01T12:00:00+01:00",
//!   "checksum": "sha256:<hex>",
//!   "tables": { "pain_entry": [ { "id": "...", "day": "2026-03-02", ... } ], ... } }
//! ```
//! `checksum` is the SHA-256 of `tables` written as compact JSON. It catches a file that was
//! edited or damaged after it was written (it is not a signature: anyone can recompute it).
//!
//! # Refusals (the diary is left exactly as it was)
//! Not JSON or cut short; not a BackTrack backup; a newer backup format or a newer diary schema
//! than this version knows; a checksum that does not match; a table, field or value type this
//! diary does not have; a row the diary's rules reject (`backup_rules`, checked before the
//! transaction, the schema's CHECKs behind them); one record twice in the file.
//!
//! # Merging
//! A record already on this device with other content (or other parts: tags, doses, a
//! session's exercises, a check's answers) is a conflict: this device's copy is kept and the
//! outcome lists it. Identical records are "already there".

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::backup_rules::{check_tables, record_name, table, TABLES};
pub use super::restore_outcome::{RestoreConflict, RestoreOutcome};
use crate::store::{self, Part, RestoreCopyPaths, RestoreMode, RestoreProblem, StoreError, TableRows};
use crate::t;

/// What the `format` field must say.
pub const BACKUP_FORMAT: &str = "backtrack-backup";
/// The newest backup layout this version writes and reads.
pub const BACKUP_VERSION: i64 = 1;

/// Why a backup could not be made or restored.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The file was refused; the diary was not changed.
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{}", t!("export-backup-write-failed", reason = .0.to_string()))]
    Json(#[from] serde_json::Error),
}

impl From<RestoreProblem> for BackupError {
    fn from(problem: RestoreProblem) -> Self {
        match problem {
            RestoreProblem::Refused(message) => BackupError::Refused(message),
            RestoreProblem::Store(error) => BackupError::Store(error),
            RestoreProblem::Rejected { table, .. } => BackupError::Refused(t!("export-backup-table-rejected", table = table)),
        }
    }
}

/// The whole diary as backup bytes. `exported_at` is RFC 3339, passed in by the caller.
pub fn backup_json(conn: &mut Connection, exported_at: &str) -> Result<Vec<u8>, BackupError> {
    let tables = serde_json::to_value(store::dump_tables(conn)?)?;
    let document = json!({
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "schemaVersion": store::LATEST_VERSION,
        "exportedAt": exported_at,
        "checksum": checksum(&tables)?,
        "tables": tables,
    });
    let mut bytes = serde_json::to_vec_pretty(&document)?;
    bytes.push(b'\n');
    Ok(bytes)
}

fn checksum(tables: &Value) -> Result<String, serde_json::Error> {
    let compact = serde_json::to_vec(tables)?;
    let digest = Sha256::digest(&compact);
    Ok(format!("sha256:{}", digest.iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

/// Reads and checks a backup file without touching any diary.
pub fn parse_backup(bytes: &[u8]) -> Result<TableRows, BackupError> {
    let refuse = |message: String| BackupError::Refused(message);
    let mut document: Value = serde_json::from_slice(bytes).map_err(|error| {
        if error.is_eof() {
            refuse(t!("export-backup-cut-short"))
        } else {
            refuse(t!("export-backup-not-json"))
        }
    })?;
    if document.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(refuse(t!("export-backup-not-backtrack")));
    }
    let version = document.get("version").and_then(Value::as_i64);
    let schema = document.get("schemaVersion").and_then(Value::as_i64);
    let (Some(version), Some(schema)) = (version, schema) else {
        return Err(refuse(t!("export-backup-no-version")));
    };
    if version > BACKUP_VERSION || schema > store::LATEST_VERSION {
        return Err(refuse(t!("export-backup-newer")));
    }
    let tables = document.get("tables").ok_or_else(|| refuse(t!("export-backup-no-data")))?;
    let expected = document.get("checksum").and_then(Value::as_str);
    if expected != Some(checksum(tables)?.as_str()) {
        return Err(refuse(t!("export-backup-checksum")));
    }
    // Taken out, not cloned: ten years of rows are tens of megabytes of values.
    let tables = document.get_mut("tables").map(Value::take).unwrap_or_default();
    serde_json::from_value::<TableRows>(tables).map_err(|_| refuse(t!("export-backup-wrong-shape")))
}

/// Restores `bytes` into the diary, all or nothing. Every row is first checked against the
/// domain's rules (`backup_rules`). Without `replace`, rows are merged by id and records that
/// differ from this device's are reported as conflicts (the device's copy is kept). With
/// `replace`, a copy of the current diary is kept beside it
/// (`<file>.before-restore-<stamp>.bak`, `stamp` chosen by the caller), but only once the
/// replace has committed: until then it has a pending name, which the next `store::open`
/// settles if the process dies in between.
pub fn restore_backup(conn: &mut Connection, bytes: &[u8], replace: bool, stamp: &str) -> Result<RestoreOutcome, BackupError> {
    let tables = parse_backup(bytes)?;
    check_tables(&tables).map_err(|invalid| BackupError::Refused(invalid.0))?;
    let parts = store_parts();
    if !replace {
        let counts = store::restore_tables(conn, &tables, RestoreMode::Merge, &parts).map_err(|p| problem(p, &tables))?;
        let conflicts = counts.conflicts.iter().map(|at| RestoreConflict::of(at, &tables)).collect();
        return Ok(RestoreOutcome { added: counts.added, already_present: counts.already_present, kept_copy: None, conflicts });
    }
    let RestoreCopyPaths { partial, pending, kept } = copy_paths(conn, stamp)?;
    keep_whole_copy(conn, &partial, &pending)?;
    let counts = match store::restore_tables(conn, &tables, RestoreMode::Replace { pending_copy: &pending }, &parts) {
        Ok(counts) => counts,
        Err(error) => {
            // The diary was not changed, so the copy would only confuse.
            let _ = std::fs::remove_file(&pending);
            return Err(problem(error, &tables));
        }
    };
    // Committed: the copy now holds the only old diary. If the rename fails, the next open
    // gives it its final name.
    let kept_copy = match std::fs::rename(&pending, &kept) {
        Ok(()) => kept,
        Err(_) if kept.exists() => kept,
        Err(_) => pending,
    };
    Ok(RestoreOutcome {
        added: counts.added,
        already_present: counts.already_present,
        kept_copy: Some(kept_copy.to_string_lossy().into_owned()),
        conflicts: Vec::new(),
    })
}

/// The parts of records (tags of an entry...), as the store's merge needs them.
fn store_parts() -> Vec<Part> {
    TABLES.iter().filter_map(|t| t.part_of.map(|p| Part { table: t.name, column: p.column, parent: p.table, whole: p.whole })).collect()
}

/// A store refusal in plain words: a row the schema rejected is named, never shown as SQL.
fn problem(problem: RestoreProblem, tables: &TableRows) -> BackupError {
    match problem {
        RestoreProblem::Rejected { table: name, index } => {
            let row = tables.get(&name).and_then(|rows| rows.get(index));
            let record = match (table(&name), row) {
                (Some(declared), Some(row)) => record_name(declared, row),
                _ => t!("export-backup-record-of", table = name.as_str()),
            };
            BackupError::Refused(t!("export-backup-record-rejected", record = record))
        }
        other => other.into(),
    }
}

/// Writes the copy under its partial name, then gives the whole copy its pending name. If the
/// process dies before that, the next open removes the partial copy.
fn keep_whole_copy(conn: &Connection, partial: &Path, pending: &Path) -> Result<(), BackupError> {
    let written = store::copy_database(conn, partial)
        .map_err(BackupError::from)
        .and_then(|()| std::fs::File::open(partial).and_then(|file| file.sync_all()).map_err(|e| copy_failed(pending, e)))
        .and_then(|()| std::fs::rename(partial, pending).map_err(|e| copy_failed(pending, e)));
    if written.is_err() {
        let _ = std::fs::remove_file(partial);
    }
    written
}

fn copy_failed(copy: &Path, error: std::io::Error) -> BackupError {
    BackupError::Refused(t!("export-backup-copy-failed", path = copy.display().to_string(), reason = error.to_string()))
}

/// The names of the copy of the diary, refused if any is taken.
fn copy_paths(conn: &Connection, stamp: &str) -> Result<RestoreCopyPaths, BackupError> {
    let db = conn.path().filter(|p| !p.is_empty()).map(PathBuf::from).ok_or_else(|| BackupError::Refused(t!("export-backup-not-a-file")))?;
    let paths = store::restore_copy_paths(&db, stamp);
    for taken in [&paths.kept, &paths.pending, &paths.partial] {
        if taken.exists() {
            return Err(BackupError::Refused(t!("export-backup-copy-exists", path = taken.display().to_string())));
        }
    }
    Ok(paths)
}
