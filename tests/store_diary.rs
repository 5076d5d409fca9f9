//! The diary store on a real temp file: writes, reads, deletes with undo, and the CHECK
//! constraints that stop a bad value whatever writes it.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use backtrack::domain::diary::medication::MedicationDetails;
use backtrack::domain::diary::{validate, DiaryContext, MedicationDoseDraft, PainDetails, PainEntryDraft};
use backtrack::store::{self, StoreError};
use common::{db_path, london, temp_dir};
use uuid::Uuid;

fn details(draft: PainEntryDraft, known: &[Uuid]) -> PainDetails {
    validate(&draft, &DiaryContext { now: london(2026, 3, 14, 21, 0), known_medications: known }).expect("the draft is valid")
}

fn at(time: &str, intensity: f64) -> PainEntryDraft {
    PainEntryDraft { occurred_at: Some(time.into()), intensity: Some(intensity), ..Default::default() }
}

#[test]
fn a_detailed_entry_reads_back_exactly_as_saved() {
    let dir = temp_dir();
    let mut conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let med = store::add_medication(&conn, &MedicationDetails { name: "Ibuprofen".into(), default_dose: "400 mg".into() })
        .expect("the store can add medication");
    let draft = PainEntryDraft {
        sites: vec!["buttock_left".into(), "thigh_back_left".into()],
        leg_radiation: Some("left".into()),
        qualities: vec!["burning".into(), "tingling".into()],
        worse: vec!["sitting".into(), "lying_down".into()],
        better: vec!["stretching".into()],
        medications: vec![MedicationDoseDraft { medication_id: med.id.to_string(), dose: "200 mg".into() }],
        sleep_quality: Some(3.0),
        interference: Some(8.0),
        mood: Some("very_low".into()),
        note: Some("Could not sit through dinner.".into()),
        for_surgeon: Some(true),
        ..at("2026-03-14T19:05", 7.0)
    };
    let saved = store::insert_pain_entry(&mut conn, &details(draft, &[med.id])).expect("the store can insert pain entry");
    let read = store::list_pain_entries(&conn, None, None).expect("the store can list pain entries");
    assert_eq!(read, vec![saved]);
}

#[test]
fn a_committed_entry_survives_closing_and_reopening() {
    let dir = temp_dir();
    let path = db_path(dir.path());
    let saved = {
        let mut conn = store::open(&path).expect("the diary opens");
        store::insert_pain_entry(&mut conn, &details(at("2026-03-14T08:00", 4.0), &[])).expect("the store can insert pain entry")
    };
    let conn = store::open(&path).expect("the diary opens");
    assert_eq!(store::list_pain_entries(&conn, None, None).unwrap_or_default(), vec![saved]);
}

#[test]
fn the_date_range_is_inclusive_and_uses_local_days() {
    let dir = temp_dir();
    let mut conn = store::open(&db_path(dir.path())).expect("the diary opens");
    for (time, level) in [("2026-03-10T09:00", 1.0), ("2026-03-12T23:59", 2.0), ("2026-03-13T00:00", 3.0), ("2026-03-14T09:00", 4.0)] {
        store::insert_pain_entry(&mut conn, &details(at(time, level), &[])).expect("the store can insert pain entry");
    }
    let from = "2026-03-12".parse().ok();
    let to = "2026-03-13".parse().ok();
    let levels: Vec<u8> = store::list_pain_entries(&conn, from, to).unwrap_or_default().iter().map(|e| e.details.intensity).collect();
    assert_eq!(levels, [2, 3]);
}

#[test]
fn an_update_replaces_every_detail() {
    let dir = temp_dir();
    let mut conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let first = PainEntryDraft { sites: vec!["hip_left".into()], ..at("2026-03-14T08:00", 4.0) };
    let saved = store::insert_pain_entry(&mut conn, &details(first, &[])).expect("the store can insert pain entry");
    let second = PainEntryDraft { sites: vec!["hip_right".into()], ..at("2026-03-14T08:00", 2.0) };
    let updated = store::update_pain_entry(&mut conn, &saved.id, &details(second, &[])).expect("the store can update pain entry");
    let read = store::list_pain_entries(&conn, None, None).unwrap_or_default();
    assert_eq!(read, vec![updated.clone()]);
    assert_eq!(read[0].details.intensity, 2);
    assert_eq!(read[0].details.sites.len(), 1, "the old site is gone, not added to");
}

#[test]
fn an_unknown_id_on_update_or_delete_is_not_found_and_changes_nothing() {
    let dir = temp_dir();
    let mut conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let saved = store::insert_pain_entry(&mut conn, &details(at("2026-03-14T08:00", 4.0), &[])).expect("the store can insert pain entry");
    let stranger = Uuid::new_v4();
    let update = store::update_pain_entry(&mut conn, &stranger, &details(at("2026-03-14T08:00", 9.0), &[]));
    assert!(matches!(update, Err(StoreError::EntryNotFound(_))));
    assert!(matches!(store::delete_pain_entry(&conn, &stranger), Err(StoreError::EntryNotFound(_))));
    assert_eq!(store::list_pain_entries(&conn, None, None).unwrap_or_default(), vec![saved]);
}

#[test]
fn a_deleted_entry_is_hidden_comes_back_on_undo_and_is_purged_by_a_later_open() {
    let dir = temp_dir();
    let path = db_path(dir.path());
    let mut conn = store::open(&path).expect("the diary opens");
    let kept = store::insert_pain_entry(&mut conn, &details(at("2026-03-14T08:00", 4.0), &[])).expect("the store can insert pain entry");
    let gone = store::insert_pain_entry(&mut conn, &details(at("2026-03-14T09:00", 5.0), &[])).expect("the store can insert pain entry");

    store::delete_pain_entry(&conn, &kept.id).expect("the store can delete pain entry");
    assert_eq!(store::list_pain_entries(&conn, None, None).unwrap_or_default().len(), 1);
    let restored = store::restore_pain_entry(&conn, &kept.id).expect("the store can restore pain entry");
    assert_eq!(restored, kept, "undo brings back the whole entry");
    assert!(matches!(store::restore_pain_entry(&conn, &kept.id), Err(StoreError::EntryNotFound(_))), "undo works once");

    store::delete_pain_entry(&conn, &gone.id).expect("the store can delete pain entry");
    // The deletion happened an hour ago, long past any undo.
    conn.execute("UPDATE pain_entry SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 hour') WHERE id = ?1", [gone.id.to_string()])
        .expect("the SQL runs");
    drop(conn);
    let conn = store::open(&path).expect("the diary opens");
    assert_eq!(store::list_pain_entries(&conn, None, None).unwrap_or_default(), vec![kept]);
    let rows: i64 = conn.query_row("SELECT count(*) FROM pain_entry", [], |r| r.get(0)).unwrap_or(-1);
    assert_eq!(rows, 1, "the old deletion is gone from the file, not just hidden");
}

#[test]
fn a_second_opener_does_not_end_an_undo_window_that_is_still_open() {
    let dir = temp_dir();
    let path = db_path(dir.path());
    let mut app = store::open(&path).expect("the diary opens");
    let entry = store::insert_pain_entry(&mut app, &details(at("2026-03-14T08:00", 4.0), &[])).expect("the store can insert pain entry");
    store::delete_pain_entry(&app, &entry.id).expect("the store can delete pain entry");
    // The command line opens the same diary while the app still shows "Undo".
    drop(store::open(&path).expect("the diary opens"));
    let restored = store::restore_pain_entry(&app, &entry.id).expect("undo still works");
    assert_eq!(restored, entry);
}

#[test]
fn the_schema_refuses_values_the_domain_would_reject() {
    let dir = temp_dir();
    let conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let insert = |intensity: &str, day: &str, occurred: &str, note_len: usize| {
        conn.execute(
            &format!("INSERT INTO pain_entry (id, day, occurred_at, time_zone, intensity, note) VALUES (?1, ?2, ?3, 'UTC', {intensity}, ?4)"),
            rusqlite::params![Uuid::new_v4().to_string(), day, occurred, "n".repeat(note_len)],
        )
    };
    assert!(insert("5", "2026-03-14", "2026-03-14T08:00:00+00:00", 10).is_ok(), "the control row fits");
    assert!(insert("11", "2026-03-14", "2026-03-14T08:00:00+00:00", 0).is_err(), "intensity above 10");
    assert!(insert("-1", "2026-03-14", "2026-03-14T08:00:00+00:00", 0).is_err(), "intensity below 0");
    assert!(insert("4.5", "2026-03-14", "2026-03-14T08:00:00+00:00", 0).is_err(), "not a whole number");
    assert!(insert("5", "2026-03-15", "2026-03-14T08:00:00+00:00", 0).is_err(), "day differs from the local date");
    assert!(insert("5", "14/03/2026", "2026-03-14T08:00:00+00:00", 0).is_err(), "malformed day");
    assert!(insert("5", "2026-03-14", "2026-03-14T08:00:00+00:00", 4001).is_err(), "note too long");
    let bad_tag = conn.execute("INSERT INTO pain_entry_tag (entry_id, kind, value) SELECT id, 'site', 'elbow' FROM pain_entry LIMIT 1", []);
    assert!(bad_tag.is_err(), "unknown body site");
}

#[test]
fn medications_are_listed_by_name_and_archived_ones_only_on_request() {
    let dir = temp_dir();
    let conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let add = |name: &str| store::add_medication(&conn, &MedicationDetails { name: name.into(), default_dose: String::new() });
    let naproxen = add("naproxen").expect("the medication is added");
    add("Amitriptyline").expect("the medication is added");
    assert!(add("NAPROXEN").is_err(), "the unique index backs the duplicate rule");
    store::set_medication_archived(&conn, &naproxen.id, true).expect("the store can set medication archived");
    let names = |all| store::list_medications(&conn, all).unwrap_or_default().into_iter().map(|m| m.name).collect::<Vec<_>>();
    assert_eq!(names(false), ["Amitriptyline"]);
    assert_eq!(names(true), ["Amitriptyline", "naproxen"]);
}
