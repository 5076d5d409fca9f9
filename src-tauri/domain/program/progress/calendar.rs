//! The calendar the Progress screen draws: one mark per day, agreeing with the streak.

use std::cmp::{max, min};

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::day_scan::{ActiveDays, DayKind, DayScan};
use super::streak::{Seen, StreakRun};
use crate::domain::dates::DayRange;
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
        errors.push("from", "Enter the first and last day of the calendar.");
        return Err(errors);
    };
    if (to - from).num_days() >= MAX_CALENDAR_DAYS {
        errors.push("to", format!("The calendar can show up to {MAX_CALENDAR_DAYS} days."));
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
/// it starts. The marks agree with [`streak`]: a `Bridged` day lies inside a streak.
pub fn calendar(active: &ActiveDays, plan: &HabitPlan, today: NaiveDate, range: DayRange) -> Vec<CalendarDay> {
    if range.from > range.to {
        return Vec::new();
    }
    let first_session = active.first_up_to(today);
    let scan_from = first_session.map_or(range.from, |first| min(first, range.from));
    let mut days: Vec<CalendarDay> = Vec::with_capacity(usize::try_from(range.days()).unwrap_or(0));
    let mut run = StreakRun::default();
    // The latest `Bridged` mark that a later miss could still turn into `Missed`.
    let mut open_bridge: Option<usize> = None;
    // A bridge is settled once a session followed it and its week is over; days after the range
    // are only scanned until then.
    for scanned in DayScan::new(active, plan, today, scan_from, max(range.to, today)) {
        if open_bridge.is_some() && run.last_miss_settled(scanned.week) {
            open_bridge = None;
        }
        if scanned.day > range.to && open_bridge.is_none() {
            break;
        }
        // Before the first session nothing was planned yet: no rest days, no misses.
        let before_start = first_session.is_none_or(|first| scanned.day < first);
        let mark = match run.observe(&scanned) {
            Seen::Miss { bridged, cuts_previous } => {
                if cuts_previous {
                    if let Some(index) = open_bridge.take() {
                        days[index] = CalendarDay { day: days[index].day, mark: DayMark::Missed };
                    }
                }
                if bridged {
                    DayMark::Bridged
                } else if before_start {
                    DayMark::NotStarted
                } else {
                    DayMark::Missed
                }
            }
            Seen::Other => match scanned.kind {
                DayKind::Active => DayMark::Active,
                DayKind::Rest if before_start => DayMark::NotStarted,
                DayKind::Rest => DayMark::Rest,
                DayKind::Paused => DayMark::Paused,
                DayKind::Pending => DayMark::Pending,
                DayKind::Missed => DayMark::Missed,
                DayKind::Future => DayMark::Future,
            },
        };
        if range.contains(scanned.day) {
            if mark == DayMark::Bridged {
                open_bridge = Some(days.len());
            }
            days.push(CalendarDay { day: scanned.day, mark });
        }
    }
    days
}
