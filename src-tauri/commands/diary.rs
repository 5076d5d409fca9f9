//! Commands of the Today and History screens.

use tauri::State;

use super::{parse_day_range, parse_id, AppError, WithDiary};
use crate::app;
use crate::clock;
use crate::domain::diary::history::PainDay;
use crate::domain::diary::history_pages::HistoryPage;
use crate::domain::diary::{PainEntry, PainEntryDraft};
use crate::state::AppState;

#[tauri::command]
pub fn log_pain(state: State<'_, AppState>, draft: PainEntryDraft) -> Result<app::diary::LoggedPain, AppError> {
    state.with_diary(|conn| app::diary::log_pain(conn, clock::now(), &draft))
}

#[tauri::command]
pub fn update_pain(state: State<'_, AppState>, id: String, draft: PainEntryDraft) -> Result<PainEntry, AppError> {
    let id = parse_id("entry", &id)?;
    state.with_diary(|conn| app::diary::update_pain(conn, clock::now(), &id, &draft))
}

#[tauri::command]
pub fn delete_pain(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    let id = parse_id("entry", &id)?;
    state.with_diary(|conn| app::diary::delete_pain(conn, &id))
}

#[tauri::command]
pub fn undo_delete_pain(state: State<'_, AppState>, id: String) -> Result<PainEntry, AppError> {
    let id = parse_id("entry", &id)?;
    state.with_diary(|conn| app::diary::undo_delete_pain(conn, &id))
}

#[tauri::command]
pub fn list_pain_days(state: State<'_, AppState>, from: Option<String>, to: Option<String>) -> Result<Vec<PainDay>, AppError> {
    let (from, to) = parse_day_range(from.as_deref(), to.as_deref())?;
    state.with_diary(|conn| app::diary::pain_days(conn, from, to))
}

#[tauri::command]
pub fn history_page(state: State<'_, AppState>, from: Option<String>, to: Option<String>, page: i64) -> Result<HistoryPage, AppError> {
    let (from, to) = parse_day_range(from.as_deref(), to.as_deref())?;
    state.with_diary(|conn| app::diary::history_page(conn, from, to, page))
}
