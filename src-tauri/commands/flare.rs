//! Commands of Today's flare card.

use tauri::State;

use super::{AppError, WithDiary};
use crate::app;
use crate::app::flare::Flares;
use crate::clock;
use crate::domain::program::flare::FlareDraft;
use crate::state::AppState;

#[tauri::command]
pub fn get_flares(state: State<'_, AppState>) -> Result<Flares, AppError> {
    state.with_diary(|conn| app::flare::flares(conn, clock::now().date_naive()))
}

#[tauri::command]
pub fn start_flare(state: State<'_, AppState>, draft: FlareDraft) -> Result<Flares, AppError> {
    state.with_diary(|conn| app::flare::start_flare(conn, clock::now(), &draft))
}

#[tauri::command]
pub fn end_flare(state: State<'_, AppState>) -> Result<Flares, AppError> {
    state.with_diary(|conn| app::flare::end_flare(conn, clock::now()))
}

#[tauri::command]
pub fn set_flare_last_day(state: State<'_, AppState>, last_day: String) -> Result<Flares, AppError> {
    state.with_diary(|conn| app::flare::set_flare_last_day(conn, clock::now(), &last_day))
}
