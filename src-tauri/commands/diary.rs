//! Commands of the Today and History screens.

use chrono::NaiveDate;
use tauri::State;

use super::{parse_id, AppError};
use crate::clock;
use crate::domain::diary::{validate, DiaryContext, PainEntry, PainEntryDraft};
use crate::domain::history::{group_by_day, PainDay};
use crate::domain::validation::ValidationErrors;
use crate::state::AppState;
use crate::store;

#[tauri::command]
pub fn log_pain(state: State<'_, AppState>, draft: PainEntryDraft) -> Result<PainEntry, AppError> {
    state.with_diary(|conn| {
        let known_medications = store::medication_ids(conn)?;
        let details = validate(&draft, &DiaryContext { now: clock::now(), known_medications: &known_medications })?;
        Ok(store::insert_pain_entry(conn, &details)?)
    })
}

#[tauri::command]
pub fn update_pain(state: State<'_, AppState>, id: String, draft: PainEntryDraft) -> Result<PainEntry, AppError> {
    let id = parse_id("entry", &id)?;
    state.with_diary(|conn| {
        let known_medications = store::medication_ids(conn)?;
        let details = validate(&draft, &DiaryContext { now: clock::now(), known_medications: &known_medications })?;
        Ok(store::update_pain_entry(conn, &id, &details)?)
    })
}

#[tauri::command]
pub fn delete_pain(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    let id = parse_id("entry", &id)?;
    state.with_diary(|conn| Ok(store::delete_pain_entry(conn, &id)?))
}

#[tauri::command]
pub fn undo_delete_pain(state: State<'_, AppState>, id: String) -> Result<PainEntry, AppError> {
    let id = parse_id("entry", &id)?;
    state.with_diary(|conn| Ok(store::restore_pain_entry(conn, &id)?))
}

/// Days with entries between `from` and `to` (local dates, inclusive; either may be absent).
#[tauri::command]
pub fn list_pain_days(state: State<'_, AppState>, from: Option<String>, to: Option<String>) -> Result<Vec<PainDay>, AppError> {
    let mut errors = ValidationErrors::default();
    let from = parse_day("from", from.as_deref(), &mut errors);
    let to = parse_day("to", to.as_deref(), &mut errors);
    if let (Some(from), Some(to)) = (from, to) {
        if from > to {
            errors.push("to", "The end date must be on or after the start date.");
        }
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    state.with_diary(|conn| Ok(group_by_day(store::list_pain_entries(conn, from, to)?)))
}

pub(super) fn parse_day(field: &str, text: Option<&str>, errors: &mut ValidationErrors) -> Option<NaiveDate> {
    let text = text.map(str::trim).filter(|t| !t.is_empty())?;
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
    if day.is_none() {
        errors.push(field, "Enter a date such as 2026-03-14.");
    }
    day
}
