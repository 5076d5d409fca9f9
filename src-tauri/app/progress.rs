//! Progress and the habit plan: streaks, the weekly goal, habit strength and the calendar, and
//! the rest-day plan and pauses they respect.

use chrono::NaiveDate;
use rusqlite::Connection;
use uuid::Uuid;

use super::AppError;
use crate::domain::program::habit_plan::{validate_pause_draft, validate_settings, HabitPlanView, HabitSettings, Pause, PauseDraft};
use crate::domain::program::progress::calendar::check_calendar_range;
use crate::domain::program::progress::day_scan::ActiveDays;
use crate::domain::program::progress::{summarize, Summary};
use crate::store;

/// Streaks, weekly goal and habit strength as of `today`, and the calendar from `from` to `to`
/// (both needed, at most `MAX_CALENDAR_DAYS` apart).
pub fn progress(conn: &Connection, today: NaiveDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Summary, AppError> {
    let calendar = check_calendar_range(from, to)?;
    let active = ActiveDays::new(store::active_days(conn, None, None)?);
    let plan = store::get_habit_plan(conn)?.plan();
    Ok(summarize(&active, &plan, today, calendar))
}

pub fn habit_plan(conn: &Connection) -> Result<HabitPlanView, AppError> {
    Ok(store::get_habit_plan(conn)?)
}

pub fn save_habit_plan(conn: &mut Connection, plan: &HabitSettings) -> Result<HabitPlanView, AppError> {
    validate_settings(plan)?;
    Ok(store::save_habit_settings(conn, plan)?)
}

pub fn add_pause(conn: &mut Connection, draft: &PauseDraft) -> Result<Pause, AppError> {
    let details = validate_pause_draft(draft)?;
    Ok(store::add_pause(conn, &details)?)
}

pub fn remove_pause(conn: &mut Connection, id: &Uuid) -> Result<(), AppError> {
    Ok(store::remove_pause(conn, id)?)
}
