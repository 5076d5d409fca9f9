//! The person's program: their level in each family, every decision about a level, the
//! pain-guided suggestions waiting for a decision, and the words that explain each one. The
//! habit plan's settings and pauses live in `habit_plan`.
//! Pure: `today`, the sessions and the diary come in as arguments.
//!
//! # Defaults
//! Every family starts at **standard**. The catalog's standard versions are already written for
//! people with back pain, and the first session's pain report is what the step-back rule works
//! on, so a person who finds it too much is offered the modified version after one session; a
//! person can also choose any level by hand at any time.
//!
//! # Suggestions (see `progression` for the rules themselves)
//! - **Step back**, per family done in the **last finished session**, if that session's day is
//!   within the last [`STEP_BACK_WINDOW_DAYS`] days: the first reason from
//!   [`step_back_reason`] (the first diary entry on a later day against the person's usual
//!   pain, then pain during against the person's ceiling), offering [`easier_option`]. It is
//!   settled once any decision on that family is recorded after the session ended.
//! - **Step up**, per family with a harder rung, from [`step_up_evidence`] over the two complete
//!   Monday-to-Sunday weeks before this one (daily average pain of each week, and active days
//!   against twice the weekly goal). Not offered while the family has a step-back suggestion, nor
//!   within [`STEP_UP_SETTLE_DAYS`] of the family's last level change, because the evidence must
//!   come from the current level.
//! - A suggestion the person **declined** is not offered again, for the same family and
//!   direction, for [`DECLINED_QUIET_DAYS`] days, so nobody is nagged.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::dates::days_before;
use crate::domain::dates::monday_of;
use crate::domain::dates::DayRange;
use crate::domain::diary::history::PainDay;
use crate::domain::program::exercise::{Catalog, ExerciseFamily, Level};
use crate::domain::program::progression::{
    easier_option, step_back_reason, step_up_evidence, EasierOption, SessionPain, StepBackReason, StepUpEvidence, BASELINE_DAYS,
};
use crate::domain::program::session::ExerciseSession;

/// A declined suggestion stays quiet this many days.
pub const DECLINED_QUIET_DAYS: u64 = 7;
/// A step-back suggestion is offered for a session this many days old at most.
pub const STEP_BACK_WINDOW_DAYS: u64 = 7;
/// Days after a level change before a step up is offered for that family.
pub const STEP_UP_SETTLE_DAYS: u64 = 14;

/// The person's level in one family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FamilyLevel {
    pub family_id: String,
    pub level: Level,
    /// When the level was last changed; `null` for the starting level.
    #[ts(type = "string | null")]
    pub since: Option<NaiveDate>,
}

/// Which way a level moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Direction {
    StepBack,
    StepUp,
    /// Chosen by the person on the program screen.
    Manual,
}

impl Direction {
    pub fn wire_name(self) -> &'static str {
        match self {
            Direction::StepBack => "step_back",
            Direction::StepUp => "step_up",
            Direction::Manual => "manual",
        }
    }

    pub fn from_wire(name: &str) -> Option<Self> {
        [Direction::StepBack, Direction::StepUp, Direction::Manual].into_iter().find(|d| d.wire_name() == name)
    }
}

/// What the person did with a suggestion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Decision {
    Accepted,
    Declined,
}

impl Decision {
    pub fn wire_name(self) -> &'static str {
        match self {
            Decision::Accepted => "accepted",
            Decision::Declined => "declined",
        }
    }

    pub fn from_wire(name: &str) -> Option<Self> {
        match name {
            "accepted" => Some(Decision::Accepted),
            "declined" => Some(Decision::Declined),
            _ => None,
        }
    }
}

/// Why the app suggested a change, kept with the decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum SuggestionReason {
    StepBack { reason: StepBackReason },
    StepUp { evidence: StepUpEvidence },
}

/// A decision about a level, ready to store. `to_level` is `None` when the family was already
/// at its easiest and the suggestion was to do it gently.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLevelChange {
    pub family_id: String,
    pub from_level: Level,
    pub to_level: Option<Level>,
    pub day: NaiveDate,
    pub direction: Direction,
    /// The sentence the person saw.
    pub reason: String,
    pub reason_data: Option<SuggestionReason>,
    pub decided: Decision,
    pub decided_at: DateTime<FixedOffset>,
}

impl NewLevelChange {
    /// The level the family is at after this decision.
    pub fn resulting_level(&self) -> Level {
        match (self.decided, self.to_level) {
            (Decision::Accepted, Some(level)) => level,
            _ => self.from_level,
        }
    }
}

/// A stored decision about a level: the history the surgeon's report lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LevelChange {
    pub id: Uuid,
    pub family_id: String,
    pub from_level: Level,
    /// `null`: the family was already at its easiest, so doing it gently was suggested.
    pub to_level: Option<Level>,
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub direction: Direction,
    pub reason: String,
    pub reason_data: Option<SuggestionReason>,
    pub decided: Decision,
    #[ts(type = "string")]
    pub decided_at: DateTime<FixedOffset>,
}

/// A suggestion waiting for the person's decision.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Suggestion {
    pub family_id: String,
    pub family_name: String,
    pub direction: Direction,
    pub from_level: Level,
    /// `null`: already at the easiest version, so do it gently for a few days.
    pub to_level: Option<Level>,
    /// The sentence to show, in plain words.
    pub message: String,
    pub reason: SuggestionReason,
}

/// Everything the suggestion rules look at.
pub struct SuggestionInput<'a> {
    pub catalog: &'a Catalog,
    pub levels: &'a [FamilyLevel],
    /// The latest session with an end time.
    pub last_finished: Option<&'a ExerciseSession>,
    /// Diary days covering at least the three weeks before today, any order.
    pub pain_days: &'a [PainDay],
    /// Active days in the two weeks before this one.
    pub active_days_in_last_two_weeks: u32,
    pub weekly_goal: u8,
    /// Decisions recorded in the last `max(DECLINED_QUIET_DAYS, STEP_UP_SETTLE_DAYS)` days at least.
    pub recent_changes: &'a [LevelChange],
    pub today: NaiveDate,
}

/// The suggestions waiting for a decision: step backs first, then step ups, each in catalog order.
pub fn pending_suggestions(input: &SuggestionInput<'_>) -> Vec<Suggestion> {
    let mut suggestions = step_backs(input);
    // A family with a step back waiting is not offered a step up as well.
    let ups: Vec<Suggestion> = step_ups(input).into_iter().filter(|up| !suggestions.iter().any(|back| back.family_id == up.family_id)).collect();
    suggestions.extend(ups);
    suggestions
}

/// The person's level in `family`, if one is stored.
fn level_of<'a>(input: &'a SuggestionInput<'_>, family: &str) -> Option<&'a FamilyLevel> {
    input.levels.iter().find(|l| l.family_id == family)
}

/// Whether the person declined this suggestion within [`DECLINED_QUIET_DAYS`].
fn declined_recently(input: &SuggestionInput<'_>, family: &str, direction: Direction) -> bool {
    let quiet_since = days_before(input.today, DECLINED_QUIET_DAYS);
    input.recent_changes.iter().any(|c| c.family_id == family && c.direction == direction && c.decided == Decision::Declined && c.day >= quiet_since)
}

/// A step back for each family of the last finished session, when that session hurt.
fn step_backs(input: &SuggestionInput<'_>) -> Vec<Suggestion> {
    let Some(session) = input.last_finished.filter(|s| s.day >= days_before(input.today, STEP_BACK_WINDOW_DAYS)) else {
        return Vec::new();
    };
    let Some(reason) = session_step_back_reason(session, input.pain_days) else {
        return Vec::new();
    };
    let mut suggestions = Vec::new();
    for family in families_done(input.catalog, session) {
        let current = level_of(input, &family.id).map_or(Level::Standard, |l| l.level);
        let settled = session.ended_at.is_some_and(|ended| input.recent_changes.iter().any(|c| c.family_id == family.id && c.decided_at >= ended));
        if settled || declined_recently(input, &family.id, Direction::StepBack) {
            continue;
        }
        let to_level = match easier_option(family, current) {
            EasierOption::Level { level } => Some(level),
            EasierOption::Gentlest => None,
        };
        suggestions.push(Suggestion {
            family_id: family.id.clone(),
            family_name: family.name.clone(),
            direction: Direction::StepBack,
            from_level: current,
            to_level,
            message: step_back_message(&reason, &family.name, to_level),
            reason: SuggestionReason::StepBack { reason },
        });
    }
    suggestions
}

/// A step up for each family with a harder rung, when the last two weeks were steady and active.
fn step_ups(input: &SuggestionInput<'_>) -> Vec<Suggestion> {
    let this_monday = monday_of(input.today);
    let earlier = week_averages(input.pain_days, days_before(this_monday, 14), days_before(this_monday, 8));
    let later = week_averages(input.pain_days, days_before(this_monday, 7), days_before(this_monday, 1));
    let Some(evidence) = step_up_evidence(&earlier, &later, input.active_days_in_last_two_weeks, u32::from(input.weekly_goal)) else {
        return Vec::new();
    };
    let settle_since = days_before(input.today, STEP_UP_SETTLE_DAYS);
    let mut suggestions = Vec::new();
    for family in &input.catalog.families {
        let level = level_of(input, &family.id);
        let current = level.map_or(Level::Standard, |l| l.level);
        let Some(next) = family.step_up(current) else { continue };
        let recently_changed = level.and_then(|l| l.since).is_some_and(|since| since > settle_since);
        if recently_changed || declined_recently(input, &family.id, Direction::StepUp) {
            continue;
        }
        suggestions.push(Suggestion {
            family_id: family.id.clone(),
            family_name: family.name.clone(),
            direction: Direction::StepUp,
            from_level: current,
            to_level: Some(next.level),
            message: step_up_message(&evidence, &family.name, next.level),
            reason: SuggestionReason::StepUp { evidence: evidence.clone() },
        });
    }
    suggestions
}

/// The two complete Monday-to-Sunday weeks before `today`'s week: the step-up evidence window.
pub fn last_two_weeks(today: NaiveDate) -> DayRange {
    let this_monday = monday_of(today);
    DayRange { from: days_before(this_monday, 14), to: days_before(this_monday, 1) }
}

/// The step-back reason for a finished session: its own pain report, the 7-day baseline before
/// its day, and the first diary entry on a later day (the model's "next morning": an entry
/// later the same day is "just after", where a rise is allowed).
pub fn session_step_back_reason(session: &ExerciseSession, pain_days: &[PainDay]) -> Option<StepBackReason> {
    session.ended_at?;
    let pain = SessionPain { before: session.pain_before, after: session.pain_after, during: session.pain_during };
    let baseline_from = days_before(session.day, BASELINE_DAYS);
    let baseline_days = week_averages(pain_days, baseline_from, days_before(session.day, 1));
    let baseline = (!baseline_days.is_empty()).then(|| baseline_days.iter().sum::<f64>() / baseline_days.len() as f64);
    let next_day = pain_days
        .iter()
        .filter(|day| day.day > session.day)
        .flat_map(|day| day.entries.iter())
        .min_by_key(|entry| entry.details.occurred_at)
        .map(|entry| entry.details.intensity);
    step_back_reason(pain, baseline, next_day)
}

/// Families of the exercises done in `session`, in catalog order.
fn families_done<'a>(catalog: &'a Catalog, session: &ExerciseSession) -> Vec<&'a ExerciseFamily> {
    catalog
        .families
        .iter()
        .filter(|family| {
            session.exercises.iter().filter(|e| e.anything_done()).any(|e| catalog.exercise(&e.exercise_id).is_some_and(|x| x.family == family.id))
        })
        .collect()
}

/// Daily average pain of each logged day in `from..=to`.
fn week_averages(pain_days: &[PainDay], from: NaiveDate, to: NaiveDate) -> Vec<f64> {
    pain_days.iter().filter(|d| d.day >= from && d.day <= to).map(|d| d.average).collect()
}

/// The reason a step back is offered, in plain words, without blame, in the language in force:
/// why (one sentence), then what to try (one or more sentences).
pub fn step_back_message(reason: &StepBackReason, family_name: &str, to_level: Option<Level>) -> String {
    let why = step_back_why(reason);
    let offer = match to_level {
        Some(Level::Water) => crate::t!("program-step-back-try-pool", family = family_name),
        Some(level) => crate::t!("program-step-back-try-level", family = family_name, level = level.wire_name()),
        None => crate::t!("program-step-back-gentlest", family = family_name),
    };
    format!("{why} {offer}")
}

/// Why the load was too high, in the words of the pain rule (`progression::pain_rule`).
fn step_back_why(reason: &StepBackReason) -> String {
    match reason {
        StepBackReason::NextDayAboveUsual { usual, next } => crate::t!("program-why-next-day-above-usual", next = *next, usual = *usual),
        StepBackReason::AboveCeiling { during, ceiling } => crate::t!("program-why-above-ceiling", during = *during, ceiling = *ceiling),
        StepBackReason::RoseDuringSession { before, after } => crate::t!("program-why-rose-during-session", before = *before, after = *after),
        StepBackReason::RoseNextDay { baseline, next } => {
            crate::t!("program-why-rose-next-day", next = *next, baseline = format!("{baseline:.1}"))
        }
        StepBackReason::TooMuchDuring { during } => crate::t!("program-why-too-much-during", during = *during),
    }
}

/// The reason a step up is offered, in plain words, in the language in force.
pub fn step_up_message(evidence: &StepUpEvidence, family_name: &str, to_level: Level) -> String {
    crate::t!(
        "program-step-up",
        earlier = format!("{:.1}", evidence.earlier_week_mean),
        later = format!("{:.1}", evidence.later_week_mean),
        done = evidence.sessions_done,
        goal = evidence.sessions_goal,
        level = to_level.wire_name(),
        family = family_name,
    )
}

/// Every catalog family with the person's level: a stored row, or the starting level they chose
/// in the safety check (standard until they answer it).
pub fn levels_with_defaults(catalog: &Catalog, stored: &[FamilyLevel], start: Level) -> Vec<FamilyLevel> {
    catalog
        .families
        .iter()
        .map(|family| {
            stored.iter().find(|l| l.family_id == family.id).cloned().unwrap_or(FamilyLevel {
                family_id: family.id.clone(),
                level: if family.level(start).is_some() { start } else { Level::Standard },
                since: None,
            })
        })
        .collect()
}

/// The levels as the routine builder takes them.
pub fn level_map(levels: &[FamilyLevel]) -> HashMap<String, Level> {
    levels.iter().map(|l| (l.family_id.clone(), l.level)).collect()
}

#[cfg(test)]
mod tests;
