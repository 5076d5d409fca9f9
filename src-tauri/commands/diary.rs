//! Commands of the Today and History screens.

use tauri::State;

use super::{parse_day_range, parse_id, AppError, WithDiary};
use crate::clock;
use crate::domain::diary::{validate, DiaryContext, PainEntry, PainEntryDraft};
use crate::domain::history::{group_by_day, PainDay};
use crate::domain::history_pages::{plan_pages, HistoryPage, HISTORY_BUDGET};
use crate::state::AppState;
use crate::store;

#[tauri::command]
pub fn log_pain(state: State<'_, AppState>, draft: PainEntryDraft) -> Result<PainEntry, AppError> {
    state.with_diary(|conn| {
        let known_medications = store::medication_ids(conn)?;
        let details = validate(&draft, &DiaryContext { now: clock::now(), known_medications: &known_medications })?;
        Ok(store::insert_pain_entry(conn, &details)?)
    })
}

#[tauri::command]
pub fn update_pain(state: State<'_, AppState>, id: String, draft: PainEntryDraft) -> Result<PainEntry, AppError> {
    let id = parse_id("entry", &id)?;
    state.with_diary(|conn| {
        let known_medications = store::medication_ids(conn)?;
        let details = validate(&draft, &DiaryContext { now: clock::now(), known_medications: &known_medications })?;
        Ok(store::update_pain_entry(conn, &id, &details)?)
    })
}

#[tauri::command]
pub fn delete_pain(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    let id = parse_id("entry", &id)?;
    state.with_diary(|conn| Ok(store::delete_pain_entry(conn, &id)?))
}

#[tauri::command]
pub fn undo_delete_pain(state: State<'_, AppState>, id: String) -> Result<PainEntry, AppError> {
    let id = parse_id("entry", &id)?;
    state.with_diary(|conn| Ok(store::restore_pain_entry(conn, &id)?))
}

/// Days with entries between `from` and `to` (local dates, inclusive; either may be absent).
#[tauri::command]
pub fn list_pain_days(state: State<'_, AppState>, from: Option<String>, to: Option<String>) -> Result<Vec<PainDay>, AppError> {
    let (from, to) = parse_day_range(from.as_deref(), to.as_deref())?;
    state.with_diary(|conn| Ok(group_by_day(store::list_pain_entries(conn, from, to)?)))
}

/// One page of History over `from..=to`: whole days, newest first, within the page budget of
/// `domain::history_pages`. `page` counts from 0; a page that does not exist is a validation error.
#[tauri::command]
pub fn history_page(state: State<'_, AppState>, from: Option<String>, to: Option<String>, page: i64) -> Result<HistoryPage, AppError> {
    let (from, to) = parse_day_range(from.as_deref(), to.as_deref())?;
    state.with_diary(|conn| {
        let plan = plan_pages(&store::pain_day_counts(conn, from, to)?, HISTORY_BUDGET);
        let index = plan.page_index(page)?;
        let days = match plan.span(index) {
            Some(span) => group_by_day(store::list_pain_entries(conn, Some(span.oldest), Some(span.newest))?),
            None => Vec::new(),
        };
        Ok(plan.page(index, days))
    })
}
