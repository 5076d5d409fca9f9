//! The full backup: one versioned JSON file with every table of the diary, and its restore.
//!
//! # The file
//! ```json
//! { "format": "backtrack-backup", "version": 1, "schemaVersion": 5,
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
//! diary does not have; a row the diary's rules reject.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::Serialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::store::{self, RestoreProblem, StoreError, TableRows};

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
    #[error("The backup could not be written: {0}")]
    Json(#[from] serde_json::Error),
}

impl From<RestoreProblem> for BackupError {
    fn from(problem: RestoreProblem) -> Self {
        match problem {
            RestoreProblem::Refused(message) => BackupError::Refused(message),
            RestoreProblem::Store(error) => BackupError::Store(error),
        }
    }
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RestoreOutcome {
    /// Rows (entries, sessions, their details, settings...) newly added.
    #[ts(type = "number")]
    pub added: u64,
    /// Rows already in the diary, left as they were.
    #[ts(type = "number")]
    pub already_present: u64,
    /// Where the copy of the old diary was kept, when the restore replaced it.
    pub kept_copy: Option<String>,
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
    let refuse = |message: &str| BackupError::Refused(message.to_owned());
    let document: Value = serde_json::from_slice(bytes).map_err(|error| {
        if error.is_eof() {
            refuse("This backup file is cut short: it may not have finished copying. Nothing was restored.")
        } else {
            refuse("This file is not a BackTrack backup (it is not valid JSON). Nothing was restored.")
        }
    })?;
    if document.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(refuse("This file is not a BackTrack backup. Nothing was restored."));
    }
    let version = document.get("version").and_then(Value::as_i64);
    let schema = document.get("schemaVersion").and_then(Value::as_i64);
    let (Some(version), Some(schema)) = (version, schema) else {
        return Err(refuse("This backup has no version number, so it cannot be read safely. Nothing was restored."));
    };
    if version > BACKUP_VERSION || schema > store::LATEST_VERSION {
        return Err(refuse("This backup was made by a newer version of BackTrack. Please update BackTrack, then restore it. Nothing was restored."));
    }
    let tables = document.get("tables").ok_or_else(|| refuse("This backup has no data in it. Nothing was restored."))?;
    let expected = document.get("checksum").and_then(Value::as_str);
    if expected != Some(checksum(tables)?.as_str()) {
        return Err(refuse("This backup was changed after it was made, or is damaged (its checksum does not match). Nothing was restored."));
    }
    serde_json::from_value::<TableRows>(tables.clone()).map_err(|_| refuse("The tables in this backup have the wrong shape. Nothing was restored."))
}

/// Restores `bytes` into the diary. With `replace`, a copy of the current diary is first kept
/// beside it (`<file>.before-restore-<stamp>.bak`, `stamp` chosen by the caller) and the diary's
/// content is then replaced; otherwise rows are merged by id. All or nothing.
pub fn restore_backup(conn: &mut Connection, bytes: &[u8], replace: bool, stamp: &str) -> Result<RestoreOutcome, BackupError> {
    let tables = parse_backup(bytes)?;
    let kept_copy = if replace { Some(keep_copy(conn, stamp)?) } else { None };
    let counts = match store::restore_tables(conn, &tables, replace) {
        Ok(counts) => counts,
        Err(problem) => {
            // The diary was not changed, so the copy would only confuse.
            if let Some(copy) = &kept_copy {
                let _ = std::fs::remove_file(copy);
            }
            return Err(problem.into());
        }
    };
    Ok(RestoreOutcome {
        added: counts.added,
        already_present: counts.already_present,
        kept_copy: kept_copy.map(|p| p.to_string_lossy().into_owned()),
    })
}

fn keep_copy(conn: &Connection, stamp: &str) -> Result<PathBuf, BackupError> {
    let db = conn
        .path()
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .ok_or_else(|| BackupError::Refused("The diary is not a file, so no copy of it could be kept. Nothing was restored.".into()))?;
    let copy = sibling(&db, &format!(".before-restore-{stamp}.bak"));
    if copy.exists() {
        return Err(BackupError::Refused(format!("A copy named {} already exists. Nothing was restored.", copy.display())));
    }
    store::copy_database(conn, &copy)?;
    Ok(copy)
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}
