//! The one walk over the days that the streak, the calendar, the weekly goal and the habit
//! strength all read, so the four agree on what each day was: active, rest, paused, missed,
//! still open, or not yet come.

use std::cmp::max;

use chrono::{Datelike, NaiveDate};

use crate::domain::dates::{monday_of, DayRange};
use crate::domain::program::habit_plan::{weekday_mask, HabitPlan, RestPlan};

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

/// What one day is before any run of days is looked at. Shared with the weekly goal and the
/// habit strength so all three read the plan the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::domain::program::progress) enum DayKind {
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
pub(in crate::domain::program::progress) struct ScannedDay {
    pub day: NaiveDate,
    /// Counts Monday-to-Sunday weeks from the first scanned week.
    pub week: u32,
    pub kind: DayKind,
    /// Inside a pause, whatever else the day is.
    pub paused: bool,
}

/// Walks the days from the Monday of `from`'s week through `to`, classifying each in O(1):
/// the sessions and the pauses are followed with cursors, rest weekdays are a bit mask.
pub(in crate::domain::program::progress) struct DayScan<'a> {
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
    pub(in crate::domain::program::progress) fn new(
        active: &'a ActiveDays,
        plan: &HabitPlan,
        today: NaiveDate,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Self {
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
