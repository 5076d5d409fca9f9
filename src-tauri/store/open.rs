//! Opening the diary file: refuse what we must not touch, keep a copy before changing the
//! schema, then migrate.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::encryption::{apply_key, remove_stale_conversion};
use super::migrations::{migrate, user_version, LATEST_VERSION};
use super::restore_copy::settle_pending_copies;
use super::sqlcipher_start::wait_for_sqlcipher;
use super::StoreError;
use crate::vault::DiaryKey;

/// How long a deleted entry stays in the file (hidden) before an open removes it for good. Far
/// longer than the app's 10-second undo.
pub const PURGE_AFTER: chrono::TimeDelta = chrono::TimeDelta::minutes(10);

/// The diary's file name inside the data directory.
pub const DB_FILE_NAME: &str = "backtrack.db";

/// Opens (creating if needed) the diary at `path`, ready for use.
///
/// Invariants: a file that is not SQLite, or that comes from a newer BackTrack, is refused
/// before anything is written to it. An existing diary that needs a migration is first copied
/// to `<name>.before-v<N>.bak` beside it. A copy that a killed `restore --replace` left under
/// its pending name is settled (`restore_copy`): removed if the replace never committed, else
/// kept under its final name. Entries deleted more than [`PURGE_AFTER`] ago (their undo window
/// long closed) are purged; younger ones are left, because another opener (the command line
/// while the app runs) must not end the app's undo window.
pub fn open(path: &Path) -> Result<Connection, StoreError> {
    open_with_key(path, None)
}

/// [`open`] for a diary that SQLCipher encrypts with `key` (`None`: a plain diary). The key
/// was checked by its key file's seal; a diary it does not open is refused, unchanged.
pub fn open_with_key(path: &Path, key: Option<&DiaryKey>) -> Result<Connection, StoreError> {
    wait_for_sqlcipher();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::DataDir { path: dir.to_owned(), source })?;
    }
    remove_stale_conversion(path);
    let found = probe_version(path, key)?;
    if found > LATEST_VERSION {
        return Err(StoreError::NewerVersion { found, supported: LATEST_VERSION });
    }

    let mut conn = Connection::open(path)?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
    }
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: every commit reaches the disk before the write is acknowledged.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;

    if found < LATEST_VERSION {
        if found > 0 {
            keep_copy_before_migration(&conn, path)?;
        }
        migrate(&mut conn, found)?;
    }
    // Before anything else writes: a copy left by a killed replace is compared with the diary.
    settle_pending_copies(&mut conn, path, key);
    let now = crate::clock::utc_now();
    let purge_before = super::columns::stamp_of(now.checked_sub_signed(PURGE_AFTER).unwrap_or(now));
    conn.execute("DELETE FROM pain_entry WHERE deleted_at IS NOT NULL AND deleted_at < ?1", [purge_before])?;
    Ok(conn)
}

/// Reads the schema version without writing anything. A missing or empty file is version 0.
fn probe_version(path: &Path, key: Option<&DiaryKey>) -> Result<i64, StoreError> {
    if !path.exists() {
        return Ok(0);
    }
    let read_only = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    match probe_with(path, key, read_only) {
        // A hot journal (a process killed mid-transaction, such as a conversion's switch out of
        // WAL mode) can only be rolled back by a writer: that rollback is SQLite's own recovery,
        // which any open would do, so the probe looks again as one.
        Err(StoreError::Sqlite(error)) if error.sqlite_error_code() == Some(ErrorCode::ReadOnly) => {
            probe_with(path, key, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        }
        other => other,
    }
}

fn probe_with(path: &Path, key: Option<&DiaryKey>, flags: OpenFlags) -> Result<i64, StoreError> {
    let conn = Connection::open_with_flags(path, flags)?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
    }
    let not_ours = |error: rusqlite::Error| match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) if key.is_some() => StoreError::KeyDoesNotFit { path: path.to_owned() },
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase { path: path.to_owned() },
        _ => StoreError::Sqlite(error),
    };
    let version = user_version(&conn).map_err(not_ours)?;
    // BackTrack sets the version in the same transaction that creates its tables, so a file at
    // version 0 that already holds tables is another program's database: never add ours to it.
    if version == 0 {
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get(0)).map_err(not_ours)?;
        if tables > 0 {
            return Err(StoreError::ForeignDatabase { path: path.to_owned() });
        }
    }
    Ok(version)
}

/// Writes a consistent copy of the database (WAL included) beside it, so a migration that
/// goes wrong in a way no test foresaw can still be undone by hand.
fn keep_copy_before_migration(conn: &Connection, path: &Path) -> Result<PathBuf, StoreError> {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".before-v{LATEST_VERSION}.bak"));
    let copy = path.with_file_name(name);
    if copy.exists() {
        // A copy from an earlier, interrupted attempt at the same upgrade is the older state: keep it.
        return Ok(copy);
    }
    let target = copy.to_string_lossy().into_owned();
    conn.execute("VACUUM INTO ?1", [&target])?;
    Ok(copy)
}
