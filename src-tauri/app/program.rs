//! The exercise program: the catalog, the levels and the routine built from them, sessions
//! from start to finish, and the decisions about a level (a suggestion answered, or a level
//! chosen by hand).

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::builtin::catalog;
use super::{AppError, Now};
use crate::domain::dates::days_before;
use crate::domain::diary::history::group_by_day;
use crate::domain::program::decisions::{validate_level_choice, waiting_suggestion, StaleSuggestion};
use crate::domain::program::exercise::{Catalog, Level};
use crate::domain::program::flare::{current_flare, Flare};
use crate::domain::program::progression::pain_rule;
use crate::domain::program::routine::build_routine;
use crate::domain::program::safety::{adapt_routine, ProgramSafety, SafeRoutine};
use crate::domain::program::session::{
    validate_finish, validate_manual, validate_progress, validate_start, ExerciseProgressDraft, ExerciseSession, ManualSessionDraft,
    SessionFinishDraft,
};
use crate::domain::program::suggestions::{
    last_two_weeks, level_map, pending_suggestions, Direction, FamilyLevel, LevelChange, NewLevelChange, Suggestion, SuggestionInput,
};
use crate::domain::validation::ValidationErrors;
use crate::store;

/// Diary days loaded for the suggestion rules: the two weeks before this one, and the week
/// before a session up to a week old.
const SUGGESTION_DIARY_DAYS: u64 = 21;

/// What the Program screen shows.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Program {
    /// Every family, in catalog order.
    pub levels: Vec<FamilyLevel>,
    /// Both routines after the safety check's answers, with what the answers changed.
    pub routine: SafeRoutine,
    pub gentle_routine: SafeRoutine,
    pub suggestions: Vec<Suggestion>,
    /// Every decision about a level, newest first.
    pub history: Vec<LevelChange>,
    /// The pain rule the suggestions follow, in the words the person reads.
    pub pain_rule: Vec<String>,
    /// The flare under way today, if any: the screen says so and offers the gentle routine.
    pub flare: Option<Flare>,
    /// The safety check's answers; `null` until the person has answered it, and the screen
    /// asks it before the first session.
    pub safety: Option<ProgramSafety>,
    /// What the answers advise, in plain words, shown above the routine.
    pub safety_advice: Vec<String>,
}

/// The program as of `today`: levels, both routines, the suggestions waiting, the history.
pub fn program(conn: &Connection, today: NaiveDate) -> Result<Program, AppError> {
    let catalog = catalog()?;
    let levels = store::current_levels(conn, catalog)?;
    let by_family = level_map(&levels);
    let history = store::list_level_changes(conn, None)?;
    let suggestions = waiting_suggestions(conn, catalog, &levels, &history, today)?;
    let safety = store::get_program_safety(conn)?;
    let answers = safety.as_ref().map(|s| s.answers).unwrap_or_default();
    Ok(Program {
        routine: adapt_routine(catalog, build_routine(catalog, &by_family, false, today), &answers),
        gentle_routine: adapt_routine(catalog, build_routine(catalog, &by_family, true, today), &answers),
        safety_advice: answers.advice(),
        safety,
        levels,
        suggestions,
        history,
        pain_rule: pain_rule(),
        flare: current_flare(&store::list_flares(conn)?, today).cloned(),
    })
}

pub fn start_session(conn: &mut Connection, now: Now, gentle: bool, pain_before: Option<f64>) -> Result<ExerciseSession, AppError> {
    let start = validate_start(gentle, pain_before, now)?;
    Ok(store::start_session(conn, &start)?)
}

pub fn record_exercise_progress(conn: &mut Connection, session_id: &Uuid, progress: &ExerciseProgressDraft) -> Result<ExerciseSession, AppError> {
    let mut errors = ValidationErrors::default();
    let progress = validate_progress(progress, catalog()?, "", &mut errors).ok_or(errors)?;
    Ok(store::record_exercise_progress(conn, session_id, &progress)?)
}

pub fn finish_session(conn: &mut Connection, now: Now, session_id: &Uuid, draft: &SessionFinishDraft) -> Result<ExerciseSession, AppError> {
    let session = store::get_session(conn, session_id)?;
    let outcome = validate_finish(draft, session.started_at, now)?;
    Ok(store::finish_session(conn, session_id, &outcome)?)
}

pub fn log_manual_session(conn: &mut Connection, now: Now, draft: &ManualSessionDraft) -> Result<ExerciseSession, AppError> {
    let manual = validate_manual(draft, catalog()?, now)?;
    Ok(store::log_manual_session(conn, &manual)?)
}

/// Sessions between `from` and `to` (local dates, inclusive; either may be open), oldest first.
pub fn list_sessions(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<ExerciseSession>, AppError> {
    Ok(store::list_sessions(conn, from, to)?)
}

/// Accepts or declines the waiting suggestion for `family_id` in `direction`. `to_level` must
/// be the level the person saw offered, so a stale screen cannot move a level the app no longer
/// suggests; the reason kept is the app's own, worked out again now.
pub fn decide_suggestion(
    conn: &mut Connection,
    now: Now,
    family_id: &str,
    direction: Direction,
    to_level: Option<Level>,
    accept: bool,
) -> Result<Program, AppError> {
    let today = now.date_naive();
    let waiting = program(conn, today)?.suggestions;
    let suggestion = waiting_suggestion(&waiting, family_id, direction, to_level).map_err(|stale| match stale {
        StaleSuggestion::Gone => AppError::NotFound { message: crate::t!("program-suggestion-gone") },
        StaleSuggestion::Changed => AppError::field("toLevel", crate::t!("program-suggestion-changed")),
    })?;
    store::record_level_change(conn, &NewLevelChange::answering(suggestion, accept, now.fixed_offset()))?;
    program(conn, today)
}

/// Moves a family to a level the person chose; the change is kept in the history.
pub fn set_level(conn: &mut Connection, now: Now, family_id: &str, level: &str) -> Result<Program, AppError> {
    let catalog = catalog()?;
    let current = store::current_levels(conn, catalog)?;
    let (family, from, to) = validate_level_choice(catalog, family_id, level, &current)?;
    store::record_level_change(conn, &NewLevelChange::chosen(family, from, to, now.fixed_offset()))?;
    program(conn, now.date_naive())
}

/// Reads what the suggestion rules look at; the rules themselves are in
/// `domain::program::suggestions`.
fn waiting_suggestions(
    conn: &Connection,
    catalog: &Catalog,
    levels: &[FamilyLevel],
    history: &[LevelChange],
    today: NaiveDate,
) -> Result<Vec<Suggestion>, AppError> {
    let pain_days = group_by_day(store::list_pain_entries(conn, Some(days_before(today, SUGGESTION_DIARY_DAYS)), None)?);
    let window = last_two_weeks(today);
    let active_days = store::active_days(conn, Some(window.from), Some(window.to))?;
    let last_finished = store::last_finished_session(conn)?;
    let plan = store::get_habit_plan(conn)?;
    Ok(pending_suggestions(&SuggestionInput {
        catalog,
        levels,
        last_finished: last_finished.as_ref(),
        pain_days: &pain_days,
        active_days_in_last_two_weeks: u32::try_from(active_days.len()).unwrap_or(u32::MAX),
        weekly_goal: plan.settings.weekly_goal,
        recent_changes: history,
        today,
    }))
}
