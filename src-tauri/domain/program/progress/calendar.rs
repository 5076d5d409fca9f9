//! The calendar the Progress screen draws: one mark per day, read from the day scan and the
//! streak values, so it agrees with the streak.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::day_scan::{ActiveDays, DayKind, DayScan, ScannedDay};
use super::streak::{streak_history, StreakHistory};
use crate::domain::dates::{sunday_of, DayRange};
use crate::domain::program::habit_plan::HabitPlan;
use crate::domain::validation::ValidationErrors;

/// The longest calendar one request may draw, in days: two years and a bit, which covers any
/// screen and keeps one answer small.
pub const MAX_CALENDAR_DAYS: i64 = 800;

/// Checks the days a calendar is asked for. Both ends are needed, and the span is capped at
/// [`MAX_CALENDAR_DAYS`]. Field names: `from`, `to`.
pub fn check_calendar_range(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<DayRange, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let (Some(from), Some(to)) = (from, to) else {
        errors.push("from", crate::t!("program-calendar-days-missing"));
        return Err(errors);
    };
    if (to - from).num_days() >= MAX_CALENDAR_DAYS {
        errors.push("to", crate::t!("program-calendar-too-long", max = MAX_CALENDAR_DAYS));
        return Err(errors);
    }
    Ok(DayRange { from, to })
}

/// How the calendar shows one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum DayMark {
    Active,
    Rest,
    Paused,
    /// A missed day that ended a streak, or that no streak carried across.
    Missed,
    /// A missed day the current or a finished streak carried across. If the next scheduled day is
    /// missed too, or another day of the same week is missed, it turns into `Missed`.
    Bridged,
    /// Today, with nothing logged yet: the day is not over.
    Pending,
    /// A day before the first session ever, which is not a missed day.
    NotStarted,
    /// After today.
    Future,
}

/// One day of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CalendarDay {
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub mark: DayMark,
}

/// Marks every day of `range` for the calendar, as of `today`. Empty when the range ends before
/// it starts. The marks agree with [`streak`](super::streak::streak): a `Bridged` day lies inside a
/// streak.
pub fn calendar(active: &ActiveDays, plan: &HabitPlan, today: NaiveDate, range: DayRange) -> Vec<CalendarDay> {
    calendar_of(active, plan, today, range, &streak_history(active, plan, today))
}

/// [`calendar`] with the streaks already found. A missed day is `Bridged` when a streak carries
/// across it and no later day of its week is missed: a week shows at most one bridge, and when a
/// second miss in one week ends a streak, the bridge belongs to the streak still going.
pub(in crate::domain::program::progress) fn calendar_of(
    active: &ActiveDays,
    plan: &HabitPlan,
    today: NaiveDate,
    range: DayRange,
    streaks: &StreakHistory,
) -> Vec<CalendarDay> {
    if range.from > range.to {
        return Vec::new();
    }
    let first_session = active.first_up_to(today);
    // Whole weeks, so each missed day can see the rest of its week.
    let weeks: Vec<ScannedDay> = DayScan::new(active, plan, today, range.from, sunday_of(range.to)).collect();
    let mut days: Vec<CalendarDay> = Vec::with_capacity(usize::try_from(range.days()).unwrap_or(0));
    for (index, scanned) in weeks.iter().enumerate() {
        if !range.contains(scanned.day) {
            continue;
        }
        // Before the first session nothing was planned yet: no rest days, no misses.
        let before_start = first_session.is_none_or(|first| scanned.day < first);
        let mark = match scanned.kind {
            DayKind::Active => DayMark::Active,
            DayKind::Rest | DayKind::Missed if before_start => DayMark::NotStarted,
            DayKind::Rest => DayMark::Rest,
            DayKind::Paused => DayMark::Paused,
            DayKind::Pending => DayMark::Pending,
            DayKind::Future => DayMark::Future,
            DayKind::Missed => {
                let later_miss_this_week =
                    weeks[index + 1..].iter().take_while(|later| later.week == scanned.week).any(|later| later.kind == DayKind::Missed);
                if streaks.carries(scanned.day) && !later_miss_this_week {
                    DayMark::Bridged
                } else {
                    DayMark::Missed
                }
            }
        };
        days.push(CalendarDay { day: scanned.day, mark });
    }
    days
}
