//! Restores that never silently lose or mangle data: a record twice in one file, a record
//! that differs from this device's (as a whole, with its parts), words and values the diary's
//! rules refuse, and a replace killed before it finished. Every refusal is shown to change no
//! file in the data folder.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::path::Path;

use backtrack::export::backup::{backup_json, restore_backup, RestoreOutcome};
use backtrack::store;
use common::backup_edits::with_tables;
use common::diary_files_fingerprint;
use common::fixed_diary::fixed_diary;
use serde_json::Value;

const STAMP: &str = "2026-04-01T12:00:00+01:00";
const E01: &str = "00000000-0000-4000-8000-000000000e01";
const S01: &str = "00000000-0000-4000-8000-000000000501";
const F01: &str = "00000000-0000-4000-8000-0000000000f1";

fn push(tables: &mut Value, table: &str, row: Value) {
    if let Some(rows) = tables[table].as_array_mut() {
        rows.push(row);
    }
}

/// Restores `bytes` by merge and by replace into the diary in `dir` (no connection to it may
/// be open); both must be refused, saying `says`, with no file of the data folder changed.
/// Returns the merge's message.
fn assert_refused(dir: &Path, bytes: &[u8], says: &str) -> String {
    let db = common::db_path(dir);
    let before = diary_files_fingerprint(dir);
    let mut messages = Vec::new();
    for replace in [false, true] {
        let mut conn = store::open(&db).expect("the diary opens");
        let error =
            restore_backup(&mut conn, bytes, replace, "stamp").err().unwrap_or_else(|| panic!("replace={replace}: should be refused: {says}"));
        drop(conn);
        assert!(error.to_string().contains(says), "replace={replace}: the message should say {says:?}, got: {error}");
        assert_eq!(diary_files_fingerprint(dir), before, "replace={replace}: a refusal changes no file and keeps no copy ({says})");
        messages.push(error.to_string());
    }
    messages.swap_remove(0)
}

#[test]
fn two_records_with_one_id_in_one_file_are_refused_whole() {
    let (dir, mut conn) = fixed_diary();
    let good = backup_json(&mut conn, STAMP).expect("the diary backs up");
    let twice = with_tables(&good, |t| {
        let mut copy = t["pain_entry"][0].clone();
        copy["note"] = Value::String("Another version of the same entry".into());
        push(t, "pain_entry", copy);
    });
    drop(conn);
    let message = assert_refused(dir.path(), &twice, &format!("pain entry {E01} is in the file twice"));
    assert!(message.ends_with("Nothing was restored."), "{message}");

    let tag_twice = with_tables(&good, |t| {
        let tag = t["pain_entry_tag"][0].clone();
        push(t, "pain_entry_tag", tag);
    });
    assert_refused(dir.path(), &tag_twice, "has the same tag twice");
}

#[test]
fn an_entry_that_differs_from_this_devices_is_a_conflict_and_the_device_copy_is_kept() {
    let (dir, mut conn) = fixed_diary();
    let backup = backup_json(&mut conn, STAMP).expect("the diary backs up");
    conn.execute("UPDATE pain_entry SET note = 'Edited on this device' WHERE id = ?1", [E01]).expect("the SQL runs");
    let _ = dir;

    let outcome = restore_backup(&mut conn, &backup, false, "m").expect("the backup restores");
    assert_eq!(outcome.conflicts.len(), 1, "exactly the edited entry conflicts: {:?}", outcome.conflicts);
    let conflict = &outcome.conflicts[0];
    assert_eq!(
        conflict.message,
        format!("A pain entry from 2026-03-02 (id {E01}) differs from the one on this device; this device's copy was kept.")
    );
    assert_eq!((conflict.record.as_str(), conflict.id.as_str(), conflict.day.as_deref()), ("pain entry", E01, Some("2026-03-02")));
    let note: String = conn.query_row("SELECT note FROM pain_entry WHERE id = ?1", [E01], |r| r.get(0)).unwrap_or_default();
    assert_eq!(note, "Edited on this device", "this device's copy was kept");
    let rows = total_rows(&backup);
    // The entry and its 5 tags and 1 dose are neither added nor counted as already there.
    assert_eq!(outcome.added, 0, "nothing was new");
    assert_eq!(outcome.already_present, rows - 7, "every other row is already there, the conflicted entry's are not counted");
}

fn total_rows(backup: &[u8]) -> u64 {
    let document: Value = serde_json::from_slice(backup).unwrap_or_default();
    document["tables"].as_object().map_or(0, |t| t.values().filter_map(Value::as_array).map(|rows| rows.len() as u64).sum())
}

#[test]
fn a_record_whose_parts_differ_is_a_conflict_and_its_parts_are_not_merged_in() {
    let (_dir, mut conn) = fixed_diary();
    let backup = backup_json(&mut conn, STAMP).expect("the diary backs up");
    for sql in [
        "DELETE FROM pain_entry_tag WHERE entry_id = '00000000-0000-4000-8000-000000000e01' AND value = 'heat'",
        "UPDATE session_exercise SET reps_done = 11 WHERE session_id = '00000000-0000-4000-8000-000000000501' AND position = 0",
        "UPDATE red_flag_answer SET answer = 'not_sure' WHERE check_id = '00000000-0000-4000-8000-0000000000f1' AND question_id = 'weight_loss'",
    ] {
        conn.execute(sql, []).unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
    let outcome = restore_backup(&mut conn, &backup, false, "m").expect("the backup restores");
    let ids: Vec<(&str, &str)> = outcome.conflicts.iter().map(|c| (c.record.as_str(), c.id.as_str())).collect();
    assert_eq!(ids, vec![("pain entry", E01), ("exercise session", S01), ("warning-sign check", F01)], "each whole record conflicts once");
    assert!(outcome.conflicts[2].message.starts_with("A warning-sign check from 2026-03-05"), "{}", outcome.conflicts[2].message);
    assert_eq!(outcome.added, 0, "the missing tag of a conflicted entry is not merged in");
    let heat: i64 =
        conn.query_row("SELECT count(*) FROM pain_entry_tag WHERE entry_id = ?1 AND value = 'heat'", [E01], |r| r.get(0)).unwrap_or_default();
    assert_eq!(heat, 0, "the device's entry stays as it is, without the backup's tag");
}

#[test]
fn identical_records_are_already_there_and_new_ones_are_added_beside_a_conflict() {
    let (_dir, mut conn) = fixed_diary();
    let backup = backup_json(&mut conn, STAMP).expect("the diary backs up");
    conn.execute("DELETE FROM pain_entry WHERE id = '00000000-0000-4000-8000-000000000e06'", []).expect("the SQL runs");
    let outcome = restore_backup(&mut conn, &backup, false, "m").expect("the backup restores");
    assert!(outcome.conflicts.is_empty(), "no record differs: {:?}", outcome.conflicts);
    assert_eq!(outcome.added, 3, "the deleted entry comes back with its two tags");
}

#[test]
fn a_word_the_diary_does_not_know_is_named_in_plain_words_without_sql() {
    let (dir, mut conn) = fixed_diary();
    let good = backup_json(&mut conn, STAMP).expect("the diary backs up");
    drop(conn);
    let kneecap = with_tables(&good, |t| {
        let site = t["pain_entry_tag"].as_array_mut().and_then(|tags| tags.iter_mut().find(|tag| tag["kind"] == "site"));
        if let Some(tag) = site {
            tag["value"] = Value::String("kneecap".into());
        }
    });
    let message = assert_refused(dir.path(), &kneecap, "has a body site this version does not know");
    assert_eq!(
        message,
        format!("The backup is not valid: pain entry {E01} has a body site this version does not know (\"kneecap\"). Nothing was restored.")
    );
    for (what, edit, says) in [
        ("exercise", ("session_exercise", "exercise_id", Value::String("moon-walk.standard".into())), "has an exercise this version does not know"),
        ("article", ("article_read", "slug", Value::String("no-such-article".into())), "has an article this version does not know"),
        ("answer", ("red_flag_answer", "answer", Value::String("maybe".into())), "has an answer this version does not know"),
        ("dose", ("pain_entry_medication", "dose", Value::String("9".repeat(41))), "has a dose that is too long"),
        ("reminder", ("reminder_rule", "times", Value::String("8.30".into())), "has times that are not times of day"),
    ] {
        let (table, column, value) = edit;
        let bytes = with_tables(&good, |t| t[table][0][column] = value);
        let message = assert_refused(dir.path(), &bytes, says);
        assert!(!message.contains("CHECK") && !message.contains("constraint"), "{what}: no SQL in {message}");
    }
}

#[test]
fn a_row_only_the_schema_refuses_still_gets_a_plain_message() {
    let (dir, mut conn) = fixed_diary();
    let good = backup_json(&mut conn, STAMP).expect("the diary backs up");
    // Each field is fine on its own; only the schema's CHECK (from_day <= to_day) sees it.
    let backwards = with_tables(&good, |t| {
        t["pause"] =
            serde_json::json!([{ "id": "00000000-0000-4000-8000-0000000000a9", "from_day": "2026-04-09", "to_day": "2026-04-01", "reason": "" }]);
    });
    drop(conn);
    let message = assert_refused(dir.path(), &backwards, "pause 00000000-0000-4000-8000-0000000000a9 does not fit the diary's rules");
    assert!(!message.contains("CHECK") && !message.contains("constraint"), "no SQL: {message}");
}

#[test]
fn the_plain_lines_for_the_command_line_list_every_conflict() {
    let (_dir, mut conn) = fixed_diary();
    let backup = backup_json(&mut conn, STAMP).expect("the diary backs up");
    conn.execute("UPDATE exercise_session SET note = 'changed' WHERE id = ?1", [S01]).expect("the SQL runs");
    let outcome: RestoreOutcome = restore_backup(&mut conn, &backup, false, "m").expect("the backup restores");
    let lines = outcome.plain_lines();
    assert_eq!(lines.len(), 2, "the counts, then the one conflict: {lines:?}");
    assert!(
        lines[0].starts_with("Restored: 0 added, ") && lines[0].ends_with("1 record differs from this device's copy, which was kept:"),
        "{lines:?}"
    );
    assert_eq!(lines[1], format!("An exercise session from 2026-03-03 (id {S01}) differs from the one on this device; this device's copy was kept."));
}

fn copies(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("the folder lists")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".before-restore-"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_replace_keeps_its_copy_under_the_final_name_only_after_it_committed() {
    let (dir, mut conn) = fixed_diary();
    let backup = backup_json(&mut conn, STAMP).expect("the diary backs up");
    let outcome = restore_backup(&mut conn, &backup, true, "20260401T120000").expect("the backup restores");
    assert_eq!(copies(dir.path()), vec!["backtrack.db.before-restore-20260401T120000.bak".to_owned()], "one copy, no pending file left");
    assert!(outcome.kept_copy.is_some_and(|c| c.ends_with(".bak")));
}

/// What a restore killed after writing its copy but before its transaction committed leaves.
#[test]
fn a_pending_copy_from_a_replace_that_never_committed_is_removed_at_the_next_open() {
    let (dir, conn) = fixed_diary();
    let db = common::db_path(dir.path());
    let pending = dir.path().join("backtrack.db.before-restore-20260401T120000.bak.pending");
    store::copy_database(&conn, &pending).expect("the store can copy database");
    drop(conn);
    let before = backup_json(&mut store::open(&db).expect("the diary opens"), STAMP).unwrap_or_default();
    assert!(copies(dir.path()).is_empty(), "the diary never changed, so its copy was only a duplicate: {:?}", copies(dir.path()));
    let after = backup_json(&mut store::open(&db).expect("the diary opens"), STAMP).unwrap_or_default();
    assert_eq!(before, after, "the diary itself is untouched");
}

/// What a restore killed after its transaction committed but before the rename leaves.
#[test]
fn a_pending_copy_from_a_replace_that_committed_is_kept_under_its_final_name() {
    let (dir, mut conn) = fixed_diary();
    let db = common::db_path(dir.path());
    let old = backup_json(&mut conn, STAMP).expect("the diary backs up");
    let pending = dir.path().join("backtrack.db.before-restore-20260401T120000.bak.pending");
    store::copy_database(&conn, &pending).expect("the store can copy database");
    // The replace's transaction: the diary's content is now something else.
    conn.execute("DELETE FROM pain_entry", []).expect("the SQL runs");
    drop(conn);
    drop(store::open(&db).expect("the diary opens"));
    let kept = "backtrack.db.before-restore-20260401T120000.bak";
    assert_eq!(copies(dir.path()), vec![kept.to_owned()], "the only copy of the old diary is kept, under its final name");
    let mut copy = store::open(&dir.path().join(kept)).expect("the diary opens");
    assert_eq!(backup_json(&mut copy, STAMP).unwrap_or_default(), old, "and it is the diary as it was before the replace");
}

/// What a restore killed while it was still writing its copy leaves (seen in crash_durability).
#[test]
fn a_half_written_copy_and_its_journal_are_removed_and_the_diary_opens() {
    let (dir, conn) = fixed_diary();
    drop(conn);
    let before = diary_files_fingerprint(dir.path());
    for name in ["backtrack.db.before-restore-20260401T120000.bak.partial", "backtrack.db.before-restore-20260401T120000.bak.partial-journal"] {
        std::fs::write(dir.path().join(name), b"SQLite format 3\0 but the process died here").expect("the file is written");
    }
    // And a pending copy that is not a whole database (it cannot be, but if it were).
    std::fs::write(dir.path().join("backtrack.db.before-restore-20260401T130000.bak.pending"), b"junk").expect("the file is written");
    drop(store::open(&common::db_path(dir.path())).expect("a stray copy must not stop the diary opening"));
    assert!(copies(dir.path()).is_empty(), "copies cut short before the replace began are removed: {:?}", copies(dir.path()));
    assert_eq!(diary_files_fingerprint(dir.path()), before, "and the folder is as it was before the killed restore");
}
