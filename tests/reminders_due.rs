//! The reminder clock against a real diary file: what fires, what stays quiet, and that nothing
//! fires twice across checks, restarts, DST changes, travel and a clock set back. Instants are
//! passed in, so each test reads as a short story about one person's day.
//!
//! Calendar: 2026-06-10 is a Wednesday. London is on BST (UTC+1) in June, springs forward on
//! 2026-03-29 (01:00 -> 02:00) and falls back on 2026-10-25 (02:00 -> 01:00).

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use common::reminder_day::{add_rule, check, day, local, log_pain, log_session, london, open, sent_titles, EVERY_DAY, LONDON};

use backtrack::domain::dates::DayRange;
use backtrack::domain::program::flare::{validate_flare, FlareDraft};
use backtrack::domain::program::habit_plan::RestPlan;
use backtrack::domain::program::habit_plan::{HabitSettings, PauseDetails};
use backtrack::domain::reminders::outcome::SlotOutcome;
use backtrack::domain::reminders::{validate_rule, ReminderKind, ReminderRuleDraft};
use backtrack::reminders::due::{check_due, RuleWatch};
use backtrack::store;
use chrono::{DateTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use common::temp_dir;
use rusqlite::Connection;

#[test]
fn a_reminder_fires_once_at_its_minute_and_the_next_check_is_planned_for_it() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    let first = check(&mut conn, &mut watch, london("2026-06-10 07:00:00"));
    assert!(first.due.is_empty());
    add_rule(&mut conn, ReminderKind::Diary, &["08:00"], EVERY_DAY);
    let planned = check(&mut conn, &mut watch, london("2026-06-10 07:59:30"));
    assert_eq!(planned.next_check, london("2026-06-10 08:00:00"), "the thread wakes exactly at the slot");
    let on_time = check(&mut conn, &mut watch, london("2026-06-10 08:00:00"));
    assert_eq!(sent_titles(&on_time), ["How is your back today?"]);
    assert_eq!(on_time.due[0].slot.local_date, day("2026-06-10"));
    let again = check(&mut conn, &mut watch, london("2026-06-10 08:00:40"));
    assert!(again.due.is_empty(), "a slot fires once");
    assert!(again.next_check <= london("2026-06-10 08:01:40"), "the scheduler never sleeps more than a minute");
}

#[test]
fn a_diary_reminder_stays_quiet_when_the_day_already_has_an_entry() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    add_rule(&mut conn, ReminderKind::Diary, &["20:00"], EVERY_DAY);
    check(&mut conn, &mut watch, london("2026-06-10 12:00:00"));
    log_pain(&mut conn, "2026-06-10T13:15");
    let evening = check(&mut conn, &mut watch, london("2026-06-10 20:00:00"));
    assert!(evening.due.is_empty(), "the work is done: no notification");
    assert_eq!(evening.quiet.len(), 1);
    assert_eq!(evening.quiet[0].2, SlotOutcome::QuietLogged);
    let log = store::recent_handled_slots(&conn, 5).expect("the store can recent handled slots");
    assert_eq!(log[0].outcome, SlotOutcome::QuietLogged, "the quiet slot is logged, so it is not reconsidered");
}

#[test]
fn an_entry_just_before_midnight_counts_for_its_own_day_not_the_next() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    add_rule(&mut conn, ReminderKind::Diary, &["00:01"], EVERY_DAY);
    check(&mut conn, &mut watch, london("2026-06-10 23:58:00"));
    log_pain(&mut conn, "2026-06-10T23:59");
    let past_midnight = check(&mut conn, &mut watch, london("2026-06-11 00:01:00"));
    assert_eq!(sent_titles(&past_midnight), ["How is your back today?"], "the new day has no entry yet");
    assert_eq!(past_midnight.due[0].slot.local_date, day("2026-06-11"));
}

#[test]
fn no_reminder_repeats_after_a_restart() {
    let dir = temp_dir();
    {
        let mut conn = open(&dir);
        let mut watch = RuleWatch::default();
        add_rule(&mut conn, ReminderKind::Workout, &["18:00"], EVERY_DAY);
        check(&mut conn, &mut watch, london("2026-06-10 17:00:00"));
        assert_eq!(check(&mut conn, &mut watch, london("2026-06-10 18:00:00")).due.len(), 1);
    }
    let mut conn = open(&dir);
    let mut restarted = RuleWatch::default();
    let after = check(&mut conn, &mut restarted, london("2026-06-10 18:05:00"));
    assert!(after.due.is_empty(), "the slot log survives the restart");
}

#[test]
fn a_reminder_missed_while_closed_fires_once_at_start_up_if_its_day_is_not_over() {
    let dir = temp_dir();
    {
        let mut conn = open(&dir);
        add_rule(&mut conn, ReminderKind::Diary, &["08:00", "12:00"], EVERY_DAY);
        check(&mut conn, &mut RuleWatch::default(), london("2026-06-10 07:00:00"));
    }
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    let start_up = check(&mut conn, &mut watch, london("2026-06-10 13:30:00"));
    assert_eq!(start_up.due.len(), 1, "one late reminder, not one per missed time");
    assert_eq!(start_up.due[0].slot.local_time.to_string(), "12:00:00", "the latest missed time stands for the others");
    assert!(check(&mut conn, &mut watch, london("2026-06-10 13:31:00")).due.is_empty());
}

#[test]
fn a_reminder_missed_on_a_day_that_is_over_stays_missed() {
    let dir = temp_dir();
    {
        let mut conn = open(&dir);
        add_rule(&mut conn, ReminderKind::Diary, &["20:00"], EVERY_DAY);
        check(&mut conn, &mut RuleWatch::default(), london("2026-06-10 19:00:00"));
    }
    let mut conn = open(&dir);
    let next_morning = check(&mut conn, &mut RuleWatch::default(), london("2026-06-11 07:00:00"));
    assert!(next_morning.due.is_empty(), "yesterday's 20:00 is not sent the next morning");
}

#[test]
fn a_rule_saved_just_after_its_minute_waits_for_the_next_day() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    check(&mut conn, &mut watch, london("2026-06-10 07:59:50"));
    add_rule(&mut conn, ReminderKind::Diary, &["08:00"], EVERY_DAY);
    let saved_late = check(&mut conn, &mut watch, london("2026-06-10 08:00:20"));
    assert!(saved_late.due.is_empty(), "saving 08:00 at 08:00:20 does not fire for a minute already past");
    check(&mut conn, &mut watch, london("2026-06-11 07:59:00"));
    assert_eq!(check(&mut conn, &mut watch, london("2026-06-11 08:00:00")).due.len(), 1, "it fires the next day");
}

#[test]
fn a_workout_reminder_stays_quiet_after_a_session_on_a_rest_day_and_during_a_pause() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    let settings = HabitSettings { weekly_goal: 5, rest: RestPlan::Weekdays { weekdays: vec![Weekday::Sat, Weekday::Sun] } };
    store::save_habit_settings(&mut conn, &settings).expect("the store can save habit settings");
    let pause = DayRange { from: day("2026-06-16"), to: day("2026-06-16") };
    store::add_pause(&mut conn, &PauseDetails { range: pause, reason: "Flare".into() }).expect("the store can add pause");
    add_rule(&mut conn, ReminderKind::Workout, &["18:00"], EVERY_DAY);
    check(&mut conn, &mut watch, london("2026-06-10 12:00:00"));

    log_session(&mut conn, "2026-06-10T07:30");
    let done = check(&mut conn, &mut watch, london("2026-06-10 18:00:00"));
    assert_eq!(done.quiet.first().map(|q| q.2), Some(SlotOutcome::QuietDone), "Wednesday: already trained");

    check(&mut conn, &mut watch, london("2026-06-13 17:00:00"));
    let saturday = check(&mut conn, &mut watch, london("2026-06-13 18:00:00"));
    assert_eq!(saturday.quiet.first().map(|q| q.2), Some(SlotOutcome::QuietRestDay), "Saturday is a planned rest day");

    check(&mut conn, &mut watch, london("2026-06-15 17:00:00"));
    let monday = check(&mut conn, &mut watch, london("2026-06-15 18:00:00"));
    assert_eq!(sent_titles(&monday), ["Time for your glute and core routine"], "Monday: a normal training day");

    check(&mut conn, &mut watch, london("2026-06-16 17:00:00"));
    let paused = check(&mut conn, &mut watch, london("2026-06-16 18:00:00"));
    assert_eq!(paused.quiet.first().map(|q| q.2), Some(SlotOutcome::QuietPaused), "Tuesday is paused");
}

#[test]
fn a_flare_keeps_workout_reminders_quiet_while_diary_reminders_still_come() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    add_rule(&mut conn, ReminderKind::Workout, &["18:00"], EVERY_DAY);
    add_rule(&mut conn, ReminderKind::Diary, &["20:00"], EVERY_DAY);
    let draft = FlareDraft { days: Some(2.0), mode: Some("gentle".into()) };
    let flare = validate_flare(&draft, day("2026-06-10"), &[]).expect("a two-day flare from Wednesday");
    let marked_at = DateTime::parse_from_rfc3339("2026-06-10T08:00:00+01:00").expect("a test time");
    store::insert_flare(&mut conn, &flare, marked_at).expect("the store can add a flare");
    check(&mut conn, &mut watch, london("2026-06-10 12:00:00"));

    let wednesday = check(&mut conn, &mut watch, london("2026-06-10 18:00:00"));
    assert_eq!(wednesday.quiet.first().map(|q| q.2), Some(SlotOutcome::QuietPaused), "the flare's first day is quiet");
    let evening = check(&mut conn, &mut watch, london("2026-06-10 20:00:00"));
    assert_eq!(evening.due.first().map(|r| r.outcome), Some(SlotOutcome::Sent), "logging pain matters most in a flare");

    check(&mut conn, &mut watch, london("2026-06-12 17:00:00"));
    let friday = check(&mut conn, &mut watch, london("2026-06-12 18:00:00"));
    assert_eq!(sent_titles(&friday), ["Time for your glute and core routine"], "the flare ended on Thursday");
}

#[test]
fn one_missed_diary_day_brings_one_gentle_nudge_and_no_more() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    add_rule(&mut conn, ReminderKind::Diary, &["09:00", "20:00"], EVERY_DAY);
    log_pain(&mut conn, "2026-06-09T10:00");
    // 2026-06-10 has no entry.
    check(&mut conn, &mut watch, london("2026-06-11 08:00:00"));
    let morning = check(&mut conn, &mut watch, london("2026-06-11 09:00:00"));
    assert_eq!(morning.due.first().map(|r| r.outcome), Some(SlotOutcome::Nudge), "the first reminder after the gap is the gentle one");
    let evening = check(&mut conn, &mut watch, london("2026-06-11 20:00:00"));
    assert_eq!(evening.due.first().map(|r| r.outcome), Some(SlotOutcome::Sent), "the nudge is not repeated the same day");
    check(&mut conn, &mut watch, london("2026-06-12 08:00:00"));
    let day_after = check(&mut conn, &mut watch, london("2026-06-12 09:00:00"));
    assert_eq!(day_after.due.first().map(|r| r.outcome), Some(SlotOutcome::Sent), "a second empty day does not nudge again");
}

#[test]
fn the_diary_reminder_mentions_a_streak_worth_keeping() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    add_rule(&mut conn, ReminderKind::Diary, &["20:00"], EVERY_DAY);
    for date in ["2026-06-07", "2026-06-08", "2026-06-09"] {
        log_pain(&mut conn, &format!("{date}T09:00"));
    }
    check(&mut conn, &mut watch, london("2026-06-10 19:00:00"));
    let evening = check(&mut conn, &mut watch, london("2026-06-10 20:00:00"));
    let body = evening.due.first().map(|r| r.text.body.clone()).unwrap_or_default();
    assert!(body.contains("3 days in a row"), "{body}");
}

#[test]
fn across_the_spring_gap_a_missing_time_fires_once_at_the_first_valid_minute() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    add_rule(&mut conn, ReminderKind::Diary, &["01:30"], EVERY_DAY);
    check(&mut conn, &mut watch, london("2026-03-29 00:30:00"));
    let planned = check(&mut conn, &mut watch, london("2026-03-29 00:59:00"));
    assert_eq!(planned.next_check, london("2026-03-29 02:00:00"), "01:30 does not exist that night; 02:00 BST is next");
    let fired = check(&mut conn, &mut watch, london("2026-03-29 02:00:00"));
    assert_eq!(fired.due.len(), 1);
    assert_eq!(fired.due[0].slot.local_time.to_string(), "01:30:00", "the slot keeps its own time as its identity");
    assert!(check(&mut conn, &mut watch, london("2026-03-29 03:00:00")).due.is_empty());
}

#[test]
fn across_the_autumn_overlap_a_repeated_time_fires_once() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    add_rule(&mut conn, ReminderKind::Diary, &["01:30"], EVERY_DAY);
    check(&mut conn, &mut watch, Utc.with_ymd_and_hms(2026, 10, 24, 23, 0, 0).single().unwrap_or_default());
    // 01:30 BST is 00:30 UTC; 01:30 GMT (the second time the clock shows it) is 01:30 UTC.
    let first = check(&mut conn, &mut watch, Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).single().unwrap_or_default());
    assert_eq!(first.due.len(), 1, "the earlier 01:30 fires");
    let second = check(&mut conn, &mut watch, Utc.with_ymd_and_hms(2026, 10, 25, 1, 30, 0).single().unwrap_or_default());
    assert!(second.due.is_empty(), "the clock showing 01:30 again does not fire again");
}

#[test]
fn after_flying_east_reminders_follow_the_local_clock() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    let tokyo: Tz = chrono_tz::Asia::Tokyo;
    add_rule(&mut conn, ReminderKind::Diary, &["08:00"], EVERY_DAY);
    check_due(&mut conn, &mut watch, london("2026-06-10 21:00:00"), LONDON).expect("the reminder check runs");
    // Landed in Tokyo: 2026-06-11 07:59 JST.
    let landed = check_due(&mut conn, &mut watch, local(tokyo, "2026-06-11 07:59:00"), tokyo).expect("the reminder check runs");
    assert_eq!(landed.next_check, local(tokyo, "2026-06-11 08:00:00"), "08:00 means 08:00 where the person is");
    let fired = check_due(&mut conn, &mut watch, local(tokyo, "2026-06-11 08:00:00"), tokyo).expect("the reminder check runs");
    assert_eq!(fired.due.len(), 1);
}

#[test]
fn setting_the_clock_back_does_not_fire_a_slot_twice() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    add_rule(&mut conn, ReminderKind::Diary, &["08:00"], EVERY_DAY);
    check(&mut conn, &mut watch, london("2026-06-10 07:59:00"));
    assert_eq!(check(&mut conn, &mut watch, london("2026-06-10 08:00:00")).due.len(), 1);
    let set_back = check(&mut conn, &mut watch, london("2026-06-10 07:59:30"));
    assert!(set_back.due.is_empty());
    assert!(check(&mut conn, &mut watch, london("2026-06-10 08:00:10")).due.is_empty(), "the clock passing 08:00 again is not a new slot");
}

#[test]
fn a_switched_off_rule_stays_silent() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    let rule = add_rule(&mut conn, ReminderKind::Diary, &["08:00"], EVERY_DAY);
    let mut off =
        validate_rule(&ReminderRuleDraft { kind: rule.kind, times: vec!["08:00".into()], weekdays: vec!["Mon".into()], enabled: Some(false) }, &[])
            .expect("the rule is valid");
    off.weekdays = rule.weekdays.clone();
    store::update_reminder_rule(&conn, &rule.id, &off).expect("the store can update reminder rule");
    check(&mut conn, &mut watch, london("2026-06-10 07:00:00"));
    assert!(check(&mut conn, &mut watch, london("2026-06-10 08:00:00")).due.is_empty());
}

fn rate(conn: &mut Connection, activity: &backtrack::domain::function_scale::FunctionActivity, at: &str) {
    use backtrack::domain::function_scale::{validate_rating, RatingDraft};
    let now = LONDON.with_ymd_and_hms(2026, 12, 31, 23, 0, 0).single().unwrap_or_else(|| panic!("valid"));
    let activities = store::list_function_activities(conn).expect("list function activities works");
    let mut errors = backtrack::domain::validation::ValidationErrors::default();
    let draft = RatingDraft { activity_id: activity.id.to_string(), score: Some(5.0), rated_at: Some(at.into()) };
    let details = validate_rating(&draft, &activities, now, "", &mut errors).unwrap_or_else(|| panic!("{errors:?}"));
    store::insert_function_ratings(conn, &[details]).expect("insert function ratings works");
}

#[test]
fn a_weekly_check_in_reminder_invites_asks_and_stays_quiet_once_the_week_is_rated() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let mut watch = RuleWatch::default();
    add_rule(&mut conn, ReminderKind::CheckIn, &["19:00"], &["Wed", "Sun"]);
    check(&mut conn, &mut watch, london("2026-06-10 12:00:00"));
    let invited = check(&mut conn, &mut watch, london("2026-06-10 19:00:00"));
    assert_eq!(sent_titles(&invited), ["Your weekly check-in"], "with nothing named it invites");
    assert!(invited.due[0].text.body.contains("Name up to 3"));

    let walk = store::add_function_activity(&conn, "walk to the shops").expect("add function activity works");
    let sit = store::add_function_activity(&conn, "sit through a movie").expect("add function activity works");
    // Monday 8 June began the week; one of the two rated is not done yet.
    rate(&mut conn, &walk, "2026-06-08T20:00");
    check(&mut conn, &mut watch, london("2026-06-14 12:00:00"));
    let asked = check(&mut conn, &mut watch, london("2026-06-14 19:00:00"));
    assert_eq!(sent_titles(&asked), ["Your weekly check-in"], "one activity still waits for its rating");

    rate(&mut conn, &sit, "2026-06-16T08:00");
    rate(&mut conn, &walk, "2026-06-16T08:01");
    check(&mut conn, &mut watch, london("2026-06-17 12:00:00"));
    let quiet = check(&mut conn, &mut watch, london("2026-06-17 19:00:00"));
    assert!(quiet.due.is_empty(), "every activity is rated in the week of Monday 15 June");
    assert_eq!(quiet.quiet[0].2, SlotOutcome::QuietDone);
}
