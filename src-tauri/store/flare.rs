//! Flares (`domain::program::flare`): marked from Today, ended early or made longer. Each write
//! is one transaction; the table's CHECKs hold the invariants the domain checked first.

use rusqlite::{params, Connection};
use uuid::Uuid;

use crate::domain::program::flare::{Flare, FlareMode, NewFlare};

use super::columns::{parse_day, parse_time, parse_uuid, parse_word};
use super::StoreError;

/// Every flare, oldest first.
pub fn list_flares(conn: &Connection) -> Result<Vec<Flare>, StoreError> {
    let mut statement =
        conn.prepare_cached("SELECT id, from_day, planned_to, ended_on, mode, started_at FROM flare ORDER BY from_day, started_at")?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, Option<String>>(3)?,
            row.get::<_, String>(4)?,
            row.get::<_, String>(5)?,
        ))
    })?;
    rows.map(|row| {
        let (id, from, planned_to, ended_on, mode, started_at) = row?;
        Ok(Flare {
            id: parse_uuid(&id)?,
            from: parse_day(&from)?,
            planned_to: parse_day(&planned_to)?,
            ended_on: ended_on.as_deref().map(parse_day).transpose()?,
            mode: parse_word(&mode, FlareMode::from_wire)?,
            started_at: parse_time(&started_at)?,
        })
    })
    .collect()
}

/// Stores a new flare, started at `started_at` (RFC 3339 with its offset).
pub fn insert_flare(conn: &mut Connection, flare: &NewFlare, started_at: chrono::DateTime<chrono::FixedOffset>) -> Result<Flare, StoreError> {
    let stored = Flare { id: Uuid::new_v4(), from: flare.from, planned_to: flare.planned_to, ended_on: None, mode: flare.mode, started_at };
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO flare (id, from_day, planned_to, ended_on, mode, started_at) VALUES (?1, ?2, ?3, NULL, ?4, ?5)",
        params![stored.id.to_string(), stored.from.to_string(), stored.planned_to.to_string(), stored.mode.wire_name(), started_at.to_rfc3339()],
    )?;
    tx.commit()?;
    Ok(stored)
}

/// Sets a flare's planned last day and ended day (both already checked).
pub fn set_flare_end(conn: &mut Connection, id: &Uuid, planned_to: chrono::NaiveDate, ended_on: Option<chrono::NaiveDate>) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    let changed = tx.execute(
        "UPDATE flare SET planned_to = ?2, ended_on = ?3 WHERE id = ?1",
        params![id.to_string(), planned_to.to_string(), ended_on.map(|day| day.to_string())],
    )?;
    if changed == 0 {
        return Err(StoreError::FlareNotFound(id.to_string()));
    }
    tx.commit()?;
    Ok(())
}
