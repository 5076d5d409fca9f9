//! Sleep and the day after it, and how much pain got in the way of daily life over time.
//!
//! The diary asks "How well did you sleep last night?" (0 very badly to 10 very well) with a
//! day's entry, so the answer on a day is about the night before it, and that day's pain is the
//! pain of the day after the night.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::{count, exact_mean, round_one, DayPain};
use crate::domain::dates::monday_of;

/// A night's sleep in three bands of the 0-10 answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum SleepBand {
    /// 0 to 3.
    Poor,
    /// 4 to 6.
    Fair,
    /// 7 to 10.
    Good,
}

impl SleepBand {
    pub const ALL: [SleepBand; 3] = [SleepBand::Poor, SleepBand::Fair, SleepBand::Good];

    /// The band of a night, from the mean of the day's answers. A mean between two bands
    /// (3.5, 6.5) goes to the lower one: 3.5 is poor, 6.5 fair, 7 good.
    pub fn of(answer: f64) -> SleepBand {
        if answer < 4.0 {
            SleepBand::Poor
        } else if answer < 7.0 {
            SleepBand::Fair
        } else {
            SleepBand::Good
        }
    }

    pub fn wire_name(self) -> &'static str {
        match self {
            SleepBand::Poor => "poor",
            SleepBand::Fair => "fair",
            SleepBand::Good => "good",
        }
    }
}

/// Sleep against the next day's pain, and pain's weight on daily life.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SleepAndNextDay {
    /// Poor, fair and good, always in that order.
    pub bands: Vec<SleepBandPain>,
    /// Weeks with an answer on how much pain got in the way, oldest first.
    pub interference: Vec<WeekInterference>,
}

/// The days after nights in one band.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SleepBandPain {
    pub band: SleepBand,
    pub days: u32,
    /// Average pain of those days, one decimal; `null` without any.
    pub average: Option<f64>,
}

/// One week's average answer to "how much did pain get in the way today?" (0-10).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WeekInterference {
    #[ts(type = "string")]
    pub monday: NaiveDate,
    /// The mean of the answered days' means, one decimal.
    pub average: f64,
    pub days: u32,
}

pub(super) fn sleep_and_next_day(days: &[DayPain<'_>]) -> SleepAndNextDay {
    let bands = SleepBand::ALL
        .iter()
        .map(|&band| {
            let pain: Vec<f64> = days.iter().filter(|d| d.sleep.map(SleepBand::of) == Some(band)).map(|d| d.mean).collect();
            SleepBandPain { band, days: count(pain.len()), average: exact_mean(pain.iter().copied()).map(round_one) }
        })
        .collect();
    let mut weeks: BTreeMap<NaiveDate, Vec<f64>> = BTreeMap::new();
    for day in days {
        if let Some(answer) = day.interference {
            weeks.entry(monday_of(day.day)).or_default().push(answer);
        }
    }
    let interference = weeks
        .into_iter()
        .filter_map(|(monday, answers)| {
            let average = exact_mean(answers.iter().copied())?;
            Some(WeekInterference { monday, average: round_one(average), days: count(answers.len()) })
        })
        .collect();
    SleepAndNextDay { bands, interference }
}
