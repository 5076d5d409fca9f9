//! The pain-guided program: when to suggest an easier version of an exercise, and when the
//! next harder one. The person always decides; these rules only suggest, with the reason shown.
//!
//! Grounded in the pain-monitoring model used in rehab (Silbernagel et al., 2007): pain during
//! exercise up to 5/10 is acceptable if it settles by the next morning; a rise that lasts into
//! the next day means the load was too high. A change of 2 points on the 0-10 scale is the
//! smallest that matters clinically (Ostelo et al., Spine 2008).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::program::exercise::{ExerciseFamily, Level};

/// A rise of this many points (or more) counts as a flare.
pub const FLARE_RISE: u8 = 2;
/// Pain during exercise above this is too much.
pub const DURING_EXERCISE_LIMIT: u8 = 5;
/// Share of the weekly goal that must have been met over the last two weeks to step up.
pub const STEP_UP_GOAL_SHARE: f64 = 0.8;
/// How much the weekly mean pain may rise and still count as "stable".
const STABLE_TOLERANCE: f64 = 0.5;
/// Days of diary data each week needs before a trend is trusted.
const MIN_DAYS_PER_WEEK: usize = 3;

/// What the person reported around one session (0-10 each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPain {
    pub before: Option<u8>,
    pub after: Option<u8>,
    /// The highest pain felt during the exercises, if asked.
    pub during: Option<u8>,
}

/// Why an easier version is suggested.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum StepBackReason {
    /// Pain after the session was 2+ points above pain before it.
    RoseDuringSession { before: u8, after: u8 },
    /// The next diary entry after the session was 2+ points above the 7-day baseline.
    RoseNextDay { baseline: f64, next: u8 },
    /// Pain during the exercises went above 5 out of 10.
    TooMuchDuring { during: u8 },
}

/// What to do instead, for one family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum EasierOption {
    /// Move to this easier level of the same family.
    Level { level: Level },
    /// Already at the easiest level: suggest a rest day for this exercise.
    RestDay,
}

/// The first reason (in the order above) to step back after a session, if any.
///
/// `baseline` is the mean of the daily average pain over the 7 days before the session;
/// `next_entry` is the intensity of the first diary entry logged after the session ended.
pub fn step_back_reason(session: SessionPain, baseline: Option<f64>, next_entry: Option<u8>) -> Option<StepBackReason> {
    if let (Some(before), Some(after)) = (session.before, session.after) {
        if after >= before.saturating_add(FLARE_RISE) {
            return Some(StepBackReason::RoseDuringSession { before, after });
        }
    }
    if let (Some(baseline), Some(next)) = (baseline, next_entry) {
        if f64::from(next) >= baseline + f64::from(FLARE_RISE) {
            return Some(StepBackReason::RoseNextDay { baseline: round_tenth(baseline), next });
        }
    }
    match session.during {
        Some(during) if during > DURING_EXERCISE_LIMIT => Some(StepBackReason::TooMuchDuring { during }),
        _ => None,
    }
}

/// The easier option for a family at `current`: the next rung down; from the modified level
/// the pool version when the family has one (gentler on the joints); otherwise a rest day.
pub fn easier_option(family: &ExerciseFamily, current: Level) -> EasierOption {
    if let Some(easier) = family.step_back(current) {
        return EasierOption::Level { level: easier.level };
    }
    match (current, family.side_step(current)) {
        (Level::Modified, Some(water)) => EasierOption::Level { level: water.level },
        _ => EasierOption::RestDay,
    }
}

/// Evidence for stepping up, over the last two calendar weeks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StepUpEvidence {
    pub earlier_week_mean: f64,
    pub later_week_mean: f64,
    pub sessions_done: u32,
    pub sessions_goal: u32,
}

/// Whether the last two weeks support a step up: pain stable or falling (the later week's mean
/// daily pain at most half a point above the earlier week's, each week with at least three
/// days logged) and at least 80% of the weekly goal met across the two weeks.
///
/// `earlier_week` and `later_week` hold the daily average pain of each logged day.
pub fn step_up_evidence(earlier_week: &[f64], later_week: &[f64], sessions_done: u32, weekly_goal: u32) -> Option<StepUpEvidence> {
    if earlier_week.len() < MIN_DAYS_PER_WEEK || later_week.len() < MIN_DAYS_PER_WEEK || weekly_goal == 0 {
        return None;
    }
    let earlier = mean(earlier_week);
    let later = mean(later_week);
    let sessions_goal = weekly_goal * 2;
    let goal_met = f64::from(sessions_done) >= STEP_UP_GOAL_SHARE * f64::from(sessions_goal);
    (later <= earlier + STABLE_TOLERANCE && goal_met).then(|| StepUpEvidence {
        earlier_week_mean: round_tenth(earlier),
        later_week_mean: round_tenth(later),
        sessions_done,
        sessions_goal,
    })
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

fn round_tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests;
