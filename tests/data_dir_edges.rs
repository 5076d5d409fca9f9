//! A data folder in a state no one planned for, met by the real binary: every case ends with a
//! plain message or a working diary, never a panic, and what is there is left as it was.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::Output;

fn summary(data_dir: &Path) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_backtrack"))
        .args(["summary", "--from", "2026-03-01", "--to", "2026-03-31"])
        .env("BACKTRACK_DATA_DIR", data_dir)
        .env("TZ", "Europe/London")
        .env("LC_ALL", "en_US.UTF-8")
        .output()
        .expect("the binary did not start")
}

fn refused_plainly(output: &Output, words: &str) {
    let text = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "a plain failure: {text}");
    assert!(text.contains(words), "the message says what is wrong ({words}): {text}");
    assert!(!text.contains("panicked"), "{text}");
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

#[test]
fn a_data_folder_that_is_a_file_is_refused_and_left_alone() {
    let dir = common::temp_dir();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, b"notes").expect("the file is written");
    refused_plainly(&summary(&file), "data folder");
    assert_eq!(bytes(&file), b"notes");
}

#[test]
fn a_diary_that_is_a_folder_is_refused() {
    let dir = common::temp_dir();
    std::fs::create_dir(common::db_path(dir.path())).expect("the folder is created");
    refused_plainly(&summary(dir.path()), "diary");
}

#[test]
fn a_diary_that_is_not_sqlite_is_refused_and_left_byte_for_byte() {
    let dir = common::temp_dir();
    let db = common::db_path(dir.path());
    std::fs::write(&db, b"this was never a database, but it is someone's file").expect("the file is written");
    refused_plainly(&summary(dir.path()), "not a BackTrack diary");
    assert_eq!(bytes(&db), b"this was never a database, but it is someone's file");
}

#[test]
fn a_diary_from_a_newer_version_is_refused_and_left_byte_for_byte() {
    let dir = common::temp_dir();
    let db = common::db_path(dir.path());
    {
        let conn = rusqlite::Connection::open(&db).expect("the SQLite file opens");
        conn.pragma_update(None, "user_version", 99).expect("the pragma is set");
    }
    let before = bytes(&db);
    refused_plainly(&summary(dir.path()), "newer version");
    assert_eq!(bytes(&db), before);
}

#[test]
fn another_programs_database_is_refused_and_left_byte_for_byte() {
    let dir = common::temp_dir();
    let db = common::db_path(dir.path());
    {
        let conn = rusqlite::Connection::open(&db).expect("the SQLite file opens");
        conn.execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');").expect("the SQL runs");
    }
    let before = bytes(&db);
    refused_plainly(&summary(dir.path()), "another program's database");
    assert_eq!(bytes(&db), before, "no BackTrack table was added to someone else's database");
}

#[test]
fn an_empty_diary_file_becomes_a_new_diary() {
    let dir = common::temp_dir();
    std::fs::write(common::db_path(dir.path()), b"").expect("the file is written");
    let output = summary(dir.path());
    assert!(output.status.success(), "an empty file holds nothing to lose: {}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Pain: no entries between these dates."), "a diary without entries says so plainly: {text}");
}

#[test]
fn a_damaged_write_ahead_log_beside_a_good_diary_does_not_lose_the_diary() {
    let dir = common::temp_dir();
    drop(common::fixed_diary::fixed_diary_in(dir.path()));
    std::fs::write(dir.path().join("backtrack.db-wal"), vec![0xA5u8; 8192]).expect("the file is written");
    let output = summary(dir.path());
    assert!(output.status.success(), "SQLite ignores a log that fails its checksums: {}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Pain: average 5.5, lowest "), "the diary's entries are all there");
}
