//! What goes with better and worse days: for each thing an entry can name, the average pain of
//! the days that named it against the days that did not.
//!
//! # The rules
//! - A day "has" a factor when any of its entries named it; every logged day in the range is on
//!   exactly one side, so the two day counts always add up to the logged days.
//! - A factor is compared only with at least [`MIN_DAYS_EACH_SIDE`] days on each side (the rule
//!   Bearable uses); with fewer, one odd day could make the whole difference.
//! - The difference is "with" minus "without": above zero, the days with it hurt more. Its 95%
//!   interval is Welch's (no assumption that both sides vary alike), and a difference is called
//!   noteworthy only when that interval leaves out zero.
//! - This is association, never cause: a painful day may be the reason a person took a pill or
//!   rested, rather than the other way round. The screen says so beside every result.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;
use statrs::distribution::{ContinuousCDF, StudentsT};
use ts_rs::TS;
use uuid::Uuid;

use super::sleep::SleepBand;
use super::{count, exact_mean, round_one, DayPain};

/// Days needed on each side before a factor is compared.
pub const MIN_DAYS_EACH_SIDE: usize = 3;
/// The confidence of the interval around each difference.
const CONFIDENCE: f64 = 0.95;

/// What kind of thing a factor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum FactorGroup {
    /// Something that made the pain worse (a `WorseFactor` wire name).
    Worse,
    /// Something that helped (a `BetterFactor` wire name).
    Better,
    /// How the pain felt (a `PainQuality` wire name).
    Quality,
    /// Where it hurt (a `BodySite` wire name).
    Site,
    /// A medication taken that day (its name).
    Medication,
    /// Last night's sleep (a [`SleepBand`] wire name).
    Sleep,
}

/// One factor compared.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FactorAssociation {
    pub group: FactorGroup,
    /// The wire name of the word chosen, or the medication's name.
    pub name: String,
    pub with_days: u32,
    pub without_days: u32,
    /// Average pain of the days with it, one decimal.
    pub with_average: f64,
    pub without_average: f64,
    /// With minus without, one decimal: above zero, days with it hurt more.
    pub difference: f64,
    /// The 95% interval of the difference, one decimal.
    pub interval: Interval,
    /// The interval leaves out zero.
    pub noteworthy: bool,
}

/// A confidence interval of a difference.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Interval {
    /// Both ends on one side of zero.
    pub fn leaves_out_zero(self) -> bool {
        self.low > 0.0 || self.high < 0.0
    }

    /// Rounded outwards to one decimal, so the interval shown never claims more than the
    /// exact one: -0.61 to -0.04 shows as -0.7 to 0.0, which no longer leaves out zero.
    pub fn widened_to_one_decimal(self) -> Interval {
        Interval { low: (self.low * 10.0).floor() / 10.0, high: (self.high * 10.0).ceil() / 10.0 }
    }

    /// The same interval with any -0.0 written as 0.0.
    fn clean(self) -> Interval {
        Interval { low: self.low + 0.0, high: self.high + 0.0 }
    }
}

/// A factor as the days are sorted by it: its group and its name.
type FactorKey = (FactorGroup, String);

/// The factors compared (largest difference first) and how many were seen on too few days.
pub(super) fn associations(days: &[DayPain<'_>], medication_names: &HashMap<Uuid, String>) -> (Vec<FactorAssociation>, u32) {
    let day_factors: Vec<BTreeSet<FactorKey>> = days.iter().map(|d| factors_of(d, medication_names)).collect();
    let mut seen: BTreeMap<&FactorKey, Vec<usize>> = BTreeMap::new();
    for (index, factors) in day_factors.iter().enumerate() {
        for key in factors {
            seen.entry(key).or_default().push(index);
        }
    }
    let mut compared = Vec::new();
    let mut too_few = 0usize;
    for (key, with_indexes) in seen {
        let with: Vec<f64> = with_indexes.iter().map(|&i| days[i].mean).collect();
        let without: Vec<f64> = (0..days.len()).filter(|i| with_indexes.binary_search(i).is_err()).map(|i| days[i].mean).collect();
        match compare(key, &with, &without) {
            Some(association) => compared.push(association),
            None => too_few += 1,
        }
    }
    compared.sort_by(|a, b| b.difference.abs().total_cmp(&a.difference.abs()).then_with(|| a.group.cmp(&b.group)).then_with(|| a.name.cmp(&b.name)));
    (compared, count(too_few))
}

/// Everything one day named, as factor keys.
fn factors_of(day: &DayPain<'_>, medication_names: &HashMap<Uuid, String>) -> BTreeSet<FactorKey> {
    let mut keys = BTreeSet::new();
    for entry in &day.entries {
        let d = &entry.details;
        keys.extend(d.worse.iter().map(|w| (FactorGroup::Worse, w.wire_name().to_owned())));
        keys.extend(d.better.iter().map(|b| (FactorGroup::Better, b.wire_name().to_owned())));
        keys.extend(d.qualities.iter().map(|q| (FactorGroup::Quality, q.wire_name().to_owned())));
        keys.extend(d.sites.iter().map(|s| (FactorGroup::Site, s.wire_name().to_owned())));
        keys.extend(d.medications.iter().map(|dose| {
            let name = medication_names.get(&dose.medication_id).cloned().unwrap_or_else(|| crate::t!("diary-unknown-medication"));
            (FactorGroup::Medication, name)
        }));
    }
    if let Some(band) = day.sleep.map(SleepBand::of) {
        keys.insert((FactorGroup::Sleep, band.wire_name().to_owned()));
    }
    keys
}

fn compare(key: &FactorKey, with: &[f64], without: &[f64]) -> Option<FactorAssociation> {
    if with.len() < MIN_DAYS_EACH_SIDE || without.len() < MIN_DAYS_EACH_SIDE {
        return None;
    }
    let shown = welch_interval(with, without)?.widened_to_one_decimal();
    let (with_average, without_average) = (exact_mean(with.iter().copied())?, exact_mean(without.iter().copied())?);
    Some(FactorAssociation {
        group: key.0,
        name: key.1.clone(),
        with_days: count(with.len()),
        without_days: count(without.len()),
        with_average: round_one(with_average),
        without_average: round_one(without_average),
        difference: round_one(with_average - without_average),
        interval: shown.clean(),
        noteworthy: shown.leaves_out_zero(),
    })
}

/// Welch's 95% interval for the mean of `a` minus the mean of `b`, unrounded; `None` when a
/// side has fewer than two values (no spread can be measured).
///
/// With s² each side's sample variance and n its size, the standard error is
/// `se = sqrt(s²a/na + s²b/nb)`, the degrees of freedom are Welch-Satterthwaite's
/// `(s²a/na + s²b/nb)² / ((s²a/na)²/(na-1) + (s²b/nb)²/(nb-1))`, and the interval is the
/// difference ± t(0.975, df) × se.
///
/// Worked example: a = 6, 7, 8 and b = 3, 4, 5. Both means are 1 apart from their values'
/// ends, so s² = 1 each side; the difference is 7 - 4 = 3, se = sqrt(1/3 + 1/3) = 0.8165,
/// df = (2/3)² / ((1/3)²/2 + (1/3)²/2) = 4, t(0.975, 4) = 2.7764, so the interval is
/// 3 ± 2.267: 0.733 to 5.267. It leaves out zero.
///
/// When neither side varies at all the interval is the difference itself.
pub fn welch_interval(a: &[f64], b: &[f64]) -> Option<Interval> {
    if a.len() < 2 || b.len() < 2 {
        return None;
    }
    let (mean_a, var_a) = mean_and_variance(a);
    let (mean_b, var_b) = mean_and_variance(b);
    let difference = mean_a - mean_b;
    let (share_a, share_b) = (var_a / a.len() as f64, var_b / b.len() as f64);
    let se = (share_a + share_b).sqrt();
    if se == 0.0 {
        return Some(Interval { low: difference, high: difference });
    }
    let df = (share_a + share_b).powi(2) / (share_a.powi(2) / (a.len() - 1) as f64 + share_b.powi(2) / (b.len() - 1) as f64);
    let t = StudentsT::new(0.0, 1.0, df).ok()?.inverse_cdf(1.0 - (1.0 - CONFIDENCE) / 2.0);
    Some(Interval { low: difference - t * se, high: difference + t * se })
}

/// The mean and the sample variance (n - 1 below the line) of at least two values.
fn mean_and_variance(values: &[f64]) -> (f64, f64) {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (mean, variance)
}
