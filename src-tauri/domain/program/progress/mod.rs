//! Streaks of exercise days, the rest-day plan and pauses they respect, the calendar the UI draws,
//! and the one summary value the progress screen needs. Pure: `today` is an argument, and every
//! day is a local calendar day fixed when the session was logged, never a UTC date.
//!
//! # The rules, as the person lives them
//! - **Active day**: at least one session, partial ones included. An active day always counts,
//!   even on a planned rest day or inside a pause.
//! - **Rest day**: a planned day off. It neither adds to a streak nor breaks it: the streak length
//!   counts active days only and rest days are neutral bridges. With [`RestPlan::PerWeek`] the
//!   earliest inactive days of each Monday-to-Sunday week are the rest days, so a day's meaning is
//!   settled when it ends and never changes later in the week. Today, while it is still open, never
//!   uses up a rest day.
//! - **Paused day**: inside a [`DayRange`] the person paused (illness, a flare, travel). Neutral,
//!   exactly like a rest day: the streak is frozen, not broken.
//! - **Missed day**: any other past day without a session.
//! - **A streak** is a stretch of days in which no two missed days come in a row (rest and paused
//!   days between them do not separate them: only a session does) and no calendar week holds more
//!   than one missed day. Its length is the number of active days in it. So one missed day is
//!   bridged once a week ("never miss twice"); a second miss in a row ends the streak; a second
//!   miss in the same week ends the streak that the first one bridged, and the new streak starts
//!   right after that first miss.
//! - **Current streak**: the longest such stretch that ends today if today is active, or
//!   yesterday if it is not, because an open day is not over and must never break anything.
//! - **Longest streak**: the longest such stretch ever.
//!
//! A streak is a value, [`streak::Streak`]: its first active day, its end and its length, like
//! Loop Habit Tracker's `Streak(start, end)`. One scan ([`streak::streak_history`]) finds every
//! streak that ended and the one still going; the lengths the screens print come from those
//! values, and the calendar asks them which missed days a streak carried (`Bridged`) instead of
//! correcting its marks afterwards. Only the week rule is the calendar's own: a week shows at most
//! one bridge, the last miss of the week, because a second miss in one week ends the streak the
//! first one bridged.
//!
//! Defined this way, every rule is monotone: one more session, one more rest day or one more
//! paused day can never lower a streak (property-tested in `properties.rs`), which is what
//! "missing a day is not a failure" needs.
//!
//! The summary is one pass over the days from the Monday of the first session's week (no work per
//! session beyond a cursor step, and no allocation per day), plus the calendar's own walk over
//! the whole weeks it draws.

pub mod calendar;
pub mod day_scan;
pub mod habit_strength;
pub mod streak;
pub mod weekly_goal;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use calendar::{calendar_of, CalendarDay};
use day_scan::{ActiveDays, DayScan};
use habit_strength::StrengthTally;
use streak::StreakScan;
use weekly_goal::{WeekTally, WeeklyGoalStatus};

use crate::domain::dates::{sunday_of, DayRange};
use crate::domain::program::habit_plan::HabitPlan;

/// Everything the progress screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Summary {
    pub current_streak: u32,
    pub longest_streak: u32,
    pub weekly_goal: WeeklyGoalStatus,
    /// Habit strength from 0 to 1; showing it as a whole percentage is the UI's job.
    pub strength: f64,
    pub calendar: Vec<CalendarDay>,
}

/// Streaks, weekly goal and habit strength as of `today`, and the calendar for `calendar_days`.
pub fn summarize(active: &ActiveDays, plan: &HabitPlan, today: NaiveDate, calendar_days: DayRange) -> Summary {
    let from = active.first_up_to(today).unwrap_or(today);
    let mut streaks = StreakScan::default();
    let mut weeks = WeekTally::new(plan.weekly_goal, today);
    let mut strength = StrengthTally::new(plan.scheduled_days_per_week());
    for day in DayScan::new(active, plan, today, from, sunday_of(today)) {
        streaks.observe(&day);
        weeks.observe(&day);
        strength.observe(&day);
    }
    let streaks = streaks.finish(today);
    let lengths = streaks.lengths();
    Summary {
        current_streak: lengths.current,
        longest_streak: lengths.longest,
        weekly_goal: weeks.finish(),
        strength: strength.score(),
        calendar: calendar_of(active, plan, today, calendar_days, &streaks),
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod properties;
