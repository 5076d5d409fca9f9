//! Commands of the Medications screen.

use tauri::State;

use super::{parse_id, AppError, WithDiary};
use crate::app;
use crate::domain::diary::medication::{Medication, MedicationDraft};
use crate::state::AppState;

#[tauri::command]
pub fn list_medications(state: State<'_, AppState>, include_archived: bool) -> Result<Vec<Medication>, AppError> {
    state.with_diary(|conn| app::medications::list_medications(conn, include_archived))
}

#[tauri::command]
pub fn add_medication(state: State<'_, AppState>, draft: MedicationDraft) -> Result<Medication, AppError> {
    state.with_diary(|conn| app::medications::add_medication(conn, &draft))
}

#[tauri::command]
pub fn update_medication(state: State<'_, AppState>, id: String, draft: MedicationDraft) -> Result<Medication, AppError> {
    let id = parse_id("medication", &id)?;
    state.with_diary(|conn| app::medications::update_medication(conn, &id, &draft))
}

#[tauri::command]
pub fn set_medication_archived(state: State<'_, AppState>, id: String, archived: bool) -> Result<Medication, AppError> {
    let id = parse_id("medication", &id)?;
    state.with_diary(|conn| app::medications::set_medication_archived(conn, &id, archived))
}
