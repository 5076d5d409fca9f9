//! The pain-guided program: when to suggest an easier version of an exercise, and when the
//! next harder one. The person always decides; these rules only suggest, with the reason shown.
//!
//! # The pain rule (shown to the person by [`pain_rule`], in the same words)
//! It follows the pain-monitoring model of Silbernagel et al. (Am J Sports Med, 2007): pain
//! during and just after exercise is acceptable up to 5 out of 10, as long as it settles by the
//! next morning. So a rise from before to just after a session is **not** a signal on its own.
//! The two signals are:
//! - **the next day:** the first diary entry on a day after the session is [`DETECTABLE_RISE`]
//!   or more points above the person's usual pain;
//! - **during:** pain during the exercises above the ceiling, which is 5 out of 10, or 1 point
//!   above the person's usual pain when that is 5 or more. A fixed 5 would step down everyone
//!   who lives at 6 after every session, until nothing was left, against NICE NG59's advice to
//!   stay active.
//!
//! "Usual pain" is the mean of the daily average pain over the [`BASELINE_DAYS`] days before the
//! session's day, rounded to a whole number; with no diary in that week, the pain given just
//! before the session.
//!
//! Why 2 points: on the 0-10 scale, a change smaller than 2 points cannot be told apart from
//! measurement error in people with low back pain (Childs, Piva and Fritz, Spine 2005: standard
//! error of measurement 1.02, minimal detectable change 2 points). "1 point above usual" is the
//! largest rise that stays inside that error.
//!
//! # The ladder never ends in rest
//! From the easiest rung the next step is [`EasierOption::Gentlest`]: keep that version, done
//! gently (fewer repetitions, on a bed, or a short walk instead), because movement helps more
//! than rest (NICE NG59).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::program::exercise::{ExerciseFamily, Level};

/// Pain during exercise up to this is acceptable for anyone (Silbernagel et al., 2007).
pub const ACCEPTABLE_DURING: u8 = 5;
/// The smallest rise above usual pain that is more than measurement error (Childs et al., 2005).
pub const DETECTABLE_RISE: u8 = 2;
/// Days of diary before a session that make the person's usual pain.
pub const BASELINE_DAYS: u64 = 7;
/// Share of the weekly goal that must have been met over the last two weeks to step up.
pub const STEP_UP_GOAL_SHARE: f64 = 0.8;
/// How much the weekly mean pain may rise and still count as "stable".
const STABLE_TOLERANCE: f64 = 0.5;
/// Days of diary data each week needs before a trend is trusted.
const MIN_DAYS_PER_WEEK: usize = 3;

/// The rule as the person reads it, in the language in force (Program screen, and
/// `pain-during-exercise.md` in each language word for word: a test holds them together). Keep
/// it in step with the code above.
pub fn pain_rule() -> Vec<String> {
    vec![
        crate::t!("program-pain-rule-during"),
        crate::t!("program-pain-rule-after"),
        crate::t!("program-pain-rule-next-day"),
        crate::t!("program-pain-rule-usual"),
    ]
}

/// What the person reported around one session (0-10 each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPain {
    pub before: Option<u8>,
    /// Recorded and shown, but not a signal: pain may rise just after a session.
    pub after: Option<u8>,
    /// The highest pain felt during the exercises, if asked.
    pub during: Option<u8>,
}

/// Why an easier version is suggested.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum StepBackReason {
    /// The first diary entry on a day after the session was 2+ points above usual pain.
    NextDayAboveUsual { usual: u8, next: u8 },
    /// Pain during the exercises went above the ceiling for this person.
    AboveCeiling { during: u8, ceiling: u8 },
    /// Stored by versions before the rule followed its source (a 2-point rise from before to
    /// after a session). Never produced now; kept so old decisions and backups still read.
    RoseDuringSession { before: u8, after: u8 },
    /// Stored by earlier versions (next entry vs the unrounded 7-day mean). Never produced now.
    RoseNextDay { baseline: f64, next: u8 },
    /// Stored by earlier versions (a fixed ceiling of 5). Never produced now.
    TooMuchDuring { during: u8 },
}

/// What to do instead, for one family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum EasierOption {
    /// Move to this easier level of the same family.
    Level { level: Level },
    /// Already at the easiest level: keep it, done gently for a few days. Never rest.
    Gentlest,
}

/// The person's usual pain: the 7-day mean of daily averages, rounded, or else the pain just
/// before the session.
pub fn usual_pain(baseline: Option<f64>, before: Option<u8>) -> Option<u8> {
    baseline.map(|mean| mean.round().clamp(0.0, 10.0) as u8).or(before)
}

/// The most pain during exercise that is still fine: 5, or 1 above usual pain when that is 5+.
pub fn during_ceiling(usual: Option<u8>) -> u8 {
    let above_usual = usual.map_or(0, |usual| usual.saturating_add(DETECTABLE_RISE - 1));
    ACCEPTABLE_DURING.max(above_usual).min(10)
}

/// The first reason to step back after a session, if any: the next day first, then during.
///
/// `baseline` is the mean of the daily average pain over the 7 days before the session's day;
/// `next_day` is the intensity of the first diary entry on a later day than the session's.
pub fn step_back_reason(session: SessionPain, baseline: Option<f64>, next_day: Option<u8>) -> Option<StepBackReason> {
    let usual = usual_pain(baseline, session.before);
    if let (Some(usual), Some(next)) = (usual, next_day) {
        if next >= usual.saturating_add(DETECTABLE_RISE) {
            return Some(StepBackReason::NextDayAboveUsual { usual, next });
        }
    }
    let ceiling = during_ceiling(usual);
    match session.during {
        Some(during) if during > ceiling => Some(StepBackReason::AboveCeiling { during, ceiling }),
        _ => None,
    }
}

/// The easier option for a family at `current`: the next rung down; from the modified level
/// the pool version when the family has one (gentler on the joints); otherwise the gentlest
/// way of doing the easiest version.
pub fn easier_option(family: &ExerciseFamily, current: Level) -> EasierOption {
    if let Some(easier) = family.step_back(current) {
        return EasierOption::Level { level: easier.level };
    }
    match (current, family.side_step(current)) {
        (Level::Modified, Some(water)) => EasierOption::Level { level: water.level },
        _ => EasierOption::Gentlest,
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
