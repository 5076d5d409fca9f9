//! The day streak: the current and the longest stretch of active days, by the rules in the
//! module docs of `progress`.

use std::cmp::max;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::day_scan::{ActiveDays, DayKind, DayScan, ScannedDay};
use crate::domain::program::habit_plan::HabitPlan;

/// A current and a longest streak, in active days.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Streak {
    pub current: u32,
    pub longest: u32,
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

/// The streak rules applied one day at a time. `run` is the number of active days in the longest
/// valid stretch ending at the day just seen; a missed day only ever moves the stretch's start.
#[derive(Debug, Clone, Copy, Default)]
pub(in crate::domain::program::progress) struct StreakRun {
    run: u32,
    longest: u32,
    /// Active days since the latest missed day (or since the start).
    since_miss: u32,
    last_miss_week: Option<u32>,
}

/// What the streak rules made of a day.
pub(in crate::domain::program::progress) enum Seen {
    /// A missed day: `bridged` if a streak carries across it, `cuts_previous` if it ends the
    /// stretch that the previous missed day bridged.
    Miss {
        bridged: bool,
        cuts_previous: bool,
    },
    Other,
}

impl StreakRun {
    pub(in crate::domain::program::progress) fn observe(&mut self, day: &ScannedDay) -> Seen {
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

    /// True once the latest miss can no longer be cut off: a session has followed it and the
    /// scan has left the week it fell in.
    pub(in crate::domain::program::progress) fn last_miss_settled(&self, week: u32) -> bool {
        self.since_miss > 0 && self.last_miss_week != Some(week)
    }

    pub(in crate::domain::program::progress) fn streak(&self) -> Streak {
        Streak { current: self.run, longest: self.longest }
    }
}
