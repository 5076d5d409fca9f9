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
//! Defined this way, every rule is monotone: one more session, one more rest day or one more
//! paused day can never lower a streak (property-tested in `streak_properties.rs`), which is what
//! "missing a day is not a failure" needs.
//!
//! Everything is one pass over the days from the Monday of the first session's week: no work per
//! session beyond a cursor step, and no allocation per day.

use std::cmp::{max, min};

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::habit_plan::weekday_mask;
pub use super::habit_plan::{validate_pause, validate_plan, DayRange, HabitPlan, RestPlan, DEFAULT_WEEKLY_GOAL, MAX_PAUSE_DAYS};
use super::habit_strength::StrengthTally;
use super::weekly_goal::{WeekTally, WeeklyGoalStatus};

/// The local days with at least one exercise session, sorted and without repeats. Several
/// sessions on one day make one active day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActiveDays(Vec<NaiveDate>);

impl ActiveDays {
    pub fn new(days: impl IntoIterator<Item = NaiveDate>) -> Self {
        let mut days: Vec<NaiveDate> = days.into_iter().collect();
        days.sort_unstable();
        days.dedup();
        Self(days)
    }

    pub fn as_slice(&self) -> &[NaiveDate] {
        &self.0
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.0.binary_search(&day).is_ok()
    }

    /// The first session on or before `today`. Sessions dated after today (possible after flying
    /// west) count once their day comes.
    pub fn first_up_to(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.0.first().copied().filter(|first| *first <= today)
    }
}

impl FromIterator<NaiveDate> for ActiveDays {
    fn from_iter<I: IntoIterator<Item = NaiveDate>>(days: I) -> Self {
        Self::new(days)
    }
}

/// A current and a longest streak, in active days.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Streak {
    pub current: u32,
    pub longest: u32,
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
    let mut run = StreakRun::default();
    let mut weeks = WeekTally::new(plan.weekly_goal, today);
    let mut strength = StrengthTally::new(plan.scheduled_days_per_week());
    for day in DayScan::new(active, plan, today, from, sunday_of(today)) {
        run.observe(&day);
        weeks.observe(&day);
        strength.observe(&day);
    }
    let streak = run.streak();
    Summary {
        current_streak: streak.current,
        longest_streak: streak.longest,
        weekly_goal: weeks.finish(),
        strength: strength.score(),
        calendar: calendar(active, plan, today, calendar_days),
    }
}

/// The current and longest streak as of `today` (see the module docs for the rules).
pub fn streak(active: &ActiveDays, plan: &HabitPlan, today: NaiveDate) -> Streak {
    let Some(first) = active.first_up_to(today) else {
        return Streak::default();
    };
    let mut run = StreakRun::default();
    for day in DayScan::new(active, plan, today, first, today) {
        run.observe(&day);
    }
    run.streak()
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
        if open_bridge.is_some() && run.since_miss > 0 && run.last_miss_week != Some(scanned.week) {
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

/// What one day is before any run of days is looked at. Shared with the weekly goal and the
/// habit strength so all three read the plan the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DayKind {
    Active,
    Rest,
    Paused,
    Missed,
    /// Today, nothing logged yet.
    Pending,
    /// After today; sessions dated then are not counted yet.
    Future,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct ScannedDay {
    pub day: NaiveDate,
    /// Counts Monday-to-Sunday weeks from the first scanned week.
    pub week: u32,
    pub kind: DayKind,
    /// Inside a pause, whatever else the day is.
    pub paused: bool,
}

/// Walks the days from the Monday of `from`'s week through `to`, classifying each in O(1):
/// the sessions and the pauses are followed with cursors, rest weekdays are a bit mask.
pub(super) struct DayScan<'a> {
    next: Option<NaiveDate>,
    to: NaiveDate,
    today: NaiveDate,
    /// Days since the Monday the first week starts on.
    offset: u32,
    active: &'a [NaiveDate],
    paused: Vec<DayRange>,
    pause_at: usize,
    rest_weekdays: u8,
    rest_per_week: u8,
    rest_taken: u8,
}

impl<'a> DayScan<'a> {
    pub(super) fn new(active: &'a ActiveDays, plan: &HabitPlan, today: NaiveDate, from: NaiveDate, to: NaiveDate) -> Self {
        let start = monday_of(from);
        let (rest_weekdays, rest_per_week) = match &plan.rest {
            RestPlan::Weekdays { weekdays } => (weekday_mask(weekdays), 0),
            RestPlan::PerWeek { days } => (0, *days),
        };
        let from_start = &active.as_slice()[active.as_slice().partition_point(|day| *day < start)..];
        Self {
            next: Some(start),
            to,
            today,
            offset: start.weekday().num_days_from_monday(),
            active: from_start,
            paused: merged_pauses(&plan.paused),
            pause_at: 0,
            rest_weekdays,
            rest_per_week,
            rest_taken: 0,
        }
    }
}

impl Iterator for DayScan<'_> {
    type Item = ScannedDay;

    fn next(&mut self) -> Option<ScannedDay> {
        let day = self.next.filter(|day| *day <= self.to)?;
        self.next = day.succ_opt();
        let weekday = self.offset % 7;
        let week = self.offset / 7;
        self.offset += 1;
        if weekday == 0 {
            self.rest_taken = 0;
        }
        while let Some((first, rest)) = self.active.split_first() {
            if *first >= day {
                break;
            }
            self.active = rest;
        }
        let active = self.active.first() == Some(&day);
        while self.paused.get(self.pause_at).is_some_and(|range| range.to < day) {
            self.pause_at += 1;
        }
        let paused = self.paused.get(self.pause_at).is_some_and(|range| range.from <= day);
        let kind = if day > self.today {
            DayKind::Future
        } else if active {
            DayKind::Active
        } else if paused {
            DayKind::Paused
        } else if self.rest_weekdays & (1 << weekday) != 0 {
            DayKind::Rest
        } else if day == self.today {
            DayKind::Pending
        } else if self.rest_taken < self.rest_per_week {
            self.rest_taken += 1;
            DayKind::Rest
        } else {
            DayKind::Missed
        };
        Some(ScannedDay { day, week, kind, paused })
    }
}

/// The streak rules applied one day at a time. `run` is the number of active days in the longest
/// valid stretch ending at the day just seen; a missed day only ever moves the stretch's start.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct StreakRun {
    run: u32,
    longest: u32,
    /// Active days since the latest missed day (or since the start).
    since_miss: u32,
    last_miss_week: Option<u32>,
}

/// What the streak rules made of a day.
pub(super) enum Seen {
    /// A missed day: `bridged` if a streak carries across it, `cuts_previous` if it ends the
    /// stretch that the previous missed day bridged.
    Miss {
        bridged: bool,
        cuts_previous: bool,
    },
    Other,
}

impl StreakRun {
    pub(super) fn observe(&mut self, day: &ScannedDay) -> Seen {
        match day.kind {
            DayKind::Active => {
                self.run += 1;
                self.since_miss += 1;
                self.longest = max(self.longest, self.run);
                Seen::Other
            }
            DayKind::Missed => {
                // Two misses with no session between, or two in one week: the stretch now has to
                // start after the previous miss.
                let cuts_previous = self.since_miss == 0 || self.last_miss_week == Some(day.week);
                if cuts_previous {
                    self.run = self.since_miss;
                }
                self.since_miss = 0;
                self.last_miss_week = Some(day.week);
                Seen::Miss { bridged: self.run > 0, cuts_previous }
            }
            DayKind::Rest | DayKind::Paused | DayKind::Pending | DayKind::Future => Seen::Other,
        }
    }

    pub(super) fn streak(&self) -> Streak {
        Streak { current: self.run, longest: self.longest }
    }
}

/// Sorted by start, overlapping and touching ranges joined, backwards ranges dropped.
fn merged_pauses(paused: &[DayRange]) -> Vec<DayRange> {
    let mut ranges: Vec<DayRange> = paused.iter().copied().filter(|range| range.from <= range.to).collect();
    ranges.sort_unstable_by_key(|range| range.from);
    let mut merged: Vec<DayRange> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.from <= last.to.succ_opt().unwrap_or(last.to) => last.to = max(last.to, range.to),
            _ => merged.push(range),
        }
    }
    merged
}

pub(super) fn monday_of(day: NaiveDate) -> NaiveDate {
    day.checked_sub_days(Days::new(u64::from(day.weekday().num_days_from_monday()))).unwrap_or(day)
}

pub(super) fn sunday_of(day: NaiveDate) -> NaiveDate {
    day.checked_add_days(Days::new(u64::from(6 - day.weekday().num_days_from_monday()))).unwrap_or(day)
}

#[cfg(test)]
#[path = "streak_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "streak_properties.rs"]
mod properties;
