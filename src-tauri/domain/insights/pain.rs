//! Pain over time: each logged day's average and high, a rolling average that smooths the
//! day-to-day noise, the change over the range, and the program's level changes and pauses to
//! mark on the chart.

use chrono::{Days, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::{exact_mean, round_one, DayPain, InsightsInput};
use crate::domain::dates::DayRange;
use crate::domain::program::suggestions::{Decision, Direction};
use crate::domain::report::PainChange;

/// The rolling average looks back over this many calendar days, the day itself included.
pub const ROLLING_DAYS: u64 = 7;
/// A rolling average needs at least this many logged days in its window; with fewer it is
/// left out rather than drawn from one or two days.
pub const ROLLING_MIN_DAYS: usize = 3;

/// Pain over the range, for the chart and the sentence above it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PainOverTime {
    /// Logged days, oldest first; days without entries are left out.
    pub days: Vec<InsightDay>,
    /// The mean of the logged days' averages, one decimal; `null` without entries.
    pub average: Option<f64>,
    /// The range's first two weeks against its last two, by the report's rule.
    pub change: Option<PainChange>,
    /// Level changes taken in the range (suggestions accepted, or chosen by the person), oldest first.
    pub marks: Vec<ChartMark>,
    /// Paused stretches of the habit plan, cut to the range, oldest first.
    pub paused: Vec<DayRange>,
}

/// One logged day on the chart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct InsightDay {
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// The mean of the day's entries, one decimal.
    pub average: f64,
    pub high: u8,
    /// The mean of the daily averages over the [`ROLLING_DAYS`] days ending here, when at
    /// least [`ROLLING_MIN_DAYS`] of them were logged; one decimal.
    pub rolling: Option<f64>,
}

/// A level change to mark on the chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ChartMark {
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub direction: Direction,
    pub family_name: String,
}

pub(super) fn pain_over_time(days: &[DayPain<'_>], change: Option<PainChange>, input: &InsightsInput<'_>) -> PainOverTime {
    let rolling = rolling_averages(days);
    let range = input.range;
    let mut marks: Vec<ChartMark> = input
        .level_changes
        .iter()
        .filter(|c| range.contains(c.day) && c.decided == Decision::Accepted)
        .map(|c| ChartMark {
            day: c.day,
            direction: c.direction,
            family_name: input.family_names.get(&c.family_id).cloned().unwrap_or_else(|| c.family_id.clone()),
        })
        .collect();
    marks.sort_by(|a, b| a.day.cmp(&b.day).then_with(|| a.family_name.cmp(&b.family_name)));
    PainOverTime {
        days: days
            .iter()
            .zip(rolling)
            .map(|(d, rolling)| InsightDay { day: d.day, average: round_one(d.mean), high: d.high, rolling: rolling.map(round_one) })
            .collect(),
        average: exact_mean(days.iter().map(|d| d.mean)).map(round_one),
        change,
        marks,
        paused: paused_in(&input.plan.paused, range),
    }
}

/// For each logged day, the mean of the logged days' means in the [`ROLLING_DAYS`] calendar
/// days ending on it, or `None` with fewer than [`ROLLING_MIN_DAYS`] logged days there.
///
/// Worked example: days 1, 2, 3 and 9 of a month at 6, 3, 3 and 8. Day 3's window (days
/// 1-7 back from the 3rd, so the 1st to the 3rd) holds 6, 3, 3: a rolling average of 4.
/// Day 9's window (the 3rd to the 9th) holds 3 and 8, two days: no rolling average.
pub fn rolling_averages(days: &[DayPain<'_>]) -> Vec<Option<f64>> {
    let mut out = Vec::with_capacity(days.len());
    let (mut start, mut total) = (0usize, 0.0);
    for (end, day) in days.iter().enumerate() {
        total += day.mean;
        let window_start = day.day.checked_sub_days(Days::new(ROLLING_DAYS - 1)).unwrap_or(NaiveDate::MIN);
        while days[start].day < window_start {
            total -= days[start].mean;
            start += 1;
        }
        let n = end + 1 - start;
        out.push((n >= ROLLING_MIN_DAYS).then(|| total / n as f64));
    }
    out
}

/// The pauses that touch `range`, cut to it, oldest first.
fn paused_in(paused: &[DayRange], range: DayRange) -> Vec<DayRange> {
    let mut cut: Vec<DayRange> = paused
        .iter()
        .filter(|p| p.from <= range.to && p.to >= range.from)
        .map(|p| DayRange { from: p.from.max(range.from), to: p.to.min(range.to) })
        .collect();
    cut.sort_by_key(|p| (p.from, p.to));
    cut
}
