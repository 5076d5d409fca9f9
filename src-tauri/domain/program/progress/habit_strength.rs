//! Habit strength: a score from 0 to 1 that rises with each active day and sinks slowly with
//! each missed one, so a long habit survives a bad week and a new one grows quickly.
//!
//! The score is an exponential moving average in the manner of Loop Habit Tracker's, stepped
//! only on scheduled days: planned rest days and paused days are skipped, so they never pull the
//! score down; an active day always steps it up, whatever day it is; today, while still open,
//! is skipped. The whole formula is [`next_strength`].

use chrono::NaiveDate;

use super::day_scan::{ActiveDays, DayKind, DayScan, ScannedDay};
use crate::domain::program::habit_plan::HabitPlan;

/// Half-life of the score, in days, for a plan with a session every day.
pub const DAILY_HALF_LIFE_DAYS: f64 = 13.0;

/// One step of habit strength: the score after one more scheduled day.
///
/// `frequency = scheduled_days_per_week / 7` (clamped to 1..=7 days). The half-life is
/// `13 / √frequency` calendar days, as in Loop Habit Tracker, which is
/// `13 × √frequency` scheduled days because rest days are skipped. So
///
/// ```text
/// multiplier = 0.5 ^ (1 / (13 × √frequency))
/// next       = previous × multiplier + (done ? 1 : 0) × (1 − multiplier)
/// ```
///
/// The result stays in [0, 1] and a missed day only multiplies by `multiplier` (≥ 0.86 for any
/// plan), so one missed day never zeroes a score.
///
/// Worked example, no rest days (7 scheduled days a week):
/// - frequency = 1, half-life = 13 days, multiplier = 0.5^(1/13) = 0.948078
/// - from 0.0, a session: 0 × 0.948078 + 0.051922 = **0.051922**
/// - from 0.5, a session: 0.5 × 0.948078 + 0.051922 = **0.525961**
/// - then a missed day: 0.525961 × 0.948078 = **0.498652**
///
/// With four rest days a week (3 scheduled), each scheduled day weighs more:
/// - frequency = 3/7, half-life = 13 × √(3/7) = 8.5105 scheduled days, multiplier = 0.921782
/// - from 0.5, a session: **0.539109**; then a missed day: **0.496941**
pub fn next_strength(previous: f64, done: bool, scheduled_days_per_week: u8) -> f64 {
    let frequency = f64::from(scheduled_days_per_week.clamp(1, 7)) / 7.0;
    let half_life = DAILY_HALF_LIFE_DAYS * frequency.sqrt();
    let multiplier = 0.5_f64.powf(1.0 / half_life);
    let checkmark = if done { 1.0 } else { 0.0 };
    (previous.clamp(0.0, 1.0) * multiplier + checkmark * (1.0 - multiplier)).clamp(0.0, 1.0)
}

/// Habit strength as of `today`, from 0 to 1, starting at 0 on the first session's week.
pub fn habit_strength(active: &ActiveDays, plan: &HabitPlan, today: NaiveDate) -> f64 {
    let Some(first) = active.first_up_to(today) else {
        return 0.0;
    };
    let mut strength = StrengthTally::new(plan.scheduled_days_per_week());
    for day in DayScan::new(active, plan, today, first, today) {
        strength.observe(&day);
    }
    strength.score()
}

/// The score carried along a day scan.
pub(super) struct StrengthTally {
    score: f64,
    scheduled_days_per_week: u8,
}

impl StrengthTally {
    pub(super) fn new(scheduled_days_per_week: u8) -> Self {
        Self { score: 0.0, scheduled_days_per_week }
    }

    pub(super) fn observe(&mut self, day: &ScannedDay) {
        match day.kind {
            DayKind::Active => self.score = next_strength(self.score, true, self.scheduled_days_per_week),
            DayKind::Missed => self.score = next_strength(self.score, false, self.scheduled_days_per_week),
            DayKind::Rest | DayKind::Paused | DayKind::Pending | DayKind::Future => {}
        }
    }

    pub(super) fn score(&self) -> f64 {
        self.score
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::DayRange;
    use crate::domain::program::habit_plan::RestPlan;
    use chrono::Days;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_else(|e| panic!("bad test date {text}: {e}"))
    }

    fn daily_plan() -> HabitPlan {
        HabitPlan { weekly_goal: 7, rest: RestPlan::Weekdays { weekdays: vec![] }, paused: vec![] }
    }

    fn days_from(start: &str, count: u64) -> Vec<NaiveDate> {
        (0..count).filter_map(|offset| day(start).checked_add_days(Days::new(offset))).collect()
    }

    fn close(actual: f64, expected: f64) -> bool {
        (actual - expected).abs() < 1e-6
    }

    #[test]
    fn the_worked_example_in_the_doc_comment_holds() {
        assert!(close(next_strength(0.0, true, 7), 0.051922), "first session from nothing");
        let after_session = next_strength(0.5, true, 7);
        assert!(close(after_session, 0.525961), "a session from 0.5, got {after_session}");
        assert!(close(next_strength(after_session, false, 7), 0.498652), "then a missed day");
        let three_a_week = next_strength(0.5, true, 3);
        assert!(close(three_a_week, 0.539109), "with 3 scheduled days a session weighs more, got {three_a_week}");
        assert!(close(next_strength(three_a_week, false, 3), 0.496941));
    }

    #[test]
    fn strength_rises_with_activity() {
        let plan = daily_plan();
        let week = ActiveDays::new(days_from("2026-03-02", 7));
        let month = ActiveDays::new(days_from("2026-03-02", 30));
        let after_week = habit_strength(&week, &plan, day("2026-03-08"));
        let after_month = habit_strength(&month, &plan, day("2026-03-31"));
        assert!(after_week > 0.0 && after_month > after_week, "more days done, a stronger habit: {after_week} then {after_month}");
    }

    #[test]
    fn one_missed_day_does_not_zero_the_strength() {
        let plan = daily_plan();
        let done = ActiveDays::new(days_from("2026-03-02", 30));
        // 31 March open: the score is as of 30 days done. 1 April open: 31 March was missed.
        let before = habit_strength(&done, &plan, day("2026-03-31"));
        let after = habit_strength(&done, &plan, day("2026-04-01"));
        assert!(after > 0.9 * before, "one missed day takes a small step down, not a fall: {before} to {after}");
    }

    #[test]
    fn rest_and_paused_days_do_not_pull_strength_down() {
        let done = ActiveDays::new(days_from("2026-03-02", 5));
        let sundays_off = HabitPlan { weekly_goal: 5, rest: RestPlan::Weekdays { weekdays: vec![chrono::Weekday::Sun] }, ..daily_plan() };
        let paused = HabitPlan { paused: vec![DayRange { from: day("2026-03-07"), to: day("2026-03-20") }], ..daily_plan() };
        let friday = habit_strength(&done, &paused, day("2026-03-07"));
        assert_eq!(habit_strength(&done, &paused, day("2026-03-21")), friday, "a two-week pause freezes the score");
        let saturday_missed = habit_strength(&done, &sundays_off, day("2026-03-08"));
        assert_eq!(habit_strength(&done, &sundays_off, day("2026-03-09")), saturday_missed, "a planned Sunday off changes nothing");
    }

    #[test]
    fn an_open_today_does_not_lower_strength() {
        let done = ActiveDays::new(days_from("2026-03-02", 5));
        let plan = daily_plan();
        assert_eq!(habit_strength(&done, &plan, day("2026-03-07")), habit_strength(&done, &plan, day("2026-03-06")));
    }

    #[test]
    fn no_sessions_means_no_strength() {
        assert_eq!(habit_strength(&ActiveDays::default(), &daily_plan(), day("2026-03-02")), 0.0);
    }
}
