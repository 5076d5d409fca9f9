//! Shared pieces of the integration tests: temp diaries and fixed moments.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeZone};
use chrono_tz::Tz;

/// A fresh data directory that disappears with the returned guard.
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("could not make a temp dir: {e}"))
}

pub fn db_path(dir: &Path) -> PathBuf {
    dir.join(backtrack::store::DB_FILE_NAME)
}

/// A moment in London, the zone most tests use.
pub fn london(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Tz> {
    let zone: Tz = "Europe/London".parse().unwrap_or(Tz::UTC);
    zone.with_ymd_and_hms(y, m, d, h, min, 0).earliest().unwrap_or_else(|| panic!("valid test time"))
}

/// Builds a database from a frozen SQL fixture in tests/fixtures/.
pub fn database_from_fixture(dir: &Path, fixture: &str) -> PathBuf {
    let sql = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(fixture))
        .unwrap_or_else(|e| panic!("fixture {fixture}: {e}"));
    let path = db_path(dir);
    let conn = rusqlite::Connection::open(&path).unwrap_or_else(|e| panic!("open: {e}"));
    conn.execute_batch(&sql).unwrap_or_else(|e| panic!("fixture {fixture} did not load: {e}"));
    path
}

pub mod fixed_diary;
