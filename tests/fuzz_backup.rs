//! No backup file makes a restore panic, and every refusal leaves the data folder as it was.
//!
//! Three kinds of input, each a fixed number of cases so the file runs in seconds:
//! - arbitrary bytes, to the parser only (cheap, many cases) and to a real restore;
//! - plausible but wrong backups: a valid format, version and checksum around random tables
//!   of random rows, whose field names and values are drawn from the real ones and from junk;
//! - a real backup of the fixed diary with one value of one row replaced, which often passes
//!   and so also drives the merge's conflict paths and the replace's copy.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::cell::RefCell;

use backtrack::export::backup::{backup_json, parse_backup, restore_backup, BACKUP_FORMAT, BACKUP_VERSION};
use backtrack::export::backup_rules::TABLES;
use backtrack::store::{self, LATEST_VERSION};
use common::diary_files_fingerprint;
use common::fixed_diary::fixed_diary;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use rusqlite::Connection;
use serde_json::{json, Map, Value};

/// Strings that mean something to some column, so random rows get past the first checks.
const PLAUSIBLE: &[&str] = &[
    "00000000-0000-4000-8000-000000000e01",
    "00000000-0000-4000-8000-000000000501",
    "00000000-0000-4000-8000-0000000000f1",
    "00000000-0000-4000-8000-00000000a001",
    "00000000-0000-4000-8000-0000000000b1",
    "6f1c2b1e-0000-4000-8000-000000000001",
    "2026-03-02",
    "2026-03-02T08:15:00+00:00",
    "2026-02-30",
    "Europe/London",
    "site",
    "quality",
    "buttock_left",
    "kneecap",
    "aching",
    "guided",
    "manual",
    "glute-bridge",
    "glute-bridge.standard",
    "standard",
    "step_back",
    "accepted",
    "08:30",
    "08:30,20:00",
    "1,2,3",
    "yes",
    "no",
    "not_sure",
    "saddle_numbness",
    "back-and-buttocks-link",
    "reminders_offered",
    "per_week",
    "sent",
    "{}",
    "",
    "Ibuprofen",
];

/// The checksum exactly as backup.rs computes it: SHA-256 of the tables as compact JSON.
fn wrap(tables: &Value) -> Vec<u8> {
    let checksum = common::backup_edits::backup_checksum(tables);
    let document = json!({
        "format": BACKUP_FORMAT, "version": BACKUP_VERSION, "schemaVersion": LATEST_VERSION,
        "exportedAt": "2026-04-01T12:00:00+01:00", "checksum": checksum, "tables": tables,
    });
    serde_json::to_vec(&document).unwrap_or_default()
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        (-3i64..13).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|x| serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)),
        any::<bool>().prop_map(Value::Bool),
        prop::sample::select(PLAUSIBLE).prop_map(|s| Value::String(s.to_owned())),
        ".{0,12}".prop_map(Value::String),
        Just(json!([1, "a"])),
        Just(json!({ "nested": true })),
    ]
}

fn column() -> impl Strategy<Value = String> {
    let known: Vec<String> = TABLES.iter().flat_map(|t| t.fields.iter().map(|f| f.column.to_owned())).collect();
    prop_oneof![4 => prop::sample::select(known), 1 => "[a-z_]{1,10}"]
}

fn table_name() -> impl Strategy<Value = String> {
    let known: Vec<String> = TABLES.iter().map(|t| t.name.to_owned()).collect();
    prop_oneof![8 => prop::sample::select(known), 1 => "[a-z_]{1,10}"]
}

fn plausible_tables() -> impl Strategy<Value = Value> {
    let row = prop::collection::btree_map(column(), value(), 0..10).prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>()));
    let rows = prop_oneof![4 => prop::collection::vec(row, 0..4).prop_map(Value::Array), 1 => value()];
    prop::collection::btree_map(table_name(), rows, 0..5).prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>()))
}

/// The diary the restores run on (no connection kept open between cases, so that the data
/// folder's fingerprint is exact), with a counter for unique copy stamps.
struct Diary {
    dir: tempfile::TempDir,
    stamps: usize,
}

impl Diary {
    fn new() -> Self {
        let (dir, conn) = fixed_diary();
        drop(conn);
        Diary { dir, stamps: 0 }
    }

    fn open(&self) -> Connection {
        store::open(&common::db_path(self.dir.path())).expect("the diary must open")
    }

    /// Restores `bytes`; a panic fails the test, and so does a refusal that changed any file.
    fn restore(&mut self, bytes: &[u8], replace: bool) -> Result<(), TestCaseError> {
        let before = diary_files_fingerprint(self.dir.path());
        self.stamps += 1;
        let stamp = format!("fuzz{}", self.stamps);
        let mut conn = self.open();
        let refused = restore_backup(&mut conn, bytes, replace, &stamp).is_err();
        drop(conn);
        if refused {
            prop_assert_eq!(diary_files_fingerprint(self.dir.path()), before, "a refusal changed a file");
        }
        Ok(())
    }
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() })
}

#[test]
fn arbitrary_bytes_never_make_the_parser_panic() {
    let outcome = runner(4096).run(&prop::collection::vec(any::<u8>(), 0..512), |bytes| {
        let _ = parse_backup(&bytes);
        Ok(())
    });
    outcome.expect("every generated case holds");
}

#[test]
fn arbitrary_bytes_are_refused_without_changing_a_file() {
    let diary = RefCell::new(Diary::new());
    let outcome =
        runner(64).run(&(prop::collection::vec(any::<u8>(), 0..256), any::<bool>()), |(bytes, replace)| diary.borrow_mut().restore(&bytes, replace));
    outcome.expect("every generated case holds");
}

#[test]
fn plausible_but_wrong_backups_never_panic_and_refusals_change_nothing() {
    let diary = RefCell::new(Diary::new());
    let outcome = runner(256).run(&(plausible_tables(), any::<bool>()), |(tables, replace)| diary.borrow_mut().restore(&wrap(&tables), replace));
    outcome.expect("every generated case holds");
}

#[test]
fn a_real_backup_with_one_value_changed_never_panics_and_refusals_change_nothing() {
    let diary = RefCell::new(Diary::new());
    let backup = backup_json(&mut diary.borrow().open(), "2026-04-01T12:00:00+01:00").expect("the diary backs up");
    let document: Value = serde_json::from_slice(&backup).unwrap_or_default();
    let tables = document["tables"].clone();
    let names: Vec<String> = tables.as_object().map(|t| t.keys().cloned().collect()).unwrap_or_default();
    let strategy = (prop::sample::select(names), any::<prop::sample::Index>(), column(), value(), any::<bool>());
    let outcome = runner(256).run(&strategy, |(table, row, column, value, replace)| {
        let mut edited = tables.clone();
        if let Some(rows) = edited[&table].as_array_mut().filter(|rows| !rows.is_empty()) {
            let index = row.index(rows.len());
            rows[index][column.as_str()] = value;
        }
        diary.borrow_mut().restore(&wrap(&edited), replace)
    });
    outcome.expect("every generated case holds");
}
