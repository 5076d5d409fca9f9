//! Shared pieces of the integration tests: temp diaries and fixed moments.

#![allow(dead_code)]

pub mod reminder_day;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeZone};
use chrono_tz::Tz;

/// A fresh data directory that disappears with the returned guard.
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("could not make a temp dir")
}

pub fn db_path(dir: &Path) -> PathBuf {
    dir.join(backtrack::store::DB_FILE_NAME)
}

/// A moment in London, the zone most tests use.
pub fn london(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Tz> {
    let zone: Tz = "Europe/London".parse().unwrap_or(Tz::UTC);
    zone.with_ymd_and_hms(y, m, d, h, min, 0).earliest().expect("valid test time")
}

/// Builds a database from a frozen SQL fixture in tests/fixtures/.
pub fn database_from_fixture(dir: &Path, fixture: &str) -> PathBuf {
    let sql = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(fixture))
        .unwrap_or_else(|e| panic!("fixture {fixture}: {e}"));
    let path = db_path(dir);
    let conn = rusqlite::Connection::open(&path).expect("open");
    conn.execute_batch(&sql).unwrap_or_else(|e| panic!("fixture {fixture} did not load: {e}"));
    path
}

/// Every file under the data folder `dir` (sub-folders too), by its path relative to `dir`,
/// with the SHA-256 (hex) of its bytes: the diary, its `-wal` and `-shm`, and every copy or
/// other file beside it.
///
/// What equal fingerprints guarantee: between the two, no file in the folder was added,
/// removed or changed by a single byte. Take both with **no connection open** to the diary:
/// the last connection to close folds the WAL into the diary and removes `-wal` and `-shm`,
/// so the fingerprint is the committed state and nothing else. (With a connection open, the
/// `-shm`, SQLite's shared-memory index of the WAL, changes on every checkpoint and read even
/// when no data does; use [`live_diary_files_fingerprint`] then.)
pub fn diary_files_fingerprint(dir: &Path) -> BTreeMap<String, String> {
    hash_files(dir, false)
}

/// [`diary_files_fingerprint`] for a diary that `conn` holds open (the app's): the WAL is
/// first folded in and emptied (TRUNCATE checkpoint), then every file is hashed byte for byte
/// except the `-shm`, whose presence and size are recorded instead. It holds no diary data
/// (only an index of the WAL, which is empty), and SQLite rewrites it on every checkpoint.
/// Equal live fingerprints guarantee: the diary file and its (empty) `-wal` are byte for byte
/// the same, and no other file in the folder was added, removed or changed.
pub fn live_diary_files_fingerprint(conn: &rusqlite::Connection, dir: &Path) -> BTreeMap<String, String> {
    checkpoint(conn);
    hash_files(dir, true)
}

fn hash_files(dir: &Path, shm_by_size: bool) -> BTreeMap<String, String> {
    use sha2::{Digest, Sha256};
    let mut out = BTreeMap::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("list {}: {e}", folder.display()));
        for entry in entries {
            let path = entry.expect("the folder entry reads").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
            let name = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().into_owned();
            let print = if shm_by_size && name.ends_with("-shm") {
                format!("present, {} bytes", bytes.len())
            } else {
                Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect()
            };
            out.insert(name, print);
        }
    }
    out
}

/// Folds the WAL into the diary file and empties it (TRUNCATE).
pub fn checkpoint(conn: &rusqlite::Connection) {
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").expect("checkpoint");
}

pub mod backup_edits;
pub mod fixed_diary;
