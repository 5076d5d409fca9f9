//! The short safety check before the program starts, and how its answers shape what is
//! offered. Asked once on the Program screen, stored, editable at any time, and in the backup.
//!
//! Each "yes" changes the routine (see [`adapt_routine`]) or adds a word of advice:
//! - **recent surgery** on the back or hip: ask the surgeon or physical therapist first;
//! - **hip replacement**: no figure-four stretch (versions marked `hip_replacement`);
//! - **pregnancy**: no versions that lie flat on the back (`pregnancy`), and ask first;
//! - **osteoporosis**: no versions marked `osteoporosis`, and ask first;
//! - **trouble getting down to or up from the floor**: floor versions that can be done on a
//!   bed are shown with how; the others are swapped for a standing or seated version;
//! - **trouble with balance**: versions marked `balance` are swapped for supported ones.
//!
//! A version that cannot be offered is swapped for the nearest acceptable one in its family
//! (easier rungs first, then any other land version); with none, the family is set aside for
//! now with the reason. The person also picks the level every family starts at.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::program::exercise::{Catalog, Caution, Exercise, ExerciseFamily, Level, Position};
use crate::domain::program::routine::Routine;
use crate::domain::validation::ValidationErrors;

/// The answers, one per question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SafetyAnswers {
    pub recent_surgery: bool,
    pub hip_replacement: bool,
    pub pregnancy: bool,
    pub osteoporosis: bool,
    pub floor_trouble: bool,
    pub balance_trouble: bool,
}

/// The stored check: the answers, the chosen starting level, and when they were given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProgramSafety {
    pub answers: SafetyAnswers,
    /// `modified` or `standard`.
    pub starting_level: Level,
    #[ts(type = "string")]
    pub answered_at: DateTime<FixedOffset>,
}

/// One question as the screen asks it. `id` is the answer's field name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SafetyQuestion {
    pub id: String,
    pub text: String,
    pub hint: Option<String>,
}

/// The questions' ids (the answers' field names), in the order asked.
const QUESTIONS: [&str; 6] = ["recentSurgery", "hipReplacement", "pregnancy", "osteoporosis", "floorTrouble", "balanceTrouble"];

/// A question's words and hint, in the language in force (the `program` catalog).
fn question_words(id: &str) -> (String, Option<String>) {
    match id {
        "recentSurgery" => (crate::t!("program-safety-recent-surgery"), None),
        "hipReplacement" => (crate::t!("program-safety-hip-replacement"), Some(crate::t!("program-safety-hip-replacement-hint"))),
        "pregnancy" => (crate::t!("program-safety-pregnancy"), None),
        "osteoporosis" => (crate::t!("program-safety-osteoporosis"), None),
        "floorTrouble" => (crate::t!("program-safety-floor-trouble"), None),
        "balanceTrouble" => (crate::t!("program-safety-balance-trouble"), None),
        other => (other.to_owned(), None),
    }
}

/// The two levels a program can start at, with the one line that helps choose, in the
/// language in force.
pub fn starting_levels() -> Vec<(Level, String)> {
    vec![(Level::Modified, crate::t!("program-start-modified")), (Level::Standard, crate::t!("program-start-standard"))]
}

pub fn questions() -> Vec<SafetyQuestion> {
    QUESTIONS
        .iter()
        .map(|id| {
            let (text, hint) = question_words(id);
            SafetyQuestion { id: (*id).to_owned(), text, hint }
        })
        .collect()
}

/// The check as the form sends it: every answer and the starting level are needed.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct SafetyDraft {
    pub recent_surgery: Option<bool>,
    pub hip_replacement: Option<bool>,
    pub pregnancy: Option<bool>,
    pub osteoporosis: Option<bool>,
    pub floor_trouble: Option<bool>,
    pub balance_trouble: Option<bool>,
    pub starting_level: Option<String>,
}

/// Checks the form. Field names: the question ids and `startingLevel`.
pub fn validate_safety(draft: &SafetyDraft) -> Result<(SafetyAnswers, Level), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let given = [draft.recent_surgery, draft.hip_replacement, draft.pregnancy, draft.osteoporosis, draft.floor_trouble, draft.balance_trouble];
    for (id, answer) in QUESTIONS.iter().zip(given) {
        if answer.is_none() {
            errors.push(id, crate::t!("program-safety-answer-yes-no"));
        }
    }
    let level = draft.starting_level.as_deref().map(str::trim).and_then(Level::from_wire).filter(|l| matches!(l, Level::Modified | Level::Standard));
    if level.is_none() {
        errors.push("startingLevel", crate::t!("program-safety-starting-level"));
    }
    match (given, level) {
        ([Some(a), Some(b), Some(c), Some(d), Some(e), Some(f)], Some(level)) => {
            Ok((SafetyAnswers { recent_surgery: a, hip_replacement: b, pregnancy: c, osteoporosis: d, floor_trouble: e, balance_trouble: f }, level))
        }
        _ => Err(errors),
    }
}

impl SafetyAnswers {
    /// The cautions these answers rule out.
    fn cautions(&self) -> Vec<Caution> {
        [
            (self.hip_replacement, Caution::HipReplacement),
            (self.balance_trouble, Caution::Balance),
            (self.pregnancy, Caution::Pregnancy),
            (self.osteoporosis, Caution::Osteoporosis),
        ]
        .into_iter()
        .filter_map(|(yes, caution)| yes.then_some(caution))
        .collect()
    }

    /// Whether `exercise` can be offered as written (on a bed counts, for floor trouble).
    fn allows(&self, exercise: &Exercise) -> bool {
        let ruled_out = self.cautions();
        let floor_ok = !self.floor_trouble || exercise.position != Position::Floor || exercise.bed.is_some();
        floor_ok && !exercise.avoid_if.iter().any(|c| ruled_out.contains(c))
    }

    /// Advice that goes with the answers, to show above the routine, in the language in force.
    pub fn advice(&self) -> Vec<String> {
        let mut advice = Vec::new();
        if self.recent_surgery {
            advice.push(crate::t!("program-safety-advice-recent-surgery"));
        }
        if self.hip_replacement {
            advice.push(crate::t!("program-safety-advice-hip-replacement"));
        }
        if self.pregnancy {
            advice.push(crate::t!("program-safety-advice-pregnancy"));
        }
        if self.osteoporosis {
            advice.push(crate::t!("program-safety-advice-osteoporosis"));
        }
        if self.floor_trouble {
            advice.push(crate::t!("program-safety-advice-floor-trouble"));
        }
        if self.balance_trouble {
            advice.push(crate::t!("program-safety-advice-balance-trouble"));
        }
        advice
    }
}

/// A change the answers made to one exercise of a routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum SafetyChange {
    /// `from` is swapped for `to`, a version of the same family.
    Swapped { from: String, to: String },
    /// The family is set aside for now: no version of it suits the answers.
    SetAside { family: String },
    /// Done on a firm bed instead of the floor (`Exercise::bed` says how).
    OnBed { exercise: String },
}

/// A routine after the safety answers, with what they changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SafeRoutine {
    #[serde(flatten)]
    pub routine: Routine,
    pub changes: Vec<SafetyChange>,
}

/// Applies the answers to a routine: each exercise stays, moves to a bed, is swapped for the
/// nearest acceptable version of its family, or is set aside. The estimate is recounted.
pub fn adapt_routine(catalog: &Catalog, routine: Routine, answers: &SafetyAnswers) -> SafeRoutine {
    let mut changes = Vec::new();
    let mut exercises = Vec::with_capacity(routine.exercises.len());
    for exercise in routine.exercises {
        let chosen = if answers.allows(&exercise) {
            Some(exercise.clone())
        } else {
            catalog.family(&exercise.family).and_then(|family| nearest_allowed(family, exercise.level, answers)).cloned()
        };
        match chosen {
            Some(chosen) => {
                if chosen.id != exercise.id {
                    changes.push(SafetyChange::Swapped { from: exercise.id.clone(), to: chosen.id.clone() });
                }
                if answers.floor_trouble && chosen.position == Position::Floor {
                    changes.push(SafetyChange::OnBed { exercise: chosen.id.clone() });
                }
                exercises.push(chosen);
            }
            None => changes.push(SafetyChange::SetAside { family: exercise.family.clone() }),
        }
    }
    let estimated_seconds = exercises.iter().map(|e| e.estimated_seconds).sum();
    SafeRoutine { routine: Routine { exercises, estimated_seconds, ..routine }, changes }
}

/// The acceptable version nearest to `level`: easier rungs first, then the others by rung.
/// Pool versions are never chosen for someone: they need a pool.
fn nearest_allowed<'a>(family: &'a ExerciseFamily, level: Level, answers: &SafetyAnswers) -> Option<&'a Exercise> {
    let land = |e: &&Exercise| e.level != Level::Water;
    let easier = family.levels.iter().rev().filter(land).filter(|e| e.level < level);
    let harder = family.levels.iter().filter(land).filter(|e| e.level > level);
    easier.chain(harder).find(|e| answers.allows(e))
}

#[cfg(test)]
mod tests;
