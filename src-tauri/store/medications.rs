//! The person's medication list.

use rusqlite::{params, Connection, Row};
use uuid::Uuid;

use crate::domain::diary::medication::{Medication, MedicationDetails};

use super::columns::{parse_uuid, stamp};
use super::StoreError;

const COLUMNS: &str = "id, name, default_dose, archived";

/// The list by name; archived medications only when asked for.
pub fn list_medications(conn: &Connection, include_archived: bool) -> Result<Vec<Medication>, StoreError> {
    let mut statement = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM medication WHERE archived = 0 OR ?1 ORDER BY name COLLATE NOCASE"))?;
    let rows = statement.query_map([include_archived], read_medication)?;
    rows.map(|row| row?).collect()
}

/// Ids of every medication, archived or not: an edited old entry may still name an archived one.
pub fn medication_ids(conn: &Connection) -> Result<Vec<Uuid>, StoreError> {
    let mut statement = conn.prepare_cached("SELECT id FROM medication")?;
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    rows.map(|id| parse_uuid(&id?)).collect()
}

/// Names on the list other than `except`'s, for the duplicate-name rule.
pub fn medication_names_except(conn: &Connection, except: Option<&Uuid>) -> Result<Vec<String>, StoreError> {
    let except = except.map(Uuid::to_string).unwrap_or_default();
    let mut statement = conn.prepare_cached("SELECT name FROM medication WHERE id <> ?1")?;
    let rows = statement.query_map([except], |row| row.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn add_medication(conn: &Connection, details: &MedicationDetails) -> Result<Medication, StoreError> {
    let id = Uuid::new_v4();
    conn.execute(
        "INSERT INTO medication (id, name, default_dose, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![id.to_string(), details.name, details.default_dose, stamp()],
    )?;
    get(conn, &id)
}

pub fn update_medication(conn: &Connection, id: &Uuid, details: &MedicationDetails) -> Result<Medication, StoreError> {
    let changed = conn
        .execute("UPDATE medication SET name = ?2, default_dose = ?3 WHERE id = ?1", params![id.to_string(), details.name, details.default_dose])?;
    if changed == 0 {
        return Err(StoreError::MedicationNotFound(id.to_string()));
    }
    get(conn, id)
}

pub fn set_medication_archived(conn: &Connection, id: &Uuid, archived: bool) -> Result<Medication, StoreError> {
    let changed = conn.execute("UPDATE medication SET archived = ?2 WHERE id = ?1", params![id.to_string(), archived])?;
    if changed == 0 {
        return Err(StoreError::MedicationNotFound(id.to_string()));
    }
    get(conn, id)
}

fn get(conn: &Connection, id: &Uuid) -> Result<Medication, StoreError> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM medication WHERE id = ?1"), [id.to_string()], read_medication)?
}

fn read_medication(row: &Row<'_>) -> rusqlite::Result<Result<Medication, StoreError>> {
    let id: String = row.get(0)?;
    Ok(match parse_uuid(&id) {
        Ok(id) => Ok(Medication { id, name: row.get(1)?, default_dose: row.get(2)?, archived: row.get(3)? }),
        Err(error) => Err(error),
    })
}
