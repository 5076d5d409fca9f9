//! Commands of the Insights screen, and Today's line on this week's pain.

use tauri::State;

use super::{parse_day_range, AppError, WithDiary};
use crate::app::insights;
use crate::clock;
use crate::domain::insights::{Insights, WeekAgainstWeek};
use crate::state::AppState;

/// Every figure of the Insights screen for one range, in one call. `from` and `to` are local
/// days (`YYYY-MM-DD`); without `from` the range starts on the diary's first day.
#[tauri::command]
pub fn get_insights(state: State<'_, AppState>, from: Option<String>, to: Option<String>) -> Result<Insights, AppError> {
    let (from, to) = parse_day_range(from.as_deref(), to.as_deref())?;
    state.with_diary(|conn| insights::insights(conn, clock::now().date_naive(), from, to))
}

/// This week's average pain so far against last week's.
#[tauri::command]
pub fn get_week_against_week(state: State<'_, AppState>) -> Result<WeekAgainstWeek, AppError> {
    state.with_diary(|conn| insights::week_against_week(conn, clock::now().date_naive()))
}
