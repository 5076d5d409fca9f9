//! What a due reminder becomes: a notification, a gentle nudge, or silence because the work is
//! already done. Pure: the facts about the day come in as a value.
//!
//! # Smart quiet
//! - A **diary** reminder stays quiet once the day has an entry.
//! - A **workout** reminder stays quiet once the day has a session (a partial one counts), on a
//!   paused day, and on a planned rest day. With fixed rest weekdays those are the rest days;
//!   with "N rest days a week" the week's goal being met already makes the rest of the week rest.
//! - A **weekly check-in** reminder stays quiet once every active activity has a rating this
//!   week (Monday to Sunday). With no activity named yet it invites the person to name some.
//!
//! # The nudge after a missed day
//! The first diary reminder of a day carries a gentle nudge instead of the usual words when
//! yesterday has no entry but the day before has one. A second missed day does not nudge again
//! (the day before it has no entry either), so one gap brings at most one nudge, and it rides on
//! a reminder that was due anyway: never an extra notification.
//!
//! # Words
//! Encouraging, never shaming: nothing says "you forgot" or "you failed". A streak is mentioned
//! only when there is one worth keeping (two days or more).

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use crate::domain::program::habit_plan::{HabitPlan, RestPlan};
use crate::domain::program::progress::day_scan::ActiveDays;
use crate::domain::reminders::ReminderKind;

/// A streak is mentioned in a reminder from this length on.
const STREAK_WORTH_MENTIONING: u32 = 2;

/// What happened to one slot. Stored with the slot, so the person (and a test) can see why a
/// reminder stayed quiet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum SlotOutcome {
    /// The usual reminder was sent.
    Sent,
    /// The gentle words after a missed diary day were sent.
    Nudge,
    /// Diary: the day already has an entry.
    QuietLogged,
    /// Workout: the day already has a session. Weekly check-in: this week's is done.
    QuietDone,
    /// Workout: a planned rest day.
    QuietRestDay,
    /// Workout: the program is paused today.
    QuietPaused,
}

impl SlotOutcome {
    /// Whether a notification goes out.
    pub fn is_sent(self) -> bool {
        matches!(self, SlotOutcome::Sent | SlotOutcome::Nudge)
    }

    /// The word stored in `reminder_fire.outcome`.
    pub fn as_wire(self) -> &'static str {
        match self {
            SlotOutcome::Sent => "sent",
            SlotOutcome::Nudge => "nudge",
            SlotOutcome::QuietLogged => "quiet_logged",
            SlotOutcome::QuietDone => "quiet_done",
            SlotOutcome::QuietRestDay => "quiet_rest_day",
            SlotOutcome::QuietPaused => "quiet_paused",
        }
    }

    pub fn from_wire(word: &str) -> Option<Self> {
        [SlotOutcome::Sent, SlotOutcome::Nudge, SlotOutcome::QuietLogged, SlotOutcome::QuietDone, SlotOutcome::QuietRestDay, SlotOutcome::QuietPaused]
            .into_iter()
            .find(|outcome| outcome.as_wire() == word)
    }
}

/// What is known about the slot's local day when it comes due.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayFacts {
    pub diary_logged_today: bool,
    pub diary_logged_yesterday: bool,
    pub diary_logged_day_before: bool,
    /// Another diary slot of today was already handled (sent or quiet).
    pub diary_reminded_today: bool,
    pub session_done_today: bool,
    pub planned_rest_day: bool,
    pub paused_today: bool,
    /// Days in a row with a diary entry, ending yesterday.
    pub diary_streak: u32,
    /// The current exercise streak, in active days.
    pub workout_streak: u32,
    /// Every active check-in activity already has a rating in the slot's week.
    pub check_in_done_this_week: bool,
    /// At least one check-in activity is active (else the reminder invites to name some).
    pub check_in_named: bool,
}

/// Decides a due slot of a `kind` reminder (see the module documentation for the rules).
pub fn decide(kind: ReminderKind, facts: &DayFacts) -> SlotOutcome {
    match kind {
        ReminderKind::Diary if facts.diary_logged_today => SlotOutcome::QuietLogged,
        ReminderKind::Diary => {
            let single_missed_day = !facts.diary_logged_yesterday && facts.diary_logged_day_before;
            if single_missed_day && !facts.diary_reminded_today {
                SlotOutcome::Nudge
            } else {
                SlotOutcome::Sent
            }
        }
        ReminderKind::Workout if facts.session_done_today => SlotOutcome::QuietDone,
        ReminderKind::Workout if facts.paused_today => SlotOutcome::QuietPaused,
        ReminderKind::Workout if facts.planned_rest_day => SlotOutcome::QuietRestDay,
        ReminderKind::Workout => SlotOutcome::Sent,
        ReminderKind::CheckIn if facts.check_in_done_this_week => SlotOutcome::QuietDone,
        ReminderKind::CheckIn => SlotOutcome::Sent,
    }
}

/// The title and body of a notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderText {
    pub title: String,
    pub body: String,
}

/// The words for a sent slot, in the language in force; `None` for a quiet one. The messages
/// are the notifications' own (the `reminders` catalog, shared with `crate::reminders::text`).
pub fn reminder_text(kind: ReminderKind, outcome: SlotOutcome, facts: &DayFacts) -> Option<ReminderText> {
    let text = |title: String, body: String| Some(ReminderText { title, body });
    let diary = || crate::t!("reminders-diary-title");
    let workout = || crate::t!("reminders-workout-title");
    let check_in = || crate::t!("reminders-check-in-title");
    match (kind, outcome) {
        (_, SlotOutcome::Nudge) => text(diary(), crate::t!("reminders-nudge-body")),
        (ReminderKind::Diary, SlotOutcome::Sent) if facts.diary_streak >= STREAK_WORTH_MENTIONING => {
            text(diary(), crate::t!("reminders-diary-streak-body", days = facts.diary_streak))
        }
        (ReminderKind::Diary, SlotOutcome::Sent) => text(diary(), crate::t!("reminders-diary-body")),
        (ReminderKind::Workout, SlotOutcome::Sent) if facts.workout_streak >= STREAK_WORTH_MENTIONING => {
            text(workout(), crate::t!("reminders-workout-streak-body", days = facts.workout_streak))
        }
        (ReminderKind::Workout, SlotOutcome::Sent) => text(workout(), crate::t!("reminders-workout-body")),
        (ReminderKind::CheckIn, SlotOutcome::Sent) if facts.check_in_named => text(check_in(), crate::t!("reminders-check-in-body")),
        (ReminderKind::CheckIn, SlotOutcome::Sent) => text(check_in(), crate::t!("reminders-check-in-name-body")),
        _ => None,
    }
}

/// Days in a row with a diary entry, counting back from the day before `today`. Today is left
/// out: it is still open, and a diary reminder only goes out while today has no entry.
pub fn diary_streak_before(logged_days: &BTreeSet<NaiveDate>, today: NaiveDate) -> u32 {
    let mut count = 0;
    let mut day = today.pred_opt();
    while let Some(current) = day.filter(|d| logged_days.contains(d)) {
        count += 1;
        day = current.pred_opt();
    }
    count
}

/// Whether `day` is a planned day off in `plan`, given the days with a session so far: one of
/// the fixed rest weekdays, or, with "N rest days a week", any day once the week's goal is met.
pub fn is_planned_rest_day(plan: &HabitPlan, day: NaiveDate, active: &ActiveDays) -> bool {
    match &plan.rest {
        RestPlan::Weekdays { weekdays } => weekdays.contains(&day.weekday()),
        RestPlan::PerWeek { .. } => {
            let monday = day.checked_sub_days(Days::new(u64::from(day.weekday().num_days_from_monday()))).unwrap_or(day);
            let done_this_week = active.as_slice().iter().filter(|d| (monday..=day).contains(d)).count();
            done_this_week >= usize::from(plan.weekly_goal)
        }
    }
}

/// Whether `day` falls inside one of the plan's pauses.
pub fn is_paused(plan: &HabitPlan, day: NaiveDate) -> bool {
    plan.paused.iter().any(|range| range.contains(day))
}

#[cfg(test)]
mod tests {
    use chrono::Weekday;

    use super::*;
    use crate::domain::dates::DayRange;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_else(|e| panic!("bad test date {text}: {e}"))
    }

    #[test]
    fn a_weekly_check_in_reminder_is_quiet_once_the_week_is_rated() {
        let done = DayFacts { check_in_done_this_week: true, check_in_named: true, ..DayFacts::default() };
        assert_eq!(decide(ReminderKind::CheckIn, &done), SlotOutcome::QuietDone, "every activity is rated this week");
        let due = DayFacts { check_in_named: true, ..DayFacts::default() };
        assert_eq!(decide(ReminderKind::CheckIn, &due), SlotOutcome::Sent);
        let asks = reminder_text(ReminderKind::CheckIn, SlotOutcome::Sent, &due).unwrap_or_else(|| panic!("sent"));
        assert!(asks.body.contains("rate") || asks.body.contains("Rating"), "{asks:?}");
        let invites = reminder_text(ReminderKind::CheckIn, SlotOutcome::Sent, &DayFacts::default()).unwrap_or_else(|| panic!("sent"));
        assert!(invites.body.contains("Name up to 3"), "with nothing named it invites: {invites:?}");
        assert_eq!(reminder_text(ReminderKind::CheckIn, SlotOutcome::QuietDone, &done), None);
    }

    #[test]
    fn a_diary_reminder_stays_quiet_once_today_has_an_entry() {
        let facts = DayFacts { diary_logged_today: true, ..DayFacts::default() };
        assert_eq!(decide(ReminderKind::Diary, &facts), SlotOutcome::QuietLogged);
        assert_eq!(reminder_text(ReminderKind::Diary, SlotOutcome::QuietLogged, &facts), None, "a quiet slot has no words");
    }

    #[test]
    fn a_diary_reminder_goes_out_when_today_has_no_entry() {
        let facts = DayFacts { diary_logged_yesterday: true, ..DayFacts::default() };
        assert_eq!(decide(ReminderKind::Diary, &facts), SlotOutcome::Sent);
    }

    #[test]
    fn one_missed_day_brings_a_gentle_nudge_with_the_first_reminder_of_the_next_day() {
        let facts = DayFacts { diary_logged_day_before: true, ..DayFacts::default() };
        assert_eq!(decide(ReminderKind::Diary, &facts), SlotOutcome::Nudge);
        let text = reminder_text(ReminderKind::Diary, SlotOutcome::Nudge, &facts).expect("a nudge has words");
        assert!(text.body.contains("that is fine"), "the nudge reassures: {}", text.body);
    }

    #[test]
    fn the_nudge_comes_once_not_with_every_reminder_of_the_day() {
        let facts = DayFacts { diary_logged_day_before: true, diary_reminded_today: true, ..DayFacts::default() };
        assert_eq!(decide(ReminderKind::Diary, &facts), SlotOutcome::Sent, "the second reminder that day is the usual one");
    }

    #[test]
    fn a_second_missed_day_does_not_nudge_again() {
        let facts = DayFacts::default();
        assert_eq!(decide(ReminderKind::Diary, &facts), SlotOutcome::Sent, "two empty days in a row: the usual words, no second nudge");
    }

    #[test]
    fn a_workout_reminder_stays_quiet_after_a_session_on_a_pause_and_on_a_rest_day() {
        let done = DayFacts { session_done_today: true, planned_rest_day: true, ..DayFacts::default() };
        assert_eq!(decide(ReminderKind::Workout, &done), SlotOutcome::QuietDone, "a session done is the first reason");
        let paused = DayFacts { paused_today: true, planned_rest_day: true, ..DayFacts::default() };
        assert_eq!(decide(ReminderKind::Workout, &paused), SlotOutcome::QuietPaused);
        let rest = DayFacts { planned_rest_day: true, ..DayFacts::default() };
        assert_eq!(decide(ReminderKind::Workout, &rest), SlotOutcome::QuietRestDay);
        assert_eq!(decide(ReminderKind::Workout, &DayFacts::default()), SlotOutcome::Sent);
    }

    #[test]
    fn a_workout_reminder_ignores_the_diary() {
        let facts = DayFacts { diary_logged_today: true, ..DayFacts::default() };
        assert_eq!(decide(ReminderKind::Workout, &facts), SlotOutcome::Sent);
    }

    #[test]
    fn a_streak_worth_keeping_is_mentioned_and_a_short_one_is_not() {
        let long = DayFacts { diary_streak: 5, workout_streak: 4, ..DayFacts::default() };
        let diary = reminder_text(ReminderKind::Diary, SlotOutcome::Sent, &long).expect("sent");
        assert!(diary.body.contains("5 days in a row"), "{}", diary.body);
        let workout = reminder_text(ReminderKind::Workout, SlotOutcome::Sent, &long).expect("sent");
        assert!(workout.body.contains("4 active days"), "{}", workout.body);
        let short = DayFacts { diary_streak: 1, workout_streak: 1, ..DayFacts::default() };
        let diary = reminder_text(ReminderKind::Diary, SlotOutcome::Sent, &short).expect("sent");
        assert!(!diary.body.contains("in a row"), "a one-day streak is not worth a mention: {}", diary.body);
    }

    #[test]
    fn no_reminder_words_scold() {
        let every = [
            (ReminderKind::Diary, SlotOutcome::Sent, DayFacts::default()),
            (ReminderKind::Diary, SlotOutcome::Sent, DayFacts { diary_streak: 9, ..DayFacts::default() }),
            (ReminderKind::Diary, SlotOutcome::Nudge, DayFacts::default()),
            (ReminderKind::Workout, SlotOutcome::Sent, DayFacts::default()),
            (ReminderKind::Workout, SlotOutcome::Sent, DayFacts { workout_streak: 9, ..DayFacts::default() }),
        ];
        for (kind, outcome, facts) in every {
            let text = reminder_text(kind, outcome, &facts).unwrap_or_else(|| panic!("{kind:?} {outcome:?} is sent"));
            let words = format!("{} {}", text.title, text.body).to_lowercase();
            for scolding in ["forgot", "failed", "missed", "lost", "broke", "don't", "should"] {
                assert!(!words.contains(scolding), "\"{scolding}\" shames: {words}");
            }
        }
    }

    #[test]
    fn the_diary_streak_counts_days_in_a_row_ending_yesterday() {
        let days: BTreeSet<NaiveDate> = ["2026-06-05", "2026-06-07", "2026-06-08", "2026-06-09", "2026-06-10"].iter().map(|d| day(d)).collect();
        assert_eq!(diary_streak_before(&days, day("2026-06-10")), 3, "today is left out; the gap on the 6th ends the run");
        assert_eq!(diary_streak_before(&days, day("2026-06-12")), 0, "an empty yesterday means no streak");
    }

    #[test]
    fn fixed_rest_weekdays_are_rest_days() {
        let plan = HabitPlan { weekly_goal: 5, rest: RestPlan::Weekdays { weekdays: vec![Weekday::Sun] }, paused: Vec::new() };
        let none = ActiveDays::default();
        assert!(is_planned_rest_day(&plan, day("2026-06-14"), &none), "2026-06-14 is a Sunday");
        assert!(!is_planned_rest_day(&plan, day("2026-06-15"), &none), "Monday is a training day");
    }

    #[test]
    fn with_rest_days_per_week_the_rest_of_the_week_is_rest_once_the_goal_is_met() {
        let plan = HabitPlan { weekly_goal: 3, rest: RestPlan::PerWeek { days: 4 }, paused: Vec::new() };
        // Week of Monday 2026-06-08: sessions on Mon, Tue and Wed.
        let active = ActiveDays::new(["2026-06-06", "2026-06-08", "2026-06-09", "2026-06-10"].map(day));
        assert!(is_planned_rest_day(&plan, day("2026-06-11"), &active), "three done by Thursday: the goal is met");
        let two = ActiveDays::new(["2026-06-06", "2026-06-08", "2026-06-09"].map(day));
        assert!(!is_planned_rest_day(&plan, day("2026-06-11"), &two), "two of three: a reminder still helps");
        assert!(!is_planned_rest_day(&plan, day("2026-06-15"), &active), "a new week starts from zero");
    }

    #[test]
    fn a_day_inside_a_pause_is_paused() {
        let range = DayRange { from: day("2026-06-10"), to: day("2026-06-12") };
        let plan = HabitPlan { paused: vec![range], ..HabitPlan::default() };
        assert!(is_paused(&plan, day("2026-06-12")), "the last day of a pause is paused");
        assert!(!is_paused(&plan, day("2026-06-13")));
    }

    #[test]
    fn every_outcome_round_trips_through_its_stored_word() {
        for outcome in [
            SlotOutcome::Sent,
            SlotOutcome::Nudge,
            SlotOutcome::QuietLogged,
            SlotOutcome::QuietDone,
            SlotOutcome::QuietRestDay,
            SlotOutcome::QuietPaused,
        ] {
            assert_eq!(SlotOutcome::from_wire(outcome.as_wire()), Some(outcome));
        }
    }
}
