//! The weekly goal: N active days in each Monday-to-Sunday week, and how many weeks in a row
//! the person met it.
//!
//! # Rules
//! - A week counts **distinct active days**, not sessions: two short sessions on one day are one
//!   day of exercise, and the goal is about spreading effort over the week.
//! - A week paused from Monday to Sunday is neutral: it neither extends nor ends the run of
//!   met weeks. A week paused in part needs its share of the goal, rounded up and at least 1:
//!   `ceil(goal × unpaused days / 7)`. A session inside a pause still counts toward the week.
//! - The week in progress is never "not met": until Sunday is over it is either already met
//!   (and extends the run) or still open (neutral).
//! - Planned rest days play no part here; they only shape the day streak.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::day_scan::{ActiveDays, DayKind, DayScan, ScannedDay};
use crate::domain::dates::{monday_of, sunday_of};
use crate::domain::program::habit_plan::HabitPlan;

/// How a week turned out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum WeekOutcome {
    Met,
    NotMet,
    /// Paused from Monday to Sunday: neutral.
    Paused,
    /// The current week, not met yet but not over either: neutral.
    InProgress,
}

/// This week's progress and the runs of met weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WeeklyGoalStatus {
    /// The goal the person chose, 1 to 7 active days a week.
    pub goal: u8,
    /// The Monday of the current week.
    #[ts(type = "string")]
    pub week_start: NaiveDate,
    /// Distinct active days so far this week.
    pub done_this_week: u8,
    /// Active days this week needs: the goal, less its share for paused days; 0 if the whole
    /// week is paused.
    pub needed_this_week: u8,
    pub this_week: WeekOutcome,
    /// Consecutive met weeks up to this week (if met) or last week; neutral weeks are skipped.
    pub current_weeks_met: u32,
    pub longest_weeks_met: u32,
}

impl WeeklyGoalStatus {
    pub fn met_this_week(&self) -> bool {
        self.this_week == WeekOutcome::Met
    }
}

/// The weekly goal as of `today`.
pub fn weekly_goal(active: &ActiveDays, plan: &HabitPlan, today: NaiveDate) -> WeeklyGoalStatus {
    let from = active.first_up_to(today).unwrap_or(today);
    let mut weeks = WeekTally::new(plan.weekly_goal, today);
    for day in DayScan::new(active, plan, today, from, sunday_of(today)) {
        weeks.observe(&day);
    }
    weeks.finish()
}

/// Active days a week with `unpaused_days` of 7 not paused needs: `ceil(goal × unpaused / 7)`,
/// at least 1 unless the whole week is paused. A full week needs the whole goal.
pub fn needed_in_week(goal: u8, unpaused_days: u8) -> u8 {
    let unpaused = u16::from(unpaused_days.min(7));
    if unpaused == 0 {
        return 0;
    }
    let share = (u16::from(goal) * unpaused).div_ceil(7);
    u8::try_from(share).unwrap_or(u8::MAX).max(1)
}

/// Weeks closed one at a time as the day scan crosses into the next. The scan must run through
/// the Sunday of `today`'s week, so the current week's pauses are all known.
pub(super) struct WeekTally {
    goal: u8,
    today: NaiveDate,
    week: Option<u32>,
    done: u8,
    unpaused: u8,
    holds_today: bool,
    run: u32,
    longest: u32,
    this_week: Option<(u8, u8, WeekOutcome)>,
}

impl WeekTally {
    pub(super) fn new(goal: u8, today: NaiveDate) -> Self {
        Self { goal, today, week: None, done: 0, unpaused: 0, holds_today: false, run: 0, longest: 0, this_week: None }
    }

    pub(super) fn observe(&mut self, day: &ScannedDay) {
        if self.week != Some(day.week) {
            self.close_week();
            self.week = Some(day.week);
        }
        if day.kind == DayKind::Active {
            self.done += 1;
        }
        if !day.paused {
            self.unpaused += 1;
        }
        if day.day == self.today {
            self.holds_today = true;
        }
    }

    fn close_week(&mut self) {
        if self.week.is_none() {
            return;
        }
        let needed = needed_in_week(self.goal, self.unpaused);
        let outcome = if needed == 0 {
            WeekOutcome::Paused
        } else if self.done >= needed {
            WeekOutcome::Met
        } else if self.holds_today {
            WeekOutcome::InProgress
        } else {
            WeekOutcome::NotMet
        };
        match outcome {
            WeekOutcome::Met => {
                self.run += 1;
                self.longest = self.longest.max(self.run);
            }
            WeekOutcome::NotMet => self.run = 0,
            WeekOutcome::Paused | WeekOutcome::InProgress => {}
        }
        if self.holds_today {
            self.this_week = Some((self.done, needed, outcome));
        }
        self.done = 0;
        self.unpaused = 0;
        self.holds_today = false;
    }

    pub(super) fn finish(mut self) -> WeeklyGoalStatus {
        self.close_week();
        let (done, needed, outcome) = self.this_week.unwrap_or((0, needed_in_week(self.goal, 7), WeekOutcome::InProgress));
        WeeklyGoalStatus {
            goal: self.goal,
            week_start: monday_of(self.today),
            done_this_week: done,
            needed_this_week: needed,
            this_week: outcome,
            current_weeks_met: self.run,
            longest_weeks_met: self.longest,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::DayRange;
    use crate::domain::program::habit_plan::RestPlan;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_else(|e| panic!("bad test date {text}: {e}"))
    }

    fn active(days: &[&str]) -> ActiveDays {
        days.iter().map(|text| day(text)).collect()
    }

    fn plan(goal: u8, paused: &[(&str, &str)]) -> HabitPlan {
        HabitPlan {
            weekly_goal: goal,
            rest: RestPlan::PerWeek { days: 7 - goal },
            paused: paused.iter().map(|(from, to)| DayRange { from: day(from), to: day(to) }).collect(),
        }
    }

    // 2026-03-02 is a Monday; 2026-03-09 and 2026-03-16 are the next two.

    #[test]
    fn the_goal_is_met_by_enough_distinct_active_days() {
        let status = weekly_goal(&active(&["2026-03-02", "2026-03-04", "2026-03-06"]), &plan(3, &[]), day("2026-03-06"));
        assert_eq!((status.done_this_week, status.needed_this_week), (3, 3));
        assert!(status.met_this_week(), "three active days meet a goal of three");
        assert_eq!(status.week_start, day("2026-03-02"));
    }

    #[test]
    fn several_sessions_on_one_day_count_once() {
        let days = ActiveDays::new([day("2026-03-02"), day("2026-03-02"), day("2026-03-03")]);
        let status = weekly_goal(&days, &plan(3, &[]), day("2026-03-04"));
        assert_eq!(status.done_this_week, 2, "the goal counts days of exercise, not sessions");
        assert!(!status.met_this_week());
    }

    #[test]
    fn the_week_in_progress_is_not_counted_as_missed() {
        let days = active(&["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09"]);
        let status = weekly_goal(&days, &plan(3, &[]), day("2026-03-10"));
        assert_eq!(status.this_week, WeekOutcome::InProgress, "the week is not over on Tuesday");
        assert_eq!(status.current_weeks_met, 1, "an unfinished week does not end the run of met weeks");
    }

    #[test]
    fn a_finished_week_below_the_goal_ends_the_run_of_met_weeks() {
        let days = active(&["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09", "2026-03-16"]);
        let status = weekly_goal(&days, &plan(3, &[]), day("2026-03-17"));
        assert_eq!(status.current_weeks_met, 0, "the week of 9 March had one active day of three");
        assert_eq!(status.longest_weeks_met, 1, "the first week still counts as the best run");
    }

    #[test]
    fn met_weeks_in_a_row_make_the_week_streak() {
        let days = active(&["2026-03-02", "2026-03-04", "2026-03-09", "2026-03-12", "2026-03-16", "2026-03-17"]);
        let status = weekly_goal(&days, &plan(2, &[]), day("2026-03-17"));
        assert!(status.met_this_week(), "a week that is already met counts before it ends");
        assert_eq!((status.current_weeks_met, status.longest_weeks_met), (3, 3));
    }

    #[test]
    fn a_fully_paused_week_is_neutral_for_the_week_streak() {
        let days = active(&["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-16", "2026-03-18", "2026-03-20"]);
        let status = weekly_goal(&days, &plan(3, &[("2026-03-09", "2026-03-15")]), day("2026-03-20"));
        assert_eq!(status.current_weeks_met, 2, "the paused week neither adds nor breaks");
    }

    #[test]
    fn a_partly_paused_week_needs_a_share_of_the_goal() {
        // Paused Monday to Friday: 2 of 7 days left, ceil(3 × 2 / 7) = 1.
        let status = weekly_goal(&active(&["2026-03-07"]), &plan(3, &[("2026-03-02", "2026-03-06")]), day("2026-03-08"));
        assert_eq!(status.needed_this_week, 1);
        assert!(status.met_this_week(), "one session over the weekend after a pause meets the week");
    }

    #[test]
    fn a_whole_week_paused_ahead_needs_nothing() {
        let status = weekly_goal(&ActiveDays::default(), &plan(3, &[("2026-03-01", "2026-03-20")]), day("2026-03-04"));
        assert_eq!((status.needed_this_week, status.this_week), (0, WeekOutcome::Paused));
    }

    #[test]
    fn the_share_of_the_goal_rounds_up_and_is_at_least_one() {
        assert_eq!(needed_in_week(3, 7), 3);
        assert_eq!(needed_in_week(7, 1), 1);
        assert_eq!(needed_in_week(1, 1), 1, "a single open day still asks for one session");
        assert_eq!(needed_in_week(5, 4), 3, "ceil(20 / 7)");
        assert_eq!(needed_in_week(5, 0), 0);
    }
}
