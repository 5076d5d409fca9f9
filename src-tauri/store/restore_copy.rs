//! The copy of the diary that a replacing restore keeps, and what `open` does with one that a
//! killed restore left behind.
//!
//! A replace first writes the copy under a partial name (`<diary>.before-restore-<stamp>.bak.partial`;
//! SQLite keeps a `-journal` beside it while it writes), renames the finished copy to a
//! pending name (`….bak.pending`), replaces the diary's content in one transaction, and only
//! then renames the copy to its final name (`….bak`). So a copy under its final name always
//! means "the diary was replaced; this was it before". The next [`open`](super::open) removes
//! partial copies (the replace never started: the diary is whole) and settles pending ones:
//! - same content as the diary: the replace never committed (or changed nothing), so the copy
//!   is only a duplicate of the diary and is removed;
//! - other content, or anything that cannot be compared with certainty: the replace committed
//!   (or something else changed since), so the copy is kept under its final name. The only
//!   copy of a replaced diary is never deleted.
//! - unreadable (it should not be, being renamed only once whole): removed, for the same
//!   reason as a partial copy.
//!
//! Settling holds the diary's write lock, and a replace checks that its pending copy still
//! exists after taking the same lock, so an open running beside a restore cannot remove a
//! copy that the restore then relies on.

use std::path::{Path, PathBuf};

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use sha2::{Digest, Sha256};

use super::backup::BACKUP_TABLES;
use super::migrations::{user_version, LATEST_VERSION};
use super::StoreError;
use crate::vault::DiaryKey;

const COPY_INFIX: &str = ".before-restore-";
const FINAL_SUFFIX: &str = ".bak";
const PENDING_SUFFIX: &str = ".bak.pending";
/// Marks a copy still being written (and, with `-journal`, SQLite's journal of that writing).
const PARTIAL_MARK: &str = ".bak.partial";

/// The three names of the copy a replace stamped `stamp` keeps of the diary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreCopyPaths {
    /// While it is being written.
    pub partial: PathBuf,
    /// Once whole, until the replace has committed.
    pub pending: PathBuf,
    /// Once the replace has committed.
    pub kept: PathBuf,
}

/// Where a replace stamped `stamp` keeps the copy of `db`.
pub fn restore_copy_paths(db: &Path, stamp: &str) -> RestoreCopyPaths {
    let name = db.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let with = |suffix: &str| db.with_file_name(format!("{name}{COPY_INFIX}{stamp}{suffix}"));
    RestoreCopyPaths { partial: with(PARTIAL_MARK), pending: with(PENDING_SUFFIX), kept: with(FINAL_SUFFIX) }
}

/// The final name of a pending copy.
fn final_name(pending: &Path) -> Option<PathBuf> {
    let name = pending.file_name()?.to_str()?;
    Some(pending.with_file_name(format!("{}{FINAL_SUFFIX}", name.strip_suffix(PENDING_SUFFIX)?)))
}

/// Settles every pending copy of `db` that a killed restore left (see the module's comment).
pub fn settle_pending_copies(conn: &mut Connection, db: &Path, key: Option<&DiaryKey>) {
    let Some(dir) = db.parent() else { return };
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let Some(name) = db.file_name().and_then(|n| n.to_str()) else { return };
    let prefix = format!("{name}{COPY_INFIX}");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let ours: Vec<(PathBuf, String)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter_map(|path| path.file_name().and_then(|n| n.to_str()).filter(|n| n.starts_with(&prefix)).map(str::to_owned).map(|n| (path, n)))
        .collect();
    for (partial, _) in ours.iter().filter(|(_, name)| name.contains(PARTIAL_MARK)) {
        // Never the only copy of anything: the replace starts only once the copy is whole.
        remove_copy(partial);
    }
    let mut pending: Vec<PathBuf> = ours.into_iter().filter(|(_, name)| name.ends_with(PENDING_SUFFIX)).map(|(path, _)| path).collect();
    pending.sort();
    for copy in pending {
        // Settling is housekeeping: if the diary is busy, the copy waits for the next open.
        if let Err(error) = settle(conn, &copy, key) {
            tracing::warn!("could not settle {}: {error}", copy.display());
        }
    }
}

fn settle(conn: &mut Connection, copy: &Path, key: Option<&DiaryKey>) -> Result<(), StoreError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    if !copy.exists() {
        return Ok(());
    }
    let Some(final_path) = final_name(copy) else { return Ok(()) };
    match copy_digest(copy, key) {
        CopyState::Unreadable => remove_copy(copy),
        CopyState::Readable(copy_digest) => match content_digest(&tx) {
            Ok(diary) if diary == copy_digest => remove_copy(copy),
            _ => keep_copy(copy, &final_path),
        },
        CopyState::Other => keep_copy(copy, &final_path),
    }
    drop(tx);
    Ok(())
}

fn remove_copy(copy: &Path) {
    if let Err(error) = std::fs::remove_file(copy) {
        tracing::warn!("could not remove the unused copy {}: {error}", copy.display());
    }
}

fn keep_copy(copy: &Path, final_path: &Path) {
    if final_path.exists() {
        // Never overwrite a kept copy; this one stays under its pending name.
        tracing::warn!("{} is kept as it is: {} already exists", copy.display(), final_path.display());
    } else if let Err(error) = std::fs::rename(copy, final_path) {
        tracing::warn!("could not rename {} to {}: {error}", copy.display(), final_path.display());
    }
}

enum CopyState {
    /// Not a complete database: the process died while writing it.
    Unreadable,
    /// A complete copy of this schema version, with this digest.
    Readable(Vec<u8>),
    /// A copy from another schema version: it cannot be compared, so it is kept.
    Other,
}

fn copy_digest(copy: &Path, key: Option<&DiaryKey>) -> CopyState {
    // immutable=1: read without locks and without creating -wal or -shm beside the copy.
    let uri = format!("file:{}?immutable=1", uri_path(copy));
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let Ok(copy_conn) = Connection::open_with_flags(uri, flags) else { return CopyState::Unreadable };
    // A copy of an encrypted diary is encrypted with the same key (VACUUM INTO keeps it).
    if let Some(key) = key {
        if super::encryption::apply_key(&copy_conn, key).is_err() {
            return CopyState::Unreadable;
        }
    }
    match user_version(&copy_conn) {
        Ok(version) if version == LATEST_VERSION => match content_digest(&copy_conn) {
            Ok(digest) => CopyState::Readable(digest),
            Err(_) => CopyState::Unreadable,
        },
        Ok(_) => CopyState::Other,
        Err(_) => CopyState::Unreadable,
    }
}

/// A path for an SQLite URI: the characters a URI gives a meaning to are escaped.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' | '?' | '#' | ' ' => out.push_str(&format!("%{:02X}", c as u32)),
            '\\' => out.push('/'),
            c => out.push(c),
        }
    }
    out
}

/// A digest of every row of every backed-up table (deleted entries and device state too).
fn content_digest(conn: &Connection) -> Result<Vec<u8>, StoreError> {
    let mut hasher = Sha256::new();
    for (table, _) in BACKUP_TABLES {
        let statement = conn.prepare(&format!("SELECT * FROM {table}"))?;
        let width = statement.column_count();
        let order: Vec<String> = (1..=width).map(|i| i.to_string()).collect();
        drop(statement);
        let mut statement = conn.prepare(&format!("SELECT * FROM {table} ORDER BY {}", order.join(", ")))?;
        let mut rows = statement.query([])?;
        hasher.update(table.as_bytes());
        while let Some(row) = rows.next()? {
            for i in 0..width {
                match row.get_ref(i)? {
                    ValueRef::Null => hasher.update(b"n"),
                    ValueRef::Integer(n) => {
                        hasher.update(b"i");
                        hasher.update(n.to_le_bytes());
                    }
                    ValueRef::Real(x) => {
                        hasher.update(b"r");
                        hasher.update(x.to_le_bytes());
                    }
                    ValueRef::Text(t) | ValueRef::Blob(t) => {
                        hasher.update(b"t");
                        hasher.update((t.len() as u64).to_le_bytes());
                        hasher.update(t);
                    }
                }
            }
        }
    }
    Ok(hasher.finalize().to_vec())
}
