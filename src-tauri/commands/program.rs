//! Commands of the Program, session player and Progress screens.

use std::sync::OnceLock;

use chrono::{Days, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use super::{parse_day_range, parse_id, AppError, WithDiary};
use crate::clock;
use crate::domain::exercise::{builtin_catalog, Catalog, CatalogError};
use crate::domain::habit_plan::{validate_pause_draft, validate_settings, HabitPlanView, HabitSettings, Pause, PauseDraft};
use crate::domain::history::group_by_day;
use crate::domain::program::{
    last_two_weeks, level_map, manual_change_reason, pending_suggestions, validate_level_choice, Decision, Direction, FamilyLevel, LevelChange,
    NewLevelChange, Suggestion, SuggestionInput,
};
use crate::domain::routine::{build_routine, Routine};
use crate::domain::session::{
    validate_finish, validate_manual, validate_progress, validate_start, ExerciseProgressDraft, ExerciseSession, ManualSessionDraft,
    SessionFinishDraft,
};
use crate::domain::streak::{summarize, ActiveDays, DayRange, Summary};
use crate::domain::validation::ValidationErrors;
use crate::state::AppState;
use crate::store;

/// The longest calendar `get_progress` draws, in days.
const MAX_CALENDAR_DAYS: i64 = 800;
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
    pub routine: Routine,
    pub gentle_routine: Routine,
    pub suggestions: Vec<Suggestion>,
    /// Every decision about a level, newest first.
    pub history: Vec<LevelChange>,
}

#[tauri::command]
pub fn get_catalog() -> Result<Catalog, AppError> {
    Ok(catalog()?.clone())
}

#[tauri::command]
pub fn get_program(state: State<'_, AppState>) -> Result<Program, AppError> {
    let catalog = catalog()?;
    let today = clock::now().date_naive();
    state.with_diary(|conn| load_program(conn, catalog, today))
}

#[tauri::command]
pub fn start_session(state: State<'_, AppState>, gentle: bool, pain_before: Option<f64>) -> Result<ExerciseSession, AppError> {
    let start = validate_start(gentle, pain_before, clock::now())?;
    state.with_diary(|conn| Ok(store::start_session(conn, &start)?))
}

#[tauri::command]
pub fn record_exercise_progress(
    state: State<'_, AppState>,
    session_id: String,
    progress: ExerciseProgressDraft,
) -> Result<ExerciseSession, AppError> {
    let session_id = parse_id("exercise session", &session_id)?;
    let mut errors = ValidationErrors::default();
    let progress = validate_progress(&progress, catalog()?, "", &mut errors).ok_or(errors)?;
    state.with_diary(|conn| Ok(store::record_exercise_progress(conn, &session_id, &progress)?))
}

#[tauri::command]
pub fn finish_session(state: State<'_, AppState>, session_id: String, draft: SessionFinishDraft) -> Result<ExerciseSession, AppError> {
    let session_id = parse_id("exercise session", &session_id)?;
    state.with_diary(|conn| {
        let session = store::get_session(conn, &session_id)?;
        let outcome = validate_finish(&draft, session.started_at, clock::now())?;
        Ok(store::finish_session(conn, &session_id, &outcome)?)
    })
}

#[tauri::command]
pub fn log_manual_session(state: State<'_, AppState>, draft: ManualSessionDraft) -> Result<ExerciseSession, AppError> {
    let manual = validate_manual(&draft, catalog()?, clock::now())?;
    state.with_diary(|conn| Ok(store::log_manual_session(conn, &manual)?))
}

/// Sessions between `from` and `to` (local dates, inclusive; either may be absent), oldest first.
#[tauri::command]
pub fn list_sessions(state: State<'_, AppState>, from: Option<String>, to: Option<String>) -> Result<Vec<ExerciseSession>, AppError> {
    let (from, to) = parse_day_range(from.as_deref(), to.as_deref())?;
    state.with_diary(|conn| Ok(store::list_sessions(conn, from, to)?))
}

/// Streaks, weekly goal and habit strength as of today, and the calendar from `from` to `to`.
#[tauri::command]
pub fn get_progress(state: State<'_, AppState>, from: String, to: String) -> Result<Summary, AppError> {
    let (Some(from), Some(to)) = parse_day_range(Some(&from), Some(&to))? else {
        let mut errors = ValidationErrors::default();
        errors.push("from", "Enter the first and last day of the calendar.");
        return Err(errors.into());
    };
    if (to - from).num_days() >= MAX_CALENDAR_DAYS {
        let mut errors = ValidationErrors::default();
        errors.push("to", format!("The calendar can show up to {MAX_CALENDAR_DAYS} days."));
        return Err(errors.into());
    }
    let today = clock::now().date_naive();
    state.with_diary(|conn| {
        let active = ActiveDays::new(store::active_days(conn, None, None)?);
        let plan = store::get_habit_plan(conn)?.plan();
        Ok(summarize(&active, &plan, today, DayRange { from, to }))
    })
}

#[tauri::command]
pub fn get_habit_plan(state: State<'_, AppState>) -> Result<HabitPlanView, AppError> {
    state.with_diary(|conn| Ok(store::get_habit_plan(conn)?))
}

#[tauri::command]
pub fn save_habit_plan(state: State<'_, AppState>, plan: HabitSettings) -> Result<HabitPlanView, AppError> {
    validate_settings(&plan)?;
    state.with_diary(|conn| Ok(store::save_habit_settings(conn, &plan)?))
}

#[tauri::command]
pub fn add_pause(state: State<'_, AppState>, draft: PauseDraft) -> Result<Pause, AppError> {
    let details = validate_pause_draft(&draft)?;
    state.with_diary(|conn| Ok(store::add_pause(conn, &details)?))
}

#[tauri::command]
pub fn remove_pause(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    let id = parse_id("pause", &id)?;
    state.with_diary(|conn| Ok(store::remove_pause(conn, &id)?))
}

/// Accepts or declines the pending suggestion for `family_id` in `direction`. The reason kept
/// is the app's own, recomputed now; `to_level` must match the suggestion the person saw, so
/// a stale screen cannot move a level the app no longer suggests.
#[tauri::command]
pub fn decide_suggestion(
    state: State<'_, AppState>,
    family_id: String,
    direction: Direction,
    to_level: Option<crate::domain::exercise::Level>,
    accept: bool,
) -> Result<Program, AppError> {
    let catalog = catalog()?;
    let now = clock::now();
    let today = now.date_naive();
    state.with_diary(|conn| {
        let program = load_program(conn, catalog, today)?;
        let Some(suggestion) = program.suggestions.iter().find(|s| s.family_id == family_id && s.direction == direction) else {
            return Err(AppError::NotFound {
                message: "That suggestion is no longer waiting for a decision. The program screen has been refreshed.".into(),
            });
        };
        if suggestion.to_level != to_level {
            let mut errors = ValidationErrors::default();
            errors.push("toLevel", "The suggestion has changed since it was shown. Please look at it again.");
            return Err(errors.into());
        }
        store::record_level_change(
            conn,
            &NewLevelChange {
                family_id: suggestion.family_id.clone(),
                from_level: suggestion.from_level,
                to_level: suggestion.to_level,
                day: today,
                direction,
                reason: suggestion.message.clone(),
                reason_data: Some(suggestion.reason.clone()),
                decided: if accept { Decision::Accepted } else { Decision::Declined },
                decided_at: now.fixed_offset(),
            },
        )?;
        load_program(conn, catalog, today)
    })
}

/// Moves a family to a level the person chose; the change is kept in the history.
#[tauri::command]
pub fn set_level(state: State<'_, AppState>, family_id: String, level: String) -> Result<Program, AppError> {
    let catalog = catalog()?;
    let now = clock::now();
    let today = now.date_naive();
    state.with_diary(|conn| {
        let current = store::current_levels(conn, catalog)?;
        let (family, from, to) = validate_level_choice(catalog, &family_id, &level, &current)?;
        store::record_level_change(
            conn,
            &NewLevelChange {
                family_id: family.id.clone(),
                from_level: from,
                to_level: Some(to),
                day: today,
                direction: Direction::Manual,
                reason: manual_change_reason(&family.name, from, to),
                reason_data: None,
                decided: Decision::Accepted,
                decided_at: now.fixed_offset(),
            },
        )?;
        load_program(conn, catalog, today)
    })
}

/// The built-in catalog, checked once per run.
pub(super) fn catalog() -> Result<&'static Catalog, AppError> {
    static CATALOG: OnceLock<Result<Catalog, CatalogError>> = OnceLock::new();
    CATALOG
        .get_or_init(builtin_catalog)
        .as_ref()
        .map_err(|problem| AppError::Unavailable { message: format!("The exercise catalog could not be read: {problem}") })
}

/// Reads what the program screen and the suggestion rules need; the rules themselves are in
/// `domain::program` and `domain::routine`.
fn load_program(conn: &Connection, catalog: &Catalog, today: NaiveDate) -> Result<Program, AppError> {
    let levels = store::current_levels(conn, catalog)?;
    let by_family = level_map(&levels);
    let history = store::list_level_changes(conn, None)?;
    let earliest = |days: u64| today.checked_sub_days(Days::new(days)).unwrap_or(today);
    let pain_days = group_by_day(store::list_pain_entries(conn, Some(earliest(SUGGESTION_DIARY_DAYS)), None)?);
    let window = last_two_weeks(today);
    let active_days = store::active_days(conn, Some(window.from), Some(window.to))?;
    let last_finished = store::last_finished_session(conn)?;
    let plan = store::get_habit_plan(conn)?;
    let suggestions = pending_suggestions(&SuggestionInput {
        catalog,
        levels: &levels,
        last_finished: last_finished.as_ref(),
        pain_days: &pain_days,
        active_days_in_last_two_weeks: u32::try_from(active_days.len()).unwrap_or(u32::MAX),
        weekly_goal: plan.settings.weekly_goal,
        recent_changes: &history,
        today,
    });
    Ok(Program {
        routine: build_routine(catalog, &by_family, false),
        gentle_routine: build_routine(catalog, &by_family, true),
        levels,
        suggestions,
        history,
    })
}
