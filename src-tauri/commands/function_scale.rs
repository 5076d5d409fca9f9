//! Commands of the weekly function check-in (the Today card and the activities list).

use tauri::State;

use super::{parse_day_range, parse_id, AppError, WithDiary};
use crate::app;
use crate::clock;
use crate::domain::function_scale::summary::FunctionSummary;
use crate::domain::function_scale::{ActivityDraft, CheckInStatus, FunctionActivity, FunctionRating, RatingChange, RatingDraft};
use crate::state::AppState;

#[tauri::command]
pub fn get_function_check_in(state: State<'_, AppState>) -> Result<CheckInStatus, AppError> {
    state.with_diary(|conn| app::function_scale::check_in(conn, clock::now()))
}

#[tauri::command]
pub fn put_aside_function_invite(state: State<'_, AppState>) -> Result<CheckInStatus, AppError> {
    state.with_diary(|conn| app::function_scale::put_aside_invite(conn, clock::now()))
}

#[tauri::command]
pub fn list_function_activities(state: State<'_, AppState>) -> Result<Vec<FunctionActivity>, AppError> {
    state.with_diary(|conn| app::function_scale::list_function_activities(conn))
}

#[tauri::command]
pub fn add_function_activity(state: State<'_, AppState>, draft: ActivityDraft) -> Result<FunctionActivity, AppError> {
    state.with_diary(|conn| app::function_scale::add_function_activity(conn, &draft))
}

#[tauri::command]
pub fn retire_function_activity(state: State<'_, AppState>, id: String) -> Result<FunctionActivity, AppError> {
    let id = parse_id("activity", &id)?;
    state.with_diary(|conn| app::function_scale::retire_function_activity(conn, &id))
}

#[tauri::command]
pub fn list_function_ratings(state: State<'_, AppState>, from: Option<String>, to: Option<String>) -> Result<Vec<FunctionRating>, AppError> {
    let (from, to) = parse_day_range(from.as_deref(), to.as_deref())?;
    state.with_diary(|conn| app::function_scale::list_function_ratings(conn, from, to))
}

#[tauri::command]
pub fn add_function_rating(state: State<'_, AppState>, draft: RatingDraft) -> Result<FunctionRating, AppError> {
    state.with_diary(|conn| app::function_scale::add_function_rating(conn, clock::now(), &draft))
}

#[tauri::command]
pub fn record_function_check_in(state: State<'_, AppState>, ratings: Vec<RatingDraft>) -> Result<Vec<FunctionRating>, AppError> {
    state.with_diary(|conn| app::function_scale::record_check_in(conn, clock::now(), &ratings))
}

#[tauri::command]
pub fn update_function_rating(state: State<'_, AppState>, id: String, change: RatingChange) -> Result<FunctionRating, AppError> {
    let id = parse_id("rating", &id)?;
    state.with_diary(|conn| app::function_scale::update_function_rating(conn, clock::now(), &id, &change))
}

#[tauri::command]
pub fn function_summary(state: State<'_, AppState>, from: Option<String>, to: Option<String>) -> Result<FunctionSummary, AppError> {
    let (from, to) = parse_day_range(from.as_deref(), to.as_deref())?;
    state.with_diary(|conn| app::function_scale::function_summary(conn, clock::now(), from, to))
}
