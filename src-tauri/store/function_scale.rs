//! The weekly function check-in: activities and their ratings.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use crate::domain::function_scale::{FunctionActivity, FunctionRating, RatingDetails};

use super::columns::{day_bounds, parse_day, parse_time, parse_uuid, stamp};
use super::StoreError;

const RATING_COLUMNS: &str = "id, activity_id, day, rated_at, score";

/// Every activity, active or retired, oldest first.
pub fn list_function_activities(conn: &Connection) -> Result<Vec<FunctionActivity>, StoreError> {
    let mut statement = conn.prepare_cached("SELECT id, name, created_at, retired_at FROM function_activity ORDER BY created_at, rowid")?;
    let rows = statement.query_map([], read_activity)?;
    rows.map(|row| row?).collect()
}

pub fn add_function_activity(conn: &Connection, name: &str) -> Result<FunctionActivity, StoreError> {
    let id = Uuid::new_v4();
    conn.execute("INSERT INTO function_activity (id, name, created_at) VALUES (?1, ?2, ?3)", params![id.to_string(), name, stamp()])?;
    get_activity(conn, &id)
}

/// Marks an activity retired (once: retiring it again keeps the first time).
pub fn retire_function_activity(conn: &Connection, id: &Uuid) -> Result<FunctionActivity, StoreError> {
    let changed =
        conn.execute("UPDATE function_activity SET retired_at = coalesce(retired_at, ?2) WHERE id = ?1", params![id.to_string(), stamp()])?;
    if changed == 0 {
        return Err(StoreError::ActivityNotFound(id.to_string()));
    }
    get_activity(conn, id)
}

/// Ratings with a day in `from..=to` (an absent end is open), in time order.
pub fn list_function_ratings(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<FunctionRating>, StoreError> {
    let (from, to) = day_bounds(from, to);
    let mut statement =
        conn.prepare_cached(&format!("SELECT {RATING_COLUMNS} FROM function_rating WHERE day BETWEEN ?1 AND ?2 ORDER BY rated_at, id"))?;
    let rows = statement.query_map([from, to], read_rating)?;
    rows.map(|row| row?).collect()
}

pub fn get_function_rating(conn: &Connection, id: &Uuid) -> Result<FunctionRating, StoreError> {
    conn.query_row(&format!("SELECT {RATING_COLUMNS} FROM function_rating WHERE id = ?1"), [id.to_string()], read_rating)
        .optional()?
        .ok_or_else(|| StoreError::RatingNotFound(id.to_string()))?
}

/// Saves checked ratings all together, or none of them.
pub fn insert_function_ratings(conn: &mut Connection, ratings: &[RatingDetails]) -> Result<Vec<FunctionRating>, StoreError> {
    let tx = conn.transaction()?;
    let mut ids = Vec::with_capacity(ratings.len());
    for rating in ratings {
        let id = Uuid::new_v4();
        tx.execute(
            "INSERT INTO function_rating (id, activity_id, day, rated_at, score, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id.to_string(), rating.activity_id.to_string(), rating.day.to_string(), rating.rated_at.to_rfc3339(), rating.score, stamp()],
        )?;
        ids.push(id);
    }
    let saved = ids.iter().map(|id| get_function_rating(&tx, id)).collect::<Result<Vec<_>, _>>()?;
    tx.commit()?;
    Ok(saved)
}

pub fn update_function_rating(conn: &Connection, id: &Uuid, rating: &RatingDetails) -> Result<FunctionRating, StoreError> {
    let changed = conn.execute(
        "UPDATE function_rating SET day = ?2, rated_at = ?3, score = ?4, updated_at = ?5 WHERE id = ?1",
        params![id.to_string(), rating.day.to_string(), rating.rated_at.to_rfc3339(), rating.score, stamp()],
    )?;
    if changed == 0 {
        return Err(StoreError::RatingNotFound(id.to_string()));
    }
    get_function_rating(conn, id)
}

fn get_activity(conn: &Connection, id: &Uuid) -> Result<FunctionActivity, StoreError> {
    conn.query_row("SELECT id, name, created_at, retired_at FROM function_activity WHERE id = ?1", [id.to_string()], read_activity)
        .optional()?
        .ok_or_else(|| StoreError::ActivityNotFound(id.to_string()))?
}

fn read_activity(row: &Row<'_>) -> rusqlite::Result<Result<FunctionActivity, StoreError>> {
    let id: String = row.get(0)?;
    let (name, created_at, retired_at) = (row.get(1)?, row.get(2)?, row.get(3)?);
    Ok(parse_uuid(&id).map(|id| FunctionActivity { id, name, created_at, retired_at }))
}

fn read_rating(row: &Row<'_>) -> rusqlite::Result<Result<FunctionRating, StoreError>> {
    let (id, activity_id, day, rated_at): (String, String, String, String) = (row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?);
    let score: u8 = row.get(4)?;
    Ok((|| {
        Ok(FunctionRating {
            id: parse_uuid(&id)?,
            activity_id: parse_uuid(&activity_id)?,
            day: parse_day(&day)?,
            rated_at: parse_time(&rated_at)?,
            score,
        })
    })())
}
