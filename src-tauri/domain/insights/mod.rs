//! What the diary says back to the person who keeps it: is my pain getting better, what goes
//! with better and worse days, is the program helping. Pure: the caller loads the rows for a
//! range and passes them in; the Insights screen, `backtrack summary --json` and the report read
//! the same [`Insights`], so no face can disagree with another.
//!
//! # Days, not entries
//! Every figure is worked out over local days, each fixed when its entries were logged (see
//! [`crate::domain::diary::history::group_by_day`]): a day's pain is the mean of its entries,
//! so a day logged four times weighs the same as a day logged once. A day without an entry is
//! missing, never 0.
//!
//! # One rule for change
//! The change between the range's first and last two weeks is [`report::pain_change`], the same
//! function and the same clinically-important thresholds as the surgeon's report.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::dates::DayRange;
use crate::domain::diary::PainEntry;
use crate::domain::function_scale::summary::{summarize as summarize_function, FunctionSummary};
use crate::domain::function_scale::{FunctionActivity, FunctionRating};
use crate::domain::program::habit_plan::HabitPlan;
use crate::domain::program::session::ExerciseSession;
use crate::domain::program::suggestions::LevelChange;
use crate::domain::report;

mod exercise;
mod factors;
mod pain;
mod sleep;
mod week;

pub use exercise::{ExerciseAndPain, NextDayPain, SessionWeek};
pub use factors::{welch_interval, FactorAssociation, FactorGroup, Interval, MIN_DAYS_EACH_SIDE};
pub use pain::{ChartMark, InsightDay, PainOverTime, ROLLING_DAYS, ROLLING_MIN_DAYS};
pub use sleep::{SleepAndNextDay, SleepBand, SleepBandPain, WeekInterference};
pub use week::{week_against_week, WeekAgainstWeek};

/// Everything the Insights screen shows for one range, most important first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Insights {
    pub range: DayRange,
    /// Calendar days in the range.
    pub days_in_range: u32,
    /// Days in the range with at least one entry.
    pub days_logged: u32,
    pub entries: u32,
    pub pain: PainOverTime,
    pub exercise: ExerciseAndPain,
    /// Factors with at least [`MIN_DAYS_EACH_SIDE`] days with and without them, largest
    /// difference first.
    pub factors: Vec<FactorAssociation>,
    /// Factors seen in the range but on too few days (or on too many) to compare.
    pub factors_too_few_days: u32,
    pub sleep: SleepAndNextDay,
    /// The weekly check-in's activities over the range and their mean (the PSFS format).
    pub function: FunctionSummary,
}

/// The rows insights are worked out from. Rows outside `range` are left out here, so a caller
/// may pass more than the range.
pub struct InsightsInput<'a> {
    pub range: DayRange,
    pub entries: &'a [PainEntry],
    pub sessions: &'a [ExerciseSession],
    pub plan: &'a HabitPlan,
    pub level_changes: &'a [LevelChange],
    /// Medication names by id; an unknown id shows as "unknown medication".
    pub medication_names: &'a HashMap<Uuid, String>,
    /// Exercise family names by id; an unknown family shows its id.
    pub family_names: &'a HashMap<String, String>,
    /// Every check-in activity, active or retired.
    pub function_activities: &'a [FunctionActivity],
    /// Check-in ratings; those outside the range are left out.
    pub function_ratings: &'a [FunctionRating],
}

/// Works out every figure of the Insights screen for `input.range`.
pub fn insights(input: &InsightsInput<'_>) -> Insights {
    let range = input.range;
    let entries: Vec<&PainEntry> = input.entries.iter().filter(|e| range.contains(e.details.day)).collect();
    let sessions: Vec<&ExerciseSession> = input.sessions.iter().filter(|s| range.contains(s.day)).collect();
    let days = DayPain::by_day(&entries);
    let (factors, factors_too_few_days) = factors::associations(&days, input.medication_names);
    Insights {
        range,
        days_in_range: count(usize::try_from(range.days()).unwrap_or(0)),
        days_logged: count(days.len()),
        entries: count(entries.len()),
        pain: pain::pain_over_time(&days, report::pain_change(&entries, range), input),
        exercise: exercise::exercise_and_pain(&days, &sessions, range),
        factors,
        factors_too_few_days,
        sleep: sleep::sleep_and_next_day(&days),
        function: summarize_function(range, input.function_activities, input.function_ratings),
    }
}

/// One logged day: its entries' pain and everything they named, merged.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DayPain<'a> {
    pub day: NaiveDate,
    /// The exact mean of the day's entries (rounded only for display).
    pub mean: f64,
    pub high: u8,
    pub entries: Vec<&'a PainEntry>,
    /// The mean of the day's sleep answers, when any entry gave one.
    pub sleep: Option<f64>,
    /// The mean of the day's answers on how much pain got in the way.
    pub interference: Option<f64>,
}

impl<'a> DayPain<'a> {
    /// Logged days, oldest first.
    pub fn by_day(entries: &[&'a PainEntry]) -> Vec<DayPain<'a>> {
        let mut days: BTreeMap<NaiveDate, Vec<&'a PainEntry>> = BTreeMap::new();
        for entry in entries {
            days.entry(entry.details.day).or_default().push(entry);
        }
        days.into_iter()
            .map(|(day, entries)| DayPain {
                day,
                mean: exact_mean(entries.iter().map(|e| f64::from(e.details.intensity))).unwrap_or(0.0),
                high: entries.iter().map(|e| e.details.intensity).max().unwrap_or(0),
                sleep: exact_mean(entries.iter().filter_map(|e| e.details.sleep_quality).map(f64::from)),
                interference: exact_mean(entries.iter().filter_map(|e| e.details.interference).map(f64::from)),
                entries,
            })
            .collect()
    }
}

/// The mean of `values`, or `None` when there are none.
pub(crate) fn exact_mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (total, n) = values.fold((0.0, 0u32), |(t, n), v| (t + v, n + 1));
    (n > 0).then(|| total / f64::from(n))
}

pub(crate) use crate::domain::report::{count, round_one};

#[cfg(test)]
mod tests;

#[cfg(test)]
mod properties;
