//! Commands of the Program screen's safety check.

use tauri::State;

use super::{AppError, WithDiary};
use crate::app;
use crate::app::program::Program;
use crate::app::safety::SafetyCheck;
use crate::clock;
use crate::domain::program::safety::SafetyDraft;
use crate::state::AppState;

#[tauri::command]
pub fn get_safety_check(state: State<'_, AppState>) -> Result<SafetyCheck, AppError> {
    state.with_diary(|conn| app::safety::safety_check(conn))
}

#[tauri::command]
pub fn save_safety_check(state: State<'_, AppState>, draft: SafetyDraft) -> Result<Program, AppError> {
    state.with_diary(|conn| app::safety::save_safety(conn, clock::now(), &draft))
}
