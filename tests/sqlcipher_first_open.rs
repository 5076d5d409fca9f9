//! The first diaries a process opens, opened at the same moment, can all encrypt.
//!
//! SQLCipher marks SQLite as started before it has added `sqlcipher_export` to the list of
//! functions every new connection gets, so a connection opened in that gap could not encrypt
//! (CI met it once: two tests' first opens raced). This file is its own test process, so its
//! one test is what starts SQLite. A race can only be shown by trying it, so the test opens
//! many diaries at once, beside plain connections that start SQLite the way a test helper
//! would; before the fix it failed on some runs, never on all.

#![allow(clippy::expect_used)]

mod common;

use std::sync::{Arc, Barrier};

use backtrack::store;

const OPENERS: usize = 8;

#[test]
fn diaries_opened_while_sqlite_starts_can_all_be_encrypted() {
    let dirs: Vec<_> = (0..OPENERS).map(|_| common::temp_dir()).collect();
    let start = Arc::new(Barrier::new(OPENERS * 2));
    let mut openers = Vec::new();
    for dir in &dirs {
        let path = common::db_path(dir.path());
        let start_diary = Arc::clone(&start);
        openers.push(std::thread::spawn(move || {
            start_diary.wait();
            let conn = store::open(&path).expect("the diary opens");
            conn.prepare("SELECT sqlcipher_export('main')").map(|_| ()).map_err(|error| error.to_string())
        }));
        let start_plain = Arc::clone(&start);
        openers.push(std::thread::spawn(move || {
            start_plain.wait();
            rusqlite::Connection::open_in_memory().expect("a plain connection opens");
            Ok(())
        }));
    }
    for opener in openers {
        let can_export = opener.join().expect("the opener finished");
        assert_eq!(can_export, Ok(()), "a diary opened while SQLite was starting has no sqlcipher_export");
    }
}
