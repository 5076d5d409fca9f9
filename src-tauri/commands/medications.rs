//! Commands of the Medications screen.

use tauri::State;

use super::{parse_id, AppError, WithDiary};
use crate::domain::medication::{validate_medication, Medication, MedicationDraft};
use crate::state::AppState;
use crate::store;

#[tauri::command]
pub fn list_medications(state: State<'_, AppState>, include_archived: bool) -> Result<Vec<Medication>, AppError> {
    state.with_diary(|conn| Ok(store::list_medications(conn, include_archived)?))
}

#[tauri::command]
pub fn add_medication(state: State<'_, AppState>, draft: MedicationDraft) -> Result<Medication, AppError> {
    state.with_diary(|conn| {
        let details = validate_medication(&draft, &store::medication_names_except(conn, None)?)?;
        Ok(store::add_medication(conn, &details)?)
    })
}

#[tauri::command]
pub fn update_medication(state: State<'_, AppState>, id: String, draft: MedicationDraft) -> Result<Medication, AppError> {
    let id = parse_id("medication", &id)?;
    state.with_diary(|conn| {
        let details = validate_medication(&draft, &store::medication_names_except(conn, Some(&id))?)?;
        Ok(store::update_medication(conn, &id, &details)?)
    })
}

#[tauri::command]
pub fn set_medication_archived(state: State<'_, AppState>, id: String, archived: bool) -> Result<Medication, AppError> {
    let id = parse_id("medication", &id)?;
    state.with_diary(|conn| Ok(store::set_medication_archived(conn, &id, archived)?))
}
