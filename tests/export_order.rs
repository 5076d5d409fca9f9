//! Entries and sessions come out in time order, by instant, in every list and export, even on
//! the night clocks go back, when the stored text sorts the other way (01:15-08:00 is after
//! 01:30-07:00, though "01:15" sorts first).

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use backtrack::domain::dates::DayRange;
use backtrack::domain::program::exercise::builtin_catalog;
use backtrack::export::job::{export_bytes, ExportFormat, ExportJob};
use backtrack::export::pdf::Paper;
use backtrack::store;
use chrono::NaiveDate;

/// Earlier instant (08:30 UTC), written in summer time.
const FIRST: &str = "2026-11-01T01:30:00-07:00";
/// Later instant (09:15 UTC), written after the clocks went back.
const SECOND: &str = "2026-11-01T01:15:00-08:00";
const FIRST_ID: &str = "ffffffff-0000-4000-8000-000000000001";
const SECOND_ID: &str = "00000000-0000-4000-8000-000000000002";

fn fall_back_diary() -> (tempfile::TempDir, rusqlite::Connection) {
    let dir = common::temp_dir();
    let conn = store::open(&common::db_path(dir.path())).expect("the diary opens");
    for (id, at, intensity) in [(SECOND_ID, SECOND, 6), (FIRST_ID, FIRST, 3)] {
        conn.execute(
            "INSERT INTO pain_entry (id, day, occurred_at, time_zone, intensity) VALUES (?1, '2026-11-01', ?2, 'America/Los_Angeles', ?3)",
            rusqlite::params![id, at, intensity],
        )
        .expect("the SQL runs");
        conn.execute(
            "INSERT INTO exercise_session (id, day, started_at, ended_at, time_zone, kind) VALUES (?1, '2026-11-01', ?2, ?2, 'America/Los_Angeles', 'manual')",
            rusqlite::params![id, at],
        )
        .expect("the SQL runs");
    }
    (dir, conn)
}

fn job(format: ExportFormat) -> ExportJob {
    ExportJob { format, from: None, to: None, sections: Vec::new(), paper: Paper::A4 }
}

/// Where each text first appears in `bytes`; panics if one is missing.
fn positions(bytes: &[u8], needles: [&str; 2]) -> [usize; 2] {
    let text = String::from_utf8_lossy(bytes);
    needles.map(|n| text.find(n).unwrap_or_else(|| panic!("{n} is missing from:\n{text}")))
}

#[test]
fn the_store_lists_entries_and_sessions_by_instant_across_a_fall_back_night() {
    let (_dir, conn) = fall_back_diary();
    let entries = store::list_pain_entries(&conn, None, None).expect("the store can list pain entries");
    let order: Vec<String> = entries.iter().map(|e| e.id.to_string()).collect();
    assert_eq!(order, [FIRST_ID, SECOND_ID], "01:30 summer time came before 01:15 winter time");
    let sessions = store::list_sessions(&conn, None, None).expect("the store can list sessions");
    let order: Vec<String> = sessions.iter().map(|s| s.id.to_string()).collect();
    assert_eq!(order, [FIRST_ID, SECOND_ID], "sessions too");

    let day = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default();
    let catalog = builtin_catalog().expect("the built-in catalog loads");
    let mut conn = conn;
    let rows = store::load_report_rows(&mut conn, DayRange { from: day, to: day }, &catalog).expect("the store can load report rows");
    let order: Vec<String> = rows.entries.iter().map(|e| e.id.to_string()).collect();
    assert_eq!(order, [FIRST_ID, SECOND_ID], "the report's daily log reads the same order");
}

#[test]
fn csv_and_fhir_exports_follow_the_instant_not_the_text() {
    let (_dir, mut conn) = fall_back_diary();
    let catalog = builtin_catalog().expect("the built-in catalog loads");
    let now = common::london(2026, 11, 2, 12, 0);
    for format in [ExportFormat::EntriesCsv, ExportFormat::SessionsCsv, ExportFormat::Fhir] {
        let bytes = export_bytes(&mut conn, &job(format), &catalog, now).expect("the export is written");
        let [first, second] = positions(&bytes, [FIRST_ID, SECOND_ID]);
        assert!(first < second, "{format:?}: the earlier instant comes first");
    }
}
