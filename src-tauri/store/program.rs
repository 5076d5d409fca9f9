//! The person's level in each exercise family and every decision about a level. A level change
//! and the history row that explains it are written in one transaction.

use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};
use uuid::Uuid;

use crate::domain::program::exercise::{Catalog, Level};
use crate::domain::program::session::stored_time;
use crate::domain::program::suggestions::{levels_with_defaults, Decision, Direction, FamilyLevel, LevelChange, NewLevelChange, SuggestionReason};

use super::columns::{day_bounds, parse_day, parse_time, parse_uuid};
use super::StoreError;

const CHANGE_COLUMNS: &str = "id, family_id, from_level, to_level, day, direction, reason, reason_data, decided, decided_at";

/// The levels that differ from the starting one, as stored.
pub fn stored_levels(conn: &Connection) -> Result<Vec<FamilyLevel>, StoreError> {
    let mut statement = conn.prepare_cached("SELECT family_id, level, since FROM program_level ORDER BY family_id")?;
    let rows = statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?)))?;
    rows.map(|row| {
        let (family_id, level, since) = row?;
        Ok(FamilyLevel { family_id, level: parse_level(&level)?, since: Some(parse_day(&since)?) })
    })
    .collect()
}

/// Every catalog family with the person's level; a family never changed is at standard.
pub fn current_levels(conn: &Connection, catalog: &Catalog) -> Result<Vec<FamilyLevel>, StoreError> {
    let start = super::get_program_safety(conn)?.map_or(Level::Standard, |safety| safety.starting_level);
    Ok(levels_with_defaults(catalog, &stored_levels(conn)?, start))
}

/// Keeps a decision about a level and, when it was an accepted move, moves the family's level,
/// both in one transaction.
pub fn record_level_change(conn: &mut Connection, change: &NewLevelChange) -> Result<LevelChange, StoreError> {
    let id = Uuid::new_v4();
    let reason_data = change
        .reason_data
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| StoreError::Corrupt(format!("reason of a level change: {e}")))?;
    let tx = conn.transaction()?;
    tx.execute(
        &format!("INSERT INTO level_change ({CHANGE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
        params![
            id.to_string(),
            change.family_id,
            change.from_level.wire_name(),
            change.to_level.map(Level::wire_name),
            change.day.to_string(),
            change.direction.wire_name(),
            change.reason,
            reason_data,
            change.decided.wire_name(),
            stored_time(&change.decided_at),
        ],
    )?;
    let resulting = change.resulting_level();
    if resulting != change.from_level {
        tx.execute(
            "INSERT INTO program_level (family_id, level, since) VALUES (?1, ?2, ?3)
             ON CONFLICT (family_id) DO UPDATE SET level = excluded.level, since = excluded.since",
            params![change.family_id, resulting.wire_name(), change.day.to_string()],
        )?;
    }
    let stored = tx.query_row(&format!("SELECT {CHANGE_COLUMNS} FROM level_change WHERE id = ?1"), [id.to_string()], read_change)??;
    tx.commit()?;
    Ok(stored)
}

/// Decisions about levels on or after `since` (all when `None`), newest first.
pub fn list_level_changes(conn: &Connection, since: Option<NaiveDate>) -> Result<Vec<LevelChange>, StoreError> {
    let (since, _) = day_bounds(since, None);
    let mut statement =
        conn.prepare_cached(&format!("SELECT {CHANGE_COLUMNS} FROM level_change WHERE day >= ?1 ORDER BY julianday(decided_at) DESC, rowid DESC"))?;
    let rows = statement.query_map([since], read_change)?;
    rows.map(|row| row?).collect()
}

fn read_change(row: &Row<'_>) -> rusqlite::Result<Result<LevelChange, StoreError>> {
    let id: String = row.get(0)?;
    let from_level: String = row.get(2)?;
    let to_level: Option<String> = row.get(3)?;
    let day: String = row.get(4)?;
    let direction: String = row.get(5)?;
    let reason_data: Option<String> = row.get(7)?;
    let decided: String = row.get(8)?;
    let decided_at: String = row.get(9)?;
    let build = || -> Result<LevelChange, StoreError> {
        Ok(LevelChange {
            id: parse_uuid(&id)?,
            family_id: row.get(1)?,
            from_level: parse_level(&from_level)?,
            to_level: to_level.as_deref().map(parse_level).transpose()?,
            day: parse_day(&day)?,
            direction: Direction::from_wire(&direction).ok_or_else(|| StoreError::Corrupt(format!("direction {direction}")))?,
            reason: row.get(6)?,
            reason_data: reason_data
                .as_deref()
                .map(serde_json::from_str::<SuggestionReason>)
                .transpose()
                .map_err(|e| StoreError::Corrupt(format!("reason of a level change: {e}")))?,
            decided: Decision::from_wire(&decided).ok_or_else(|| StoreError::Corrupt(format!("decision {decided}")))?,
            decided_at: parse_time(&decided_at)?,
        })
    };
    Ok(build())
}

fn parse_level(text: &str) -> Result<Level, StoreError> {
    Level::from_wire(text).ok_or_else(|| StoreError::Corrupt(format!("level {text}")))
}
