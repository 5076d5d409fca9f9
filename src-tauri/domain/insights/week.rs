//! Today's one line: this week's average pain against last week's.

use chrono::{Days, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::{count, exact_mean, round_one, DayPain};
use crate::domain::dates::{monday_of, DayRange};
use crate::domain::diary::PainEntry;

/// This week so far (Monday to today) against the whole of last week, by logged days.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WeekAgainstWeek {
    pub this_week: DayRange,
    pub this_week_days: u32,
    /// The mean of this week's logged days, one decimal; `null` when none is logged yet.
    pub this_week_average: Option<f64>,
    pub last_week: DayRange,
    pub last_week_days: u32,
    pub last_week_average: Option<f64>,
}

/// Compares the week of `today` with the week before. `entries` may reach outside both weeks.
///
/// Worked example: today is Wednesday 2026-03-11. This week is Monday the 9th to the 11th, last
/// week the 2nd to the 8th. Days at 4 and 6 this week and 5, 7, 6 last week give 5.0 against 6.0.
pub fn week_against_week(entries: &[PainEntry], today: NaiveDate) -> WeekAgainstWeek {
    let this_monday = monday_of(today);
    let this_week = DayRange { from: this_monday, to: today };
    let last_week = DayRange {
        from: this_monday.checked_sub_days(Days::new(7)).unwrap_or(this_monday),
        to: this_monday.checked_sub_days(Days::new(1)).unwrap_or(this_monday),
    };
    let mean_of = |range: DayRange| {
        let inside: Vec<&PainEntry> = entries.iter().filter(|e| range.contains(e.details.day)).collect();
        let days = DayPain::by_day(&inside);
        (count(days.len()), exact_mean(days.iter().map(|d| d.mean)).map(round_one))
    };
    let (this_week_days, this_week_average) = mean_of(this_week);
    let (last_week_days, last_week_average) = mean_of(last_week);
    WeekAgainstWeek { this_week, this_week_days, this_week_average, last_week, last_week_days, last_week_average }
}
