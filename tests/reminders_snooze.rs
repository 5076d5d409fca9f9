//! "Later" on a reminder, against a real diary file: the reminder comes back once an hour later,
//! without a "Later" of its own, stays quiet if the work got done meanwhile, is not sent for a
//! day that is over, and is neither lost nor repeated across a restart.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use backtrack::domain::reminders::outcome::SlotOutcome;
use backtrack::domain::reminders::ReminderKind;
use backtrack::reminders::due::{snooze, DueReminder, RuleWatch};
use common::reminder_day::{add_rule, check, log_pain, london, open, sent_titles, EVERY_DAY};
use common::temp_dir;
use rusqlite::Connection;

/// A diary reminder at 12:00 that has just been sent, in a fresh diary.
fn sent_at_noon(conn: &mut Connection, watch: &mut RuleWatch) -> DueReminder {
    add_rule(conn, ReminderKind::Diary, &["12:00"], EVERY_DAY);
    check(conn, watch, london("2026-06-10 11:00:00"));
    let noon = check(conn, watch, london("2026-06-10 12:00:00"));
    assert_eq!(noon.due.len(), 1, "the noon reminder is sent");
    assert!(!noon.due[0].snoozed);
    noon.due[0].clone()
}

#[test]
fn later_brings_the_reminder_back_once_an_hour_later_without_another_later() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    let reminder = sent_at_noon(&mut conn, &mut watch);
    assert!(snooze(&conn, &reminder.rule_id, &reminder.slot, london("2026-06-10 12:00:20")).expect("the snooze is kept"));

    let waiting = check(&mut conn, &mut watch, london("2026-06-10 12:59:50"));
    assert!(waiting.due.is_empty(), "not before the hour is up");
    assert_eq!(waiting.next_check, london("2026-06-10 13:00:20"), "the thread wakes when the snooze ends");

    let back = check(&mut conn, &mut watch, london("2026-06-10 13:00:20"));
    assert_eq!(sent_titles(&back), ["How is your back today?"]);
    assert!(back.due[0].snoozed, "the reminder that comes back has no Later of its own");
    assert_eq!(back.due[0].slot.local_time, reminder.slot.local_time, "it is the same slot");
    assert!(check(&mut conn, &mut watch, london("2026-06-10 13:01:00")).due.is_empty(), "once");
}

#[test]
fn a_slot_can_be_put_off_only_once() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    let reminder = sent_at_noon(&mut conn, &mut watch);
    assert!(snooze(&conn, &reminder.rule_id, &reminder.slot, london("2026-06-10 12:00:20")).expect("kept"));
    assert!(!snooze(&conn, &reminder.rule_id, &reminder.slot, london("2026-06-10 12:05:00")).expect("asked"), "a second Later changes nothing");
    let back = check(&mut conn, &mut watch, london("2026-06-10 13:00:20"));
    assert_eq!(back.due.len(), 1, "the first snooze's hour holds, not the second's");
}

#[test]
fn a_put_off_reminder_stays_quiet_when_the_entry_was_made_meanwhile() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    let reminder = sent_at_noon(&mut conn, &mut watch);
    snooze(&conn, &reminder.rule_id, &reminder.slot, london("2026-06-10 12:00:20")).expect("kept");
    log_pain(&mut conn, "2026-06-10T12:30");
    let back = check(&mut conn, &mut watch, london("2026-06-10 13:00:30"));
    assert!(back.due.is_empty(), "the work is done");
    assert_eq!(back.quiet.len(), 1);
    assert_eq!(back.quiet[0].2, SlotOutcome::QuietLogged);
}

#[test]
fn a_snooze_that_ends_on_the_next_day_is_not_sent() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    add_rule(&mut conn, ReminderKind::Diary, &["23:30"], EVERY_DAY);
    check(&mut conn, &mut watch, london("2026-06-10 23:00:00"));
    let late = check(&mut conn, &mut watch, london("2026-06-10 23:30:00"));
    snooze(&conn, &late.due[0].rule_id, &late.due[0].slot, london("2026-06-10 23:30:10")).expect("kept");
    let after_midnight = check(&mut conn, &mut watch, london("2026-06-11 00:30:10"));
    assert!(after_midnight.due.is_empty(), "yesterday's diary reminder is not sent today");
}

#[test]
fn a_restart_during_a_snooze_neither_loses_nor_repeats_it() {
    let dir = temp_dir();
    {
        let mut conn = open(&dir);
        let mut watch = RuleWatch::default();
        let reminder = sent_at_noon(&mut conn, &mut watch);
        snooze(&conn, &reminder.rule_id, &reminder.slot, london("2026-06-10 12:00:20")).expect("kept");
        check(&mut conn, &mut watch, london("2026-06-10 12:30:00"));
    }
    // Closed at 12:30, opened again at 13:10: the snooze ended while the app was closed.
    {
        let mut conn = open(&dir);
        let back = check(&mut conn, &mut RuleWatch::default(), london("2026-06-10 13:10:00"));
        assert_eq!(back.due.len(), 1, "the snooze was not lost");
        assert!(back.due[0].snoozed);
    }
    let mut conn = open(&dir);
    let again = check(&mut conn, &mut RuleWatch::default(), london("2026-06-10 13:11:00"));
    assert!(again.due.is_empty(), "nor sent twice");
}

#[test]
fn a_deleted_rule_takes_its_snooze_with_it() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    let reminder = sent_at_noon(&mut conn, &mut watch);
    snooze(&conn, &reminder.rule_id, &reminder.slot, london("2026-06-10 12:00:20")).expect("kept");
    backtrack::store::delete_reminder_rule(&conn, &reminder.rule_id).expect("the rule is deleted");
    assert!(check(&mut conn, &mut watch, london("2026-06-10 13:00:30")).due.is_empty());
}
