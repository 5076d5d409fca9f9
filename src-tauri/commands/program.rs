//! Commands of the Program, session player and Progress screens.

use tauri::State;

use super::{parse_day_range, parse_id, AppError, WithDiary};
use crate::app;
use crate::app::program::Program;
use crate::clock;
use crate::domain::program::exercise::{Catalog, Level};
use crate::domain::program::habit_plan::{HabitPlanView, HabitSettings, Pause, PauseDraft};
use crate::domain::program::progress::Summary;
use crate::domain::program::session::{ExerciseProgressDraft, ExerciseSession, ManualSessionDraft, SessionFinishDraft};
use crate::domain::program::suggestions::Direction;
use crate::state::AppState;

#[tauri::command]
pub fn get_catalog() -> Result<Catalog, AppError> {
    Ok(app::builtin::catalog()?.clone())
}

#[tauri::command]
pub fn get_program(state: State<'_, AppState>) -> Result<Program, AppError> {
    state.with_diary(|conn| app::program::program(conn, clock::now().date_naive()))
}

#[tauri::command]
pub fn start_session(state: State<'_, AppState>, gentle: bool, pain_before: Option<f64>) -> Result<ExerciseSession, AppError> {
    state.with_diary(|conn| app::program::start_session(conn, clock::now(), gentle, pain_before))
}

#[tauri::command]
pub fn record_exercise_progress(
    state: State<'_, AppState>,
    session_id: String,
    progress: ExerciseProgressDraft,
) -> Result<ExerciseSession, AppError> {
    let session_id = parse_id("exercise session", &session_id)?;
    state.with_diary(|conn| app::program::record_exercise_progress(conn, &session_id, &progress))
}

#[tauri::command]
pub fn finish_session(state: State<'_, AppState>, session_id: String, draft: SessionFinishDraft) -> Result<ExerciseSession, AppError> {
    let session_id = parse_id("exercise session", &session_id)?;
    state.with_diary(|conn| app::program::finish_session(conn, clock::now(), &session_id, &draft))
}

#[tauri::command]
pub fn log_manual_session(state: State<'_, AppState>, draft: ManualSessionDraft) -> Result<ExerciseSession, AppError> {
    state.with_diary(|conn| app::program::log_manual_session(conn, clock::now(), &draft))
}

#[tauri::command]
pub fn list_sessions(state: State<'_, AppState>, from: Option<String>, to: Option<String>) -> Result<Vec<ExerciseSession>, AppError> {
    let (from, to) = parse_day_range(from.as_deref(), to.as_deref())?;
    state.with_diary(|conn| app::program::list_sessions(conn, from, to))
}

#[tauri::command]
pub fn get_progress(state: State<'_, AppState>, from: String, to: String) -> Result<Summary, AppError> {
    let (from, to) = parse_day_range(Some(&from), Some(&to))?;
    state.with_diary(|conn| app::progress::progress(conn, clock::now().date_naive(), from, to))
}

#[tauri::command]
pub fn get_habit_plan(state: State<'_, AppState>) -> Result<HabitPlanView, AppError> {
    state.with_diary(|conn| app::progress::habit_plan(conn))
}

#[tauri::command]
pub fn save_habit_plan(state: State<'_, AppState>, plan: HabitSettings) -> Result<HabitPlanView, AppError> {
    state.with_diary(|conn| app::progress::save_habit_plan(conn, &plan))
}

#[tauri::command]
pub fn add_pause(state: State<'_, AppState>, draft: PauseDraft) -> Result<Pause, AppError> {
    state.with_diary(|conn| app::progress::add_pause(conn, &draft))
}

#[tauri::command]
pub fn remove_pause(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    let id = parse_id("pause", &id)?;
    state.with_diary(|conn| app::progress::remove_pause(conn, &id))
}

#[tauri::command]
pub fn decide_suggestion(
    state: State<'_, AppState>,
    family_id: String,
    direction: Direction,
    to_level: Option<Level>,
    accept: bool,
) -> Result<Program, AppError> {
    state.with_diary(|conn| app::program::decide_suggestion(conn, clock::now(), &family_id, direction, to_level, accept))
}

#[tauri::command]
pub fn set_level(state: State<'_, AppState>, family_id: String, level: String) -> Result<Program, AppError> {
    state.with_diary(|conn| app::program::set_level(conn, clock::now(), &family_id, &level))
}
