//! Opening a diary file: migrations from every older schema, refusals that leave files alone.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use backtrack::store::{self, StoreError, LATEST_VERSION};
use common::{database_from_fixture, db_path, temp_dir};

fn user_version(path: &std::path::Path) -> i64 {
    let conn = rusqlite::Connection::open(path).expect("the SQLite file opens");
    conn.pragma_query_value(None, "user_version", |r| r.get(0)).expect("the pragma reads")
}

#[test]
fn a_new_diary_is_created_at_the_latest_version_with_durable_pragmas() {
    let dir = temp_dir();
    let conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap_or_default();
    let journal: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap_or_default();
    let synchronous: i64 = conn.pragma_query_value(None, "synchronous", |r| r.get(0)).unwrap_or_default();
    let foreign_keys: i64 = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap_or_default();
    assert_eq!(version, LATEST_VERSION);
    assert_eq!(journal, "wal");
    assert_eq!(synchronous, 2, "FULL: a commit is on disk before it is acknowledged");
    assert_eq!(foreign_keys, 1);
}

#[test]
fn a_version_1_diary_upgrades_and_keeps_every_entry() {
    let dir = temp_dir();
    let path = database_from_fixture(dir.path(), "diary_v1.sql");
    let conn = store::open(&path).expect("the diary opens");
    let entries = store::list_pain_entries(&conn, None, None).expect("the store can list pain entries");
    assert_eq!(entries.len(), 3, "no entry is lost in the upgrade");
    let first = &entries[0];
    assert_eq!(first.details.intensity, 6);
    assert_eq!(first.details.sites.len(), 2);
    assert!(first.details.for_surgeon);
    assert_eq!(entries[2].details.day.to_string(), "2026-01-11", "the New York evening stays on its own day");
    assert_eq!(user_version(&path), LATEST_VERSION);
    assert!(store::list_medications(&conn, true).expect("the store can list medications").is_empty());
}

#[test]
fn a_copy_is_kept_before_an_existing_diary_is_migrated() {
    let dir = temp_dir();
    let path = database_from_fixture(dir.path(), "diary_v1.sql");
    drop(store::open(&path).expect("the diary opens"));
    let copy = dir.path().join(format!("backtrack.db.before-v{LATEST_VERSION}.bak"));
    assert!(copy.exists(), "the pre-migration copy sits beside the diary");
    assert_eq!(user_version(&copy), 1, "the copy is the old version, untouched");
}

#[test]
fn a_fresh_diary_needs_no_copy() {
    let dir = temp_dir();
    drop(store::open(&db_path(dir.path())).expect("the diary opens"));
    let copies = std::fs::read_dir(dir.path()).map(|d| d.flatten().filter(|f| f.path().extension().is_some_and(|e| e == "bak")).count());
    assert_eq!(copies.unwrap_or(99), 0);
}

#[test]
fn a_diary_from_a_newer_version_is_refused_and_left_byte_for_byte() {
    let dir = temp_dir();
    let path = database_from_fixture(dir.path(), "diary_v1.sql");
    {
        let conn = rusqlite::Connection::open(&path).expect("the SQLite file opens");
        conn.pragma_update(None, "user_version", LATEST_VERSION + 1).expect("the pragma is set");
    }
    let before = std::fs::read(&path).unwrap_or_default();
    let error = store::open(&path).expect_err("a newer diary must be refused");
    assert!(matches!(error, StoreError::NewerVersion { found, .. } if found == LATEST_VERSION + 1));
    assert!(error.to_string().contains("newer version of BackTrack"));
    assert_eq!(std::fs::read(&path).unwrap_or_default(), before, "the file is not touched");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_as_it_is() {
    let dir = temp_dir();
    let path = db_path(dir.path());
    let garbage = b"these are my notes, not a database\n".repeat(200);
    std::fs::write(&path, &garbage).expect("the file is written");
    let error = store::open(&path).expect_err("garbage must be refused");
    assert!(matches!(error, StoreError::NotADatabase { .. }), "got {error:?}");
    assert!(error.to_string().contains("not a BackTrack diary"));
    assert_eq!(std::fs::read(&path).unwrap_or_default(), garbage);
}

#[test]
fn opening_twice_changes_nothing() {
    let dir = temp_dir();
    let path = database_from_fixture(dir.path(), "diary_v1.sql");
    drop(store::open(&path).expect("the diary opens"));
    let conn = store::open(&path).expect("a second open must succeed");
    assert_eq!(store::list_pain_entries(&conn, None, None).map(|e| e.len()).unwrap_or(0), 3);
}

#[test]
fn a_failed_migration_leaves_the_old_version_in_place() {
    let dir = temp_dir();
    let path = database_from_fixture(dir.path(), "diary_v1.sql");
    {
        // A table the next migration wants to create already exists: its CREATE fails.
        let conn = rusqlite::Connection::open(&path).expect("the SQLite file opens");
        conn.execute_batch("CREATE TABLE medication (x)").expect("the SQL runs");
    }
    assert!(store::open(&path).is_err());
    assert_eq!(user_version(&path), 1, "the upgrade is all or nothing");
    let conn = rusqlite::Connection::open(&path).expect("the SQLite file opens");
    let entries: i64 = conn.query_row("SELECT count(*) FROM pain_entry", [], |r| r.get(0)).unwrap_or_default();
    assert_eq!(entries, 3);
}

#[test]
fn a_version_2_diary_upgrades_and_keeps_entries_medications_and_doses() {
    let dir = temp_dir();
    let path = database_from_fixture(dir.path(), "diary_v2.sql");
    assert_eq!(user_version(&path), 2, "the fixture is a version 2 diary");
    let conn = store::open(&path).expect("the diary opens");
    assert_eq!(user_version(&path), LATEST_VERSION);
    let entries = store::list_pain_entries(&conn, None, None).expect("the store can list pain entries");
    assert_eq!(entries.len(), 4, "no entry is lost in the upgrade");
    let with_doses: usize = entries.iter().map(|e| e.details.medications.len()).sum();
    assert_eq!(with_doses, 2, "doses taken with entries survive");
    let medications = store::list_medications(&conn, true).expect("the store can list medications");
    let names: Vec<(&str, bool)> = medications.iter().map(|m| (m.name.as_str(), m.archived)).collect();
    assert_eq!(names, [("Codeine", true), ("Ibuprofen", false)], "the list and the archived flag survive");
    assert!(store::list_sessions(&conn, None, None).expect("the store can list sessions").is_empty(), "the program starts empty");
    assert_eq!(store::get_habit_plan(&conn).map(|p| p.settings.weekly_goal).unwrap_or(0), 3, "the default plan: 3 a week");
    let copy = dir.path().join(format!("backtrack.db.before-v{LATEST_VERSION}.bak"));
    assert_eq!(user_version(&copy), 2, "the copy kept before the upgrade is the version 2 file");
}

#[test]
fn a_version_1_diary_upgrades_straight_to_the_latest_with_the_program_tables() {
    let dir = temp_dir();
    let path = database_from_fixture(dir.path(), "diary_v1.sql");
    let conn = store::open(&path).expect("the diary opens");
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN
             ('medication', 'exercise_session', 'session_exercise', 'program_level', 'level_change', 'habit_plan', 'pause')",
            [],
            |r| r.get(0),
        )
        .unwrap_or_default();
    assert_eq!(tables, 7, "every migration ran, in order, in one go");
    assert_eq!(store::list_pain_entries(&conn, None, None).map(|e| e.len()).unwrap_or(0), 3);
}

#[test]
fn a_version_3_diary_upgrades_and_keeps_entries_sessions_levels_and_the_plan() {
    let dir = temp_dir();
    let path = database_from_fixture(dir.path(), "diary_v3.sql");
    assert_eq!(user_version(&path), 3, "the fixture is a version 3 diary");
    let conn = store::open(&path).expect("the diary opens");
    assert_eq!(user_version(&path), LATEST_VERSION);
    let entries = store::list_pain_entries(&conn, None, None).expect("the store can list pain entries");
    assert_eq!(entries.len(), 2, "no entry is lost in the upgrade");
    assert_eq!(entries.iter().map(|e| e.details.medications.len()).sum::<usize>(), 1, "the dose survives");
    let sessions = store::list_sessions(&conn, None, None).expect("the store can list sessions");
    assert_eq!(sessions.len(), 1, "the session survives");
    assert_eq!(sessions[0].exercises.len(), 2, "with its exercises");
    let levels = store::stored_levels(&conn).expect("the store can stored levels");
    assert_eq!(levels.len(), 1, "the chosen level survives");
    assert_eq!(store::list_level_changes(&conn, None).map(|c| c.len()).unwrap_or(0), 1, "the level history survives");
    assert_eq!(store::get_habit_plan(&conn).map(|p| p.settings.weekly_goal).unwrap_or(0), 4, "the plan survives");
    assert!(store::read_articles(&conn).expect("the store can read articles").is_empty(), "nothing is read yet");
    assert!(store::list_red_flag_checks(&conn).expect("the store can list red flag checks").is_empty(), "no check yet");
    let copy = dir.path().join(format!("backtrack.db.before-v{LATEST_VERSION}.bak"));
    assert_eq!(user_version(&copy), 3, "the copy kept before the upgrade is the version 3 file");
}

#[test]
fn a_version_1_diary_upgrades_straight_to_the_latest_with_the_learn_tables() {
    let dir = temp_dir();
    let path = database_from_fixture(dir.path(), "diary_v1.sql");
    let conn = store::open(&path).expect("the diary opens");
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('article_read', 'red_flag_check', 'red_flag_answer')",
            [],
            |r| r.get(0),
        )
        .unwrap_or_default();
    assert_eq!(tables, 3, "migrations 2, 3 and 4 ran in one go");
    assert_eq!(user_version(&path), LATEST_VERSION);
    assert_eq!(store::list_pain_entries(&conn, None, None).map(|e| e.len()).unwrap_or(0), 3);
}

#[test]
fn a_version_4_diary_upgrades_with_empty_reminders_and_keeps_learn_and_the_diary() {
    let dir = temp_dir();
    let path = database_from_fixture(dir.path(), "diary_v4.sql");
    assert_eq!(user_version(&path), 4, "the fixture is a version 4 diary");
    let conn = store::open(&path).expect("the diary opens");
    assert_eq!(user_version(&path), LATEST_VERSION);
    assert_eq!(store::list_pain_entries(&conn, None, None).map(|e| e.len()).unwrap_or(0), 2, "no entry is lost");
    assert_eq!(store::list_sessions(&conn, None, None).map(|s| s.len()).unwrap_or(0), 1, "no session is lost");
    let read = store::read_articles(&conn).expect("the store can read articles");
    assert!(read.contains("back-and-buttocks-link"), "read marks survive");
    assert_eq!(store::list_red_flag_checks(&conn).map(|c| c.len()).unwrap_or(0), 1, "red-flag checks survive");
    assert!(store::list_reminder_rules(&conn).expect("the store can list reminder rules").is_empty(), "reminders start empty: offered, not forced");
    assert_eq!(store::get_setting(&conn, store::Setting::RemindersOffered).expect("the store can get setting"), None);
}

#[test]
fn a_version_5_diary_upgrades_and_keeps_its_reminders_their_log_and_settings() {
    let dir = temp_dir();
    let path = database_from_fixture(dir.path(), "diary_v5.sql");
    assert_eq!(user_version(&path), 5, "the fixture is a version 5 diary");
    let conn = store::open(&path).expect("the diary opens");
    assert_eq!(user_version(&path), LATEST_VERSION);
    let rules = store::list_reminder_rules(&conn).expect("list reminder rules works");
    assert_eq!(rules.len(), 1, "the rebuilt rule table keeps its rule");
    let fired: i64 = conn.query_row("SELECT count(*) FROM reminder_fire", [], |r| r.get(0)).expect("the query runs");
    assert_eq!(fired, 1, "the log of handled slots is not emptied by the rebuild");
    assert_eq!(store::get_setting(&conn, store::Setting::RemindersOffered).expect("get setting works").as_deref(), Some("yes"));
    let dangling: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).expect("the query runs");
    assert_eq!(dangling, 0, "the log still points at its rule");
    conn.execute("DELETE FROM reminder_rule", []).expect("the statement runs");
    let left: i64 = conn.query_row("SELECT count(*) FROM reminder_fire", [], |r| r.get(0)).expect("the query runs");
    assert_eq!(left, 0, "deleting a rule still takes its log with it");
    assert!(store::list_function_activities(&conn).expect("list function activities works").is_empty(), "no activities until the person names some");
}
