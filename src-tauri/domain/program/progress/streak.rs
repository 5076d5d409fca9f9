//! Streaks as values: each streak holds its own range of days and its length, found by one pure
//! scan over the days (the rules are in the module docs of `progress`). The calendar asks the
//! streaks which missed days they carry; the screens print the lengths.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::day_scan::{ActiveDays, DayKind, DayScan, ScannedDay};
use crate::domain::program::habit_plan::HabitPlan;

/// One streak: a stretch of days the rules keep together (like Loop Habit Tracker's
/// `Streak(start, end)`). It starts on its first active day and ends on its last one; the streak
/// still going ends today if today is active, or yesterday while today is open, so a missed
/// yesterday it carries lies inside it. Rest, paused and carried missed days inside the range
/// are neutral: `length` counts active days only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Streak {
    #[ts(type = "string")]
    pub start: NaiveDate,
    #[ts(type = "string")]
    pub end: NaiveDate,
    /// Active days in the range.
    pub length: u32,
}

impl Streak {
    /// True for every day of the range, both ends included.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    /// True when the streak carries across `day`: the day lies after the streak's first active
    /// day and no later than its end. Only a missed day needs carrying.
    pub fn carries(&self, day: NaiveDate) -> bool {
        self.start < day && day <= self.end
    }
}

/// The lengths of the current and the longest streak, in active days: what the screens, the
/// report and the reminder words print.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StreakLengths {
    pub current: u32,
    pub longest: u32,
}

/// Every streak up to a day, in the order they started. Streaks may overlap: when a second miss in
/// one week ends a streak, the next one starts right after the first miss, inside the one that
/// ended.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StreakHistory {
    /// Streaks the rules ended, oldest first.
    pub finished: Vec<Streak>,
    /// The streak still going, if any.
    pub current: Option<Streak>,
}

impl StreakHistory {
    /// The longest streak ever; of equally long ones, the latest.
    pub fn longest(&self) -> Option<Streak> {
        self.all().max_by_key(|streak| streak.length)
    }

    pub fn lengths(&self) -> StreakLengths {
        StreakLengths { current: self.current.map_or(0, |streak| streak.length), longest: self.longest().map_or(0, |streak| streak.length) }
    }

    /// Every streak, oldest first, the current one last.
    pub fn all(&self) -> impl Iterator<Item = Streak> + '_ {
        self.finished.iter().copied().chain(self.current)
    }

    /// True when some streak carries across `day` (see [`Streak::carries`]). Starts and ends never
    /// go down from one streak to the next (a streak that starts inside another one took over
    /// its last active day), so of the streaks that start before `day`, the last one reaches
    /// furthest.
    pub fn carries(&self, day: NaiveDate) -> bool {
        let started = self.finished.partition_point(|streak| streak.start < day);
        self.current.is_some_and(|streak| streak.carries(day))
            || started.checked_sub(1).and_then(|last| self.finished.get(last)).is_some_and(|streak| streak.carries(day))
    }
}

/// Every streak as of `today` (see the module docs for the rules).
pub fn streak_history(active: &ActiveDays, plan: &HabitPlan, today: NaiveDate) -> StreakHistory {
    let Some(first) = active.first_up_to(today) else {
        return StreakHistory::default();
    };
    let mut scan = StreakScan::default();
    for day in DayScan::new(active, plan, today, first, today) {
        scan.observe(&day);
    }
    scan.finish(today)
}

/// The current and longest streak lengths as of `today`.
pub fn streak(active: &ActiveDays, plan: &HabitPlan, today: NaiveDate) -> StreakLengths {
    streak_history(active, plan, today).lengths()
}

/// The streak rules applied one day at a time. `open` is the longest valid stretch ending at the
/// day just seen; a missed day only ever moves its start, and when it does, the stretch before
/// the move is a finished streak.
#[derive(Debug, Clone, Default)]
pub(in crate::domain::program::progress) struct StreakScan {
    open: Option<Stretch>,
    /// Active days since the latest missed day (or since the start): the first and how many.
    since_miss: Option<(NaiveDate, u32)>,
    last_miss_week: Option<u32>,
    finished: Vec<Streak>,
}

#[derive(Debug, Clone, Copy)]
struct Stretch {
    start: NaiveDate,
    last_active: NaiveDate,
    length: u32,
}

impl StreakScan {
    pub(in crate::domain::program::progress) fn observe(&mut self, day: &ScannedDay) {
        match day.kind {
            DayKind::Active => {
                let open = self.open.get_or_insert(Stretch { start: day.day, last_active: day.day, length: 0 });
                open.length += 1;
                open.last_active = day.day;
                self.since_miss = Some(self.since_miss.map_or((day.day, 1), |(first, count)| (first, count + 1)));
            }
            DayKind::Missed => {
                // Two misses with no session between, or two in one week: the stretch now has to
                // start after the previous miss.
                if self.since_miss.is_none() || self.last_miss_week == Some(day.week) {
                    self.move_start_past_previous_miss();
                }
                self.since_miss = None;
                self.last_miss_week = Some(day.week);
            }
            DayKind::Rest | DayKind::Paused | DayKind::Pending | DayKind::Future => {}
        }
    }

    /// The open stretch loses everything up to the previous miss. If that was more than its
    /// active days since the miss, what it held until now is a finished streak.
    fn move_start_past_previous_miss(&mut self) {
        let Some(open) = self.open else { return };
        let kept = self.since_miss.map_or(0, |(_, count)| count);
        if kept == open.length {
            return;
        }
        self.finished.push(Streak { start: open.start, end: open.last_active, length: open.length });
        self.open = self.since_miss.map(|(first, count)| Stretch { start: first, last_active: open.last_active, length: count });
    }

    /// The streaks once the scan has reached `today`.
    pub(in crate::domain::program::progress) fn finish(self, today: NaiveDate) -> StreakHistory {
        let current = self.open.map(|open| {
            // Days after today are never active, so an open stretch that did not end today ends
            // yesterday: today is still open and breaks nothing.
            let end = if open.last_active == today { today } else { today.pred_opt().unwrap_or(today) };
            Streak { start: open.start, end, length: open.length }
        });
        StreakHistory { finished: self.finished, current }
    }
}
