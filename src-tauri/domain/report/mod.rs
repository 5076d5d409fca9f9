//! The figures of the surgeon's report, worked out from the diary for a range of local days.
//! Pure: the caller loads the rows and passes `today`; the PDF, the CLI's `summary` and the
//! Export screen's preview all read the same [`ReportSummary`].
//!
//! # Clinically important change
//! The change compares the average pain of the range's first two weeks (the baseline) with its
//! last two weeks. It is labelled clinically important when it is at least 2 points or at least
//! 30% of the baseline, in either direction (Ostelo et al., Spine 2008, for the 0-10 rating
//! scale). A range shorter than four weeks uses its first and last halves instead, and a range
//! with no entry in either window has no change at all rather than a made-up one.

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, NaiveDate};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::dates::DayRange;
use crate::domain::diary::history::group_by_day;
use crate::domain::diary::PainEntry;
use crate::domain::function_scale::summary::{summarize as summarize_function, FunctionSummary};
use crate::domain::function_scale::{FunctionActivity, FunctionRating};
use crate::domain::learn::red_flags::{Outcome, RedFlagCheck, RedFlagPositive};
use crate::domain::program::flare::Flare;
use crate::domain::program::habit_plan::HabitPlan;
use crate::domain::program::progress::day_scan::ActiveDays;
use crate::domain::program::session::ExerciseSession;
use crate::domain::program::suggestions::{FamilyLevel, LevelChange};
use crate::domain::vocabulary::{BodySite, LegRadiation, PainQuality};

/// Days in each comparison window of a long enough range.
pub const CHANGE_WINDOW_DAYS: u64 = 14;
/// The most weeks the weekly chart holds: the latest two years. The goal counts cover every week.
pub const CHART_WEEKS: usize = 104;
/// A change of at least this many points (0-10 scale) is clinically important.
pub const IMPORTANT_CHANGE_POINTS: f64 = 2.0;
/// A change of at least this share of the baseline is clinically important.
pub const IMPORTANT_CHANGE_PERCENT: f64 = 30.0;

/// Everything the report's first page shows, most important first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReportSummary {
    pub range: DayRange,
    /// Checks in the range with an urgent outcome, oldest first; empty when none was positive.
    pub red_flags: Vec<RedFlagReport>,
    /// How many red-flag checks were taken in the range, positive or not.
    pub red_flag_checks_taken: u32,
    pub pain: PainStats,
    /// Per-day average and high, oldest first; days without entries are left out.
    pub trend: Vec<TrendDay>,
    pub leg_symptoms: LegSymptoms,
    /// How many entries named each site, most often first.
    pub sites: Vec<Count>,
    pub worse: Vec<Count>,
    pub better: Vec<Count>,
    pub medications: Vec<MedicationUse>,
    pub sleep_and_function: SleepAndFunction,
    /// The weekly function check-in over the range (`domain::function_scale::summary`).
    pub function: FunctionSummary,
    pub program: ProgramReport,
    /// Entries the person marked for the surgeon, oldest first.
    pub surgeon_notes: Vec<SurgeonNote>,
}

/// One red-flag check whose outcome asked for urgent care.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RedFlagReport {
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub outcome: Outcome,
    pub positives: Vec<RedFlagPositive>,
}

/// Pain over the whole range.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PainStats {
    pub entries: u32,
    pub days_logged: u32,
    /// Mean of all entries, one decimal; `null` without entries.
    pub average: Option<f64>,
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
    pub change: Option<PainChange>,
}

/// The change from the first to the last window of the range (see the module docs).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PainChange {
    pub baseline: DayRange,
    pub latest: DayRange,
    pub baseline_average: f64,
    pub latest_average: f64,
    /// Latest minus baseline, one decimal: below zero means less pain.
    pub points: f64,
    /// The change as a whole percentage of the baseline; `null` when the baseline is 0.
    pub percent: Option<f64>,
    pub clinically_important: bool,
}

/// One day of the trend chart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct TrendDay {
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub average: f64,
    pub high: u8,
}

/// Days with signs that a nerve may be involved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LegSymptoms {
    /// Days with pain marked below a knee.
    pub days_below_knee: u32,
    /// Days with pain described as numb or tingling.
    pub days_numbness: u32,
    /// Days with pain running down a leg.
    pub days_leg_radiation: u32,
    /// Days with any of the three.
    pub days_any: u32,
}

/// How often a word (a wire name such as `buttock_left`) was chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Count {
    pub name: String,
    pub entries: u32,
}

/// One medication and how often it was taken with an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MedicationUse {
    pub name: String,
    pub entries: u32,
    pub days: u32,
}

/// Sleep and the effect of pain on daily life, each 0-10 and averaged over the answers given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SleepAndFunction {
    pub sleep_average: Option<f64>,
    pub sleep_answers: u32,
    pub interference_average: Option<f64>,
    pub interference_answers: u32,
}

/// A note the person flagged for the surgeon.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SurgeonNote {
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub intensity: u8,
    pub note: String,
}

/// The rows a report is built from. `entries`, `sessions` and `red_flag_checks` may reach
/// outside the range (they are filtered here); `active_days` should hold every active day up to
/// the range's end so that streaks see the history before it.
pub struct ReportInput<'a> {
    pub range: DayRange,
    pub entries: &'a [PainEntry],
    pub sessions: &'a [ExerciseSession],
    pub active_days: &'a ActiveDays,
    pub plan: &'a HabitPlan,
    pub levels: &'a [FamilyLevel],
    pub level_changes: &'a [LevelChange],
    pub red_flag_checks: &'a [RedFlagCheck],
    /// Medication names by id; an unknown id shows as "unknown medication" (in the language in force).
    pub medication_names: &'a HashMap<Uuid, String>,
    /// Exercise family names by id; an unknown family shows its id.
    pub family_names: &'a HashMap<String, String>,
    /// Every function check-in activity, and ratings that may reach outside the range.
    pub function_activities: &'a [FunctionActivity],
    pub function_ratings: &'a [FunctionRating],
    /// Every flare; the report keeps those that touch the range.
    pub flares: &'a [Flare],
}

/// Works out the whole summary for `input.range`.
pub fn summarize_report(input: &ReportInput<'_>) -> ReportSummary {
    let range = input.range;
    let entries: Vec<&PainEntry> = input.entries.iter().filter(|e| range.contains(e.details.day)).collect();
    let sessions: Vec<&ExerciseSession> = input.sessions.iter().filter(|s| range.contains(s.day)).collect();
    let checks: Vec<&RedFlagCheck> = input.red_flag_checks.iter().filter(|c| range.contains(c.day)).collect();
    let mut red_flags: Vec<RedFlagReport> = checks
        .iter()
        .filter(|c| c.outcome != Outcome::NoneFlagged)
        .map(|c| RedFlagReport { day: c.day, outcome: c.outcome, positives: c.positives.clone() })
        .collect();
    red_flags.sort_by_key(|r| r.day);
    let mut trend: Vec<TrendDay> = group_by_day(entries.iter().map(|e| (*e).clone()).collect())
        .into_iter()
        .map(|d| TrendDay { day: d.day, average: d.average, high: d.high })
        .collect();
    trend.reverse();
    let mut surgeon_notes: Vec<SurgeonNote> = entries
        .iter()
        .filter(|e| e.details.for_surgeon && !e.details.note.is_empty())
        .map(|e| SurgeonNote { day: e.details.day, intensity: e.details.intensity, note: e.details.note.clone() })
        .collect();
    surgeon_notes.sort_by_key(|n| n.day);
    ReportSummary {
        range,
        red_flags,
        red_flag_checks_taken: count(checks.len()),
        pain: pain_stats(&entries, range),
        trend,
        leg_symptoms: leg_symptoms(&entries),
        sites: tally(entries.iter().flat_map(|e| e.details.sites.iter().map(|s| s.wire_name()))),
        worse: tally(entries.iter().flat_map(|e| e.details.worse.iter().map(|w| w.wire_name()))),
        better: tally(entries.iter().flat_map(|e| e.details.better.iter().map(|b| b.wire_name()))),
        medications: medication_use(&entries, input.medication_names),
        sleep_and_function: sleep_and_function(&entries),
        function: summarize_function(range, input.function_activities, input.function_ratings),
        program: program_report(input, &sessions),
        surgeon_notes,
    }
}

fn pain_stats(entries: &[&PainEntry], range: DayRange) -> PainStats {
    let levels: Vec<u8> = entries.iter().map(|e| e.details.intensity).collect();
    let days: std::collections::BTreeSet<NaiveDate> = entries.iter().map(|e| e.details.day).collect();
    PainStats {
        entries: count(levels.len()),
        days_logged: count(days.len()),
        average: mean(levels.iter().copied()),
        lowest: levels.iter().copied().min(),
        highest: levels.iter().copied().max(),
        change: pain_change(entries, range),
    }
}

/// The change between the first and last windows, or `None` when either window has no entry.
pub fn pain_change(entries: &[&PainEntry], range: DayRange) -> Option<PainChange> {
    let days = u64::try_from(range.days()).ok()?;
    let window = CHANGE_WINDOW_DAYS.min(days / 2);
    if window == 0 {
        return None;
    }
    let baseline = DayRange { from: range.from, to: range.from.checked_add_days(Days::new(window - 1))? };
    let latest = DayRange { from: range.to.checked_sub_days(Days::new(window - 1))?, to: range.to };
    let average_in = |w: DayRange| mean(entries.iter().filter(|e| w.contains(e.details.day)).map(|e| e.details.intensity));
    let (baseline_average, latest_average) = (average_in(baseline)?, average_in(latest)?);
    Some(change_between(baseline, latest, baseline_average, latest_average))
}

/// Labels a change from `baseline_average` to `latest_average` by the Ostelo thresholds.
pub fn change_between(baseline: DayRange, latest: DayRange, baseline_average: f64, latest_average: f64) -> PainChange {
    let points = round_one(latest_average - baseline_average);
    let percent = (baseline_average > 0.0).then(|| ((latest_average - baseline_average) / baseline_average * 100.0).round());
    // Compared before rounding, so 1.96 points is not promoted to 2.
    let raw_points = (latest_average - baseline_average).abs();
    let raw_share = (baseline_average > 0.0).then(|| raw_points / baseline_average * 100.0);
    let clinically_important =
        raw_points >= IMPORTANT_CHANGE_POINTS - 1e-9 || raw_share.is_some_and(|share| share >= IMPORTANT_CHANGE_PERCENT - 1e-9);
    PainChange { baseline, latest, baseline_average, latest_average, points, percent, clinically_important }
}

fn leg_symptoms(entries: &[&PainEntry]) -> LegSymptoms {
    let mut by_day: BTreeMap<NaiveDate, (bool, bool, bool)> = BTreeMap::new();
    for entry in entries {
        let d = &entry.details;
        let flags = by_day.entry(d.day).or_default();
        flags.0 |= d.sites.iter().any(|s| BodySite::is_below_knee(*s));
        flags.1 |= d.qualities.iter().any(|q| matches!(q, PainQuality::Numb | PainQuality::Tingling));
        flags.2 |= matches!(d.leg_radiation, Some(LegRadiation::Left | LegRadiation::Right | LegRadiation::Both));
    }
    let days = |pick: fn(&(bool, bool, bool)) -> bool| count(by_day.values().filter(|f| pick(f)).count());
    LegSymptoms {
        days_below_knee: days(|f| f.0),
        days_numbness: days(|f| f.1),
        days_leg_radiation: days(|f| f.2),
        days_any: days(|f| f.0 || f.1 || f.2),
    }
}

/// Counts words, most often first, ties by name so the order is stable.
fn tally<'a>(words: impl Iterator<Item = &'a str>) -> Vec<Count> {
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for word in words {
        *counts.entry(word).or_default() += 1;
    }
    let mut list: Vec<Count> = counts.into_iter().map(|(name, entries)| Count { name: name.to_owned(), entries }).collect();
    list.sort_by(|a, b| b.entries.cmp(&a.entries).then_with(|| a.name.cmp(&b.name)));
    list
}

fn medication_use(entries: &[&PainEntry], names: &HashMap<Uuid, String>) -> Vec<MedicationUse> {
    let mut uses: BTreeMap<String, (u32, std::collections::BTreeSet<NaiveDate>)> = BTreeMap::new();
    for entry in entries {
        for dose in &entry.details.medications {
            let name = names.get(&dose.medication_id).cloned().unwrap_or_else(|| crate::t!("diary-unknown-medication"));
            let slot = uses.entry(name).or_default();
            slot.0 += 1;
            slot.1.insert(entry.details.day);
        }
    }
    let mut list: Vec<MedicationUse> =
        uses.into_iter().map(|(name, (entries, days))| MedicationUse { name, entries, days: count(days.len()) }).collect();
    list.sort_by(|a, b| b.entries.cmp(&a.entries).then_with(|| a.name.cmp(&b.name)));
    list
}

fn sleep_and_function(entries: &[&PainEntry]) -> SleepAndFunction {
    let sleep: Vec<u8> = entries.iter().filter_map(|e| e.details.sleep_quality).collect();
    let interference: Vec<u8> = entries.iter().filter_map(|e| e.details.interference).collect();
    SleepAndFunction {
        sleep_average: mean(sleep.iter().copied()),
        sleep_answers: count(sleep.len()),
        interference_average: mean(interference.iter().copied()),
        interference_answers: count(interference.len()),
    }
}

fn mean(values: impl Iterator<Item = u8>) -> Option<f64> {
    let (total, n) = values.fold((0u64, 0u64), |(t, n), v| (t + u64::from(v), n + 1));
    (n > 0).then(|| round_one(total as f64 / n as f64))
}

/// A figure as the report and Insights show it: one decimal.
pub(crate) fn round_one(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// A count as the report's and Insights' numbers hold it.
pub(crate) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

mod program;
use program::program_report;
pub use program::{LevelReport, ProgramReport, WeekReport};

#[cfg(test)]
mod tests;
