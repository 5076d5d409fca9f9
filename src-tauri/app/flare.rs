//! Flares: marking one from Today, ending it or making it longer, and what the screens show of
//! them. The rules are `domain::program::flare`; the streak, goal and reminders see a flare as
//! a pause through the habit plan.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::{AppError, Now};
use crate::domain::program::flare::{current_flare, validate_flare, validate_new_last_day, Flare, FlareDraft};
use crate::domain::validation::ValidationErrors;
use crate::store;

/// The flare under way, if any, and every flare, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Flares {
    pub current: Option<Flare>,
    pub all: Vec<Flare>,
}

pub fn flares(conn: &Connection, today: NaiveDate) -> Result<Flares, AppError> {
    let mut all = store::list_flares(conn)?;
    let current = current_flare(&all, today).cloned();
    all.reverse();
    Ok(Flares { current, all })
}

/// Marks a flare from today, for the days and mode chosen.
pub fn start_flare(conn: &mut Connection, now: Now, draft: &FlareDraft) -> Result<Flares, AppError> {
    let today = now.date_naive();
    let checked = validate_flare(draft, today, &store::list_flares(conn)?)?;
    store::insert_flare(conn, &checked, now.fixed_offset())?;
    flares(conn, today)
}

/// Ends the flare under way: today is its last day.
pub fn end_flare(conn: &mut Connection, now: Now) -> Result<Flares, AppError> {
    let today = now.date_naive();
    let flare = under_way(conn, today)?;
    store::set_flare_end(conn, &flare.id, flare.planned_to.max(today), Some(today))?;
    flares(conn, today)
}

/// Moves the last day of the flare under way to `last_day` (`YYYY-MM-DD`), today or later.
pub fn set_flare_last_day(conn: &mut Connection, now: Now, last_day: &str) -> Result<Flares, AppError> {
    let today = now.date_naive();
    let flare = under_way(conn, today)?;
    let Ok(day) = NaiveDate::parse_from_str(last_day.trim(), "%Y-%m-%d") else {
        let mut errors = ValidationErrors::default();
        errors.push("lastDay", crate::t!("common-date-format"));
        return Err(errors.into());
    };
    let day = validate_new_last_day(&flare, day, today)?;
    store::set_flare_end(conn, &flare.id, day, None)?;
    flares(conn, today)
}

fn under_way(conn: &Connection, today: NaiveDate) -> Result<Flare, AppError> {
    current_flare(&store::list_flares(conn)?, today).cloned().ok_or_else(|| AppError::NotFound { message: crate::t!("program-flare-none-today") })
}
