//! The person's medication list, which diary entries refer to by id.

use rusqlite::Connection;
use uuid::Uuid;

use super::AppError;
use crate::domain::diary::medication::{validate_medication, Medication, MedicationDraft};
use crate::store;

pub fn list_medications(conn: &Connection, include_archived: bool) -> Result<Vec<Medication>, AppError> {
    Ok(store::list_medications(conn, include_archived)?)
}

pub fn add_medication(conn: &mut Connection, draft: &MedicationDraft) -> Result<Medication, AppError> {
    let details = validate_medication(draft, &store::medication_names_except(conn, None)?)?;
    Ok(store::add_medication(conn, &details)?)
}

pub fn update_medication(conn: &mut Connection, id: &Uuid, draft: &MedicationDraft) -> Result<Medication, AppError> {
    let details = validate_medication(draft, &store::medication_names_except(conn, Some(id))?)?;
    Ok(store::update_medication(conn, id, &details)?)
}

pub fn set_medication_archived(conn: &mut Connection, id: &Uuid, archived: bool) -> Result<Medication, AppError> {
    Ok(store::set_medication_archived(conn, id, archived)?)
}
