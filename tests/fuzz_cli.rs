//! Bounded fuzzing of the command line's dispatcher, in-process: arbitrary argument lists over
//! a real diary never panic, always end with status 0, 1 or a usage error, and leave a diary
//! that still opens. Output paths are drawn from plain names in a throwaway working folder and
//! from the diary's own files (reached directly, through `..` and through a symbolic link),
//! so the fuzzer also proves that no command can write over the diary.
//!
//! One test in this binary: it changes the process's working folder.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::path::Path;

use backtrack::cli::{self, CliContext, Console, Invocation};
use backtrack::store;
use chrono::TimeZone;
use proptest::prelude::*;

const CASES: u32 = 256;

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "pdf", "csv", "fhir", "json", "entries", "sessions", "letter", "a4", "2026-03-01", "2026-03-31", "1900-01-01",
            "9999-12-31", "+262142-12-01", "backup.json", "junk.json", "out.pdf", "data/backtrack.db", "data/backtrack.db-wal",
            "data/backtrack.db-shm", "data/../data/backtrack.db", "link-to-diary", "data", "missing/x.csv",
        ])
        .prop_map(str::to_owned),
        1 => "[a-z0-9._-]{0,10}",
    ]
}

/// An argument list shaped like one of the commands (its verb, the options it requires, some
/// of its other options once each, values drawn from [`value`]), so most cases get past the
/// parser and run; odd values keep the parser's own refusals in play too.
fn argument_list() -> impl Strategy<Value = Vec<String>> {
    let verbs: [(&str, &[&str], &[&str]); 4] = [
        ("export", &["--format", "--out"], &["--table", "--paper", "--from", "--to"]),
        ("backup", &[], &["--out"]),
        ("restore", &["backup.json"], &["--replace", "--yes"]),
        ("summary", &[], &["--from", "--to", "--json"]),
    ];
    (prop::sample::select(verbs.to_vec()), prop::collection::vec(value(), 6), any::<prop::sample::Index>()).prop_map(
        |((verb, required, optional), values, pick)| {
            let mut args = vec![verb.to_owned()];
            let chosen: Vec<&str> =
                optional.iter().enumerate().filter(|(i, _)| pick.index(1 << optional.len()) & (1 << i) != 0).map(|(_, o)| *o).collect();
            for (option, value) in required.iter().chain(chosen.iter()).zip(values) {
                args.push((*option).to_owned());
                if option.starts_with("--") && !matches!(*option, "--replace" | "--yes" | "--json") {
                    args.push(value);
                }
            }
            args
        },
    )
}

fn entries(db: &Path) -> i64 {
    let conn = store::open(db).expect("the diary must still open");
    conn.query_row("SELECT count(*) FROM pain_entry", [], |row| row.get(0)).expect("the row reads")
}

#[test]
fn no_argument_list_panics_or_harms_the_diary() {
    let work = common::temp_dir();
    std::env::set_current_dir(work.path()).expect("the working directory changes");
    let data = work.path().join("data");
    drop(common::fixed_diary::fixed_diary_in(&data));
    let db = common::db_path(&data);
    #[cfg(unix)]
    std::os::unix::fs::symlink(&db, work.path().join("link-to-diary")).expect("the symlink is made");
    std::fs::write(work.path().join("junk.json"), b"{ not a backup").expect("the file is written");
    let zone: chrono_tz::Tz = "Europe/London".parse().unwrap_or(chrono_tz::Tz::UTC);
    let now = zone.with_ymd_and_hms(2026, 4, 1, 12, 0, 0).earliest().expect("a valid moment");
    let context = CliContext { data_dir: data.clone(), now, secrets: Default::default() };
    {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut refuse = |_: &str| Ok(false);
        let backup = cli::parse(["backtrack", "backup", "--out", "backup.json"]).expect("the arguments parse");
        let Invocation::Command(command) = backup else { panic!("backup is a command") };
        let status = cli::execute(command, &context, &mut Console { out: &mut out, err: &mut err, confirm: &mut refuse });
        assert_eq!(status, 0, "a backup to work with: {}", String::from_utf8_lossy(&err));
    }
    let before = entries(&db);

    let config = ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() };
    let ran = std::cell::Cell::new(0u32);
    proptest!(config, |(args in argument_list())| {
        let Ok(Invocation::Command(command)) = cli::parse(std::iter::once("backtrack".to_owned()).chain(args.iter().cloned())) else {
            return Ok(());
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut refuse = |_: &str| Ok(false);
        let status = cli::execute(command, &context, &mut Console { out: &mut out, err: &mut err, confirm: &mut refuse });
        ran.set(ran.get() + 1);
        prop_assert!(status == 0 || status == 1, "{args:?} ended with {status}");
        let message = String::from_utf8_lossy(&err);
        prop_assert!(!message.contains("CHECK constraint") && !message.contains("panicked"), "{args:?}: a plain message, not {message}");
        // Restores may add rows from the diary's own backup (nothing new) or replace it with the
        // same content: the count never drops, and the diary always opens.
        prop_assert_eq!(entries(&db), before, "{:?} changed the diary: {}", args, message);
    });
    assert!(ran.get() > CASES / 4, "most cases must reach the dispatcher, not stop at the parser ({} of {CASES})", ran.get());
}
