//! A reminder day in a test: rules, entries and sessions at London wall-clock times, and one
//! check of the reminder clock, for the reminder tests (`reminders_due`, `reminders_snooze`).

use backtrack::domain::diary::{validate, DiaryContext, PainEntryDraft};
use backtrack::domain::program::exercise::builtin_catalog;
use backtrack::domain::program::session::{validate_manual, ManualSessionDraft};
use backtrack::domain::reminders::{validate_rule, ReminderKind, ReminderRule, ReminderRuleDraft};
use backtrack::reminders::due::{check_due, Check, RuleWatch};
use backtrack::store;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;

use super::db_path;

pub const LONDON: Tz = chrono_tz::Europe::London;

pub fn local(zone: Tz, text: &str) -> DateTime<Utc> {
    let naive = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap_or_else(|e| panic!("bad test time {text}: {e}"));
    zone.from_local_datetime(&naive).earliest().unwrap_or_else(|| panic!("{text} does not exist in {zone}")).with_timezone(&Utc)
}

pub fn london(text: &str) -> DateTime<Utc> {
    local(LONDON, text)
}

pub fn day(text: &str) -> NaiveDate {
    text.parse().unwrap_or_else(|e| panic!("bad test date {text}: {e}"))
}

pub fn add_rule(conn: &mut Connection, kind: ReminderKind, times: &[&str], weekdays: &[&str]) -> ReminderRule {
    let draft = ReminderRuleDraft {
        kind,
        times: times.iter().map(|t| (*t).to_owned()).collect(),
        weekdays: weekdays.iter().map(|d| (*d).to_owned()).collect(),
        enabled: None,
    };
    let others = store::list_reminder_rules(conn).expect("the store can list reminder rules");
    let details = validate_rule(&draft, &others).expect("the rule is valid");
    store::insert_reminder_rules(conn, &[details]).expect("the store can insert reminder rules").remove(0)
}

pub const EVERY_DAY: &[&str] = &["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

pub fn log_pain(conn: &mut Connection, at: &str) {
    let now = LONDON.with_ymd_and_hms(2026, 12, 31, 23, 0, 0).single().expect("valid");
    let draft = PainEntryDraft { occurred_at: Some(at.into()), intensity: Some(4.0), ..Default::default() };
    let details = validate(&draft, &DiaryContext { now, known_medications: &[] }).expect("the draft is valid");
    store::insert_pain_entry(conn, &details).expect("the store can insert pain entry");
}

pub fn log_session(conn: &mut Connection, at: &str) {
    let catalog = builtin_catalog().expect("the built-in catalog loads");
    let now = LONDON.with_ymd_and_hms(2026, 12, 31, 23, 0, 0).single().expect("valid");
    let draft = ManualSessionDraft { started_at: Some(at.into()), ..Default::default() };
    let manual = validate_manual(&draft, &catalog, now).expect("the manual session is valid");
    store::log_manual_session(conn, &manual).expect("the store can log manual session");
}

/// A check at `now` in London with a watch that lives across calls (one app run).
pub fn check(conn: &mut Connection, watch: &mut RuleWatch, now: DateTime<Utc>) -> Check {
    check_due(conn, watch, now, LONDON).expect("the reminder check runs")
}

pub fn sent_titles(check: &Check) -> Vec<String> {
    check.due.iter().map(|r| r.text.title.clone()).collect()
}

pub fn open(dir: &tempfile::TempDir) -> Connection {
    store::open(&db_path(dir.path())).expect("the diary opens")
}
