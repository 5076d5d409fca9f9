//! The reminder tables on a real file: rules read back as stored, the slot log takes each slot
//! once, and CHECK constraints refuse what the domain would reject, whatever writes it.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use backtrack::domain::reminders::outcome::SlotOutcome;
use backtrack::domain::reminders::{default_rules, Slot};
use backtrack::store::{self, Setting};
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use common::{db_path, temp_dir};

#[test]
fn rules_read_back_as_stored_and_survive_reopening() {
    let dir = temp_dir();
    let stored = {
        let mut conn = store::open(&db_path(dir.path())).expect("the diary opens");
        store::insert_reminder_rules(&mut conn, &default_rules()).expect("the store can insert reminder rules")
    };
    let conn = store::open(&db_path(dir.path())).expect("the diary opens");
    assert_eq!(store::list_reminder_rules(&conn).expect("the store can list reminder rules"), stored);
}

#[test]
fn the_slot_log_takes_each_slot_once() {
    let dir = temp_dir();
    let mut conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let rule = store::insert_reminder_rules(&mut conn, &default_rules()).expect("the store can insert reminder rules").remove(0);
    let slot = Slot {
        local_date: NaiveDate::from_ymd_opt(2026, 6, 10).unwrap_or_default(),
        local_time: NaiveTime::from_hms_opt(20, 0, 0).unwrap_or_default(),
        fires_at: Utc.with_ymd_and_hms(2026, 6, 10, 19, 0, 0).single().unwrap_or_default(),
    };
    let now = slot.fires_at;
    assert!(store::record_handled_slot(&conn, &rule.id, &slot, SlotOutcome::Sent, now).expect("the store can record handled slot"));
    let again = store::record_handled_slot(&conn, &rule.id, &slot, SlotOutcome::QuietLogged, now).expect("the store can record handled slot");
    assert!(!again, "a slot already handled is not taken again");
    let log = store::recent_handled_slots(&conn, 10).expect("the store can recent handled slots");
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].outcome, SlotOutcome::Sent, "the first outcome stands");
    store::delete_reminder_rule(&conn, &rule.id).expect("the store can delete reminder rule");
    assert!(store::recent_handled_slots(&conn, 10).unwrap_or_default().is_empty(), "a removed rule takes its log with it");
}

#[test]
fn check_constraints_refuse_reminder_rows_the_domain_would_reject() {
    let dir = temp_dir();
    let conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let id = "00000000-0000-4000-8000-000000000001";
    let bad_rules = [
        format!("INSERT INTO reminder_rule (id, kind, times, weekdays) VALUES ('{id}', 'stretch', '08:00', '1')"),
        format!("INSERT INTO reminder_rule (id, kind, times, weekdays) VALUES ('{id}', 'diary', '8am', '1')"),
        format!("INSERT INTO reminder_rule (id, kind, times, weekdays) VALUES ('{id}', 'diary', '08:00', '8')"),
        format!("INSERT INTO reminder_rule (id, kind, times, weekdays) VALUES ('{id}', 'diary', '08:00', '')"),
        "INSERT INTO setting (key, value) VALUES ('font_family', 'serif')".to_owned(),
    ];
    for sql in &bad_rules {
        assert!(conn.execute(sql, []).is_err(), "refused: {sql}");
    }
    conn.execute(&format!("INSERT INTO reminder_rule (id, kind, times, weekdays) VALUES ('{id}', 'diary', '08:00', '1,2')"), [])
        .expect("a good row is accepted");
    let bad_fires = [
        format!("INSERT INTO reminder_fire VALUES ('{id}', '2026-02-30', '08:00', '2026-06-10T07:00:00Z', 'sent')"),
        format!("INSERT INTO reminder_fire VALUES ('{id}', '2026-06-10', '25:00', '2026-06-10T07:00:00Z', 'sent')"),
        format!("INSERT INTO reminder_fire VALUES ('{id}', '2026-06-10', '08:00', '2026-06-10T07:00:00Z', 'shouted')"),
        "INSERT INTO reminder_fire VALUES ('00000000-0000-4000-8000-000000000009', '2026-06-10', '08:00', '2026-06-10T07:00:00Z', 'sent')".to_owned(),
    ];
    for sql in &bad_fires {
        assert!(conn.execute(sql, []).is_err(), "refused: {sql}");
    }
    assert_eq!(store::get_setting(&conn, Setting::RemindersOffered).expect("the store can get setting"), None);
}
