//! `backtrack log`, run as the real binary: the same validation as Today's quick log, what it
//! saved on stdout, a refusal on stderr with exit status 1 and nothing written. (With the app
//! running, the window showing the entry is the end-to-end test `diary.test.mjs`.)

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

/// 14:05 in London on a summer Wednesday.
const NOW: &str = "2026-06-10T14:05:00+01:00";

fn backtrack_log(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_backtrack"))
        .arg("log")
        .args(args)
        .env("BACKTRACK_DATA_DIR", data_dir)
        .env("BACKTRACK_DEBUG_NOW", NOW)
        .env("TZ", "Europe/London")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary did not start")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every entry in the diary: intensity, sites, note, for-surgeon mark, occurred at.
fn entries(data_dir: &Path) -> Vec<(i64, String, String, i64, String)> {
    let db = common::db_path(data_dir);
    if !db.exists() {
        return Vec::new();
    }
    let conn = rusqlite::Connection::open(db).expect("the diary opens");
    let mut statement = conn
        .prepare(
            "SELECT intensity, (SELECT group_concat(value, ',') FROM pain_entry_tag t WHERE t.entry_id = e.id AND t.kind = 'site'),
                    note, for_surgeon, occurred_at
             FROM pain_entry e ORDER BY occurred_at",
        )
        .expect("the pain_entry table is there");
    let rows = statement
        .query_map([], |row| Ok((row.get(0)?, row.get::<_, Option<String>>(1)?.unwrap_or_default(), row.get(2)?, row.get(3)?, row.get(4)?)))
        .expect("rows");
    rows.map(|row| row.expect("a readable row")).collect()
}

#[test]
fn a_number_alone_logs_pain_for_now_and_says_what_was_saved() {
    let dir = common::temp_dir();
    let output = backtrack_log(dir.path(), &["4"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "Saved: pain 4 out of 10 at 2026-06-10 14:05.\n");
    let saved = entries(dir.path());
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].0, 4);
    assert_eq!(saved[0].3, 0, "not for the surgeon unless asked");
}

#[test]
fn places_a_note_and_the_surgeon_mark_are_saved_and_echoed() {
    let dir = common::temp_dir();
    let output =
        backtrack_log(dir.path(), &["6", "--site", "lower_back_left", "--site", "buttock_left", "--note", "  after gardening  ", "--surgeon"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(
        text(&output.stdout),
        "Saved: pain 6 out of 10 at 2026-06-10 14:05, Lower back, left side; Left buttock, marked for your surgeon.\nNote: after gardening\n"
    );
    let saved = entries(dir.path());
    assert_eq!(saved.len(), 1);
    assert!(saved[0].1.contains("lower_back_left") && saved[0].1.contains("buttock_left"), "sites: {}", saved[0].1);
    assert_eq!(saved[0].2, "after gardening", "trimmed, as the window trims it");
    assert_eq!(saved[0].3, 1);
}

#[test]
fn strong_leg_pain_points_to_the_warning_signs_check() {
    let dir = common::temp_dir();
    let output = backtrack_log(dir.path(), &["8", "--site", "below_knee_right"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("warning sign"), "{}", text(&output.stdout));
}

#[test]
fn a_bad_value_gets_the_windows_message_exit_one_and_writes_nothing() {
    let dir = common::temp_dir();
    let first = backtrack_log(dir.path(), &["3"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let before = entries(dir.path());

    let cases: [(&[&str], &str); 5] = [
        (&["eleven"], "Pain level must be a whole number from 0 to 10."),
        (&["11"], "Pain level must be from 0 to 10."),
        (&["4.5"], "Pain level must be a whole number from 0 to 10."),
        (&["-1"], "Pain level must be from 0 to 10."),
        (&["4", "--site", "knee"], "--site: \"knee\" is not a place on the body BackTrack knows."),
    ];
    for (args, message) in cases {
        let output = backtrack_log(dir.path(), args);
        assert_eq!(output.status.code(), Some(1), "{args:?} is refused");
        let stderr = text(&output.stderr);
        assert!(stderr.contains("Nothing was saved.") && stderr.contains(message), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?} prints nothing on stdout");
        assert_eq!(entries(dir.path()), before, "{args:?} changed the diary");
    }
}

#[test]
fn a_note_over_the_limit_is_refused_whole() {
    let dir = common::temp_dir();
    let long = "a".repeat(4_001);
    let output = backtrack_log(dir.path(), &["2", "--note", &long]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("--note: Notes can be up to 4000 characters."), "{}", text(&output.stderr));
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn without_a_number_it_is_a_usage_error() {
    let dir = common::temp_dir();
    let output = backtrack_log(dir.path(), &[]);
    assert_eq!(output.status.code(), Some(2), "clap's usage status");
    assert!(entries(dir.path()).is_empty());
}
