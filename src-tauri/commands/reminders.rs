//! Commands of the Reminders screen: the rules, the first-run offer and what happened lately.
//! Every change to the rules wakes the scheduler so it plans from the new set.

use tauri::{AppHandle, Runtime, State};

use super::{parse_id, AppError, WithDiary};
use crate::app::reminders::{
    accept_default_reminders as accept_defaults, add_reminder as add_rule, delete_reminder as delete_rule,
    dismiss_default_reminders as dismiss_defaults, reminders, set_reminder_enabled as set_rule_enabled, update_reminder as update_rule,
    RemindersView,
};
use crate::domain::reminders::{ReminderRule, ReminderRuleDraft};
use crate::reminders::SchedulerExt;
use crate::state::AppState;

#[tauri::command]
pub fn get_reminders(state: State<'_, AppState>) -> Result<RemindersView, AppError> {
    state.with_diary(|conn| reminders(conn))
}

#[tauri::command]
pub fn add_reminder<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, draft: ReminderRuleDraft) -> Result<ReminderRule, AppError> {
    change_rules(&app, &state, |conn| add_rule(conn, &draft))
}

#[tauri::command]
pub fn update_reminder<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    draft: ReminderRuleDraft,
) -> Result<ReminderRule, AppError> {
    let id = parse_id("reminder", &id)?;
    change_rules(&app, &state, |conn| update_rule(conn, &id, &draft))
}

#[tauri::command]
pub fn set_reminder_enabled<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, id: String, enabled: bool) -> Result<ReminderRule, AppError> {
    let id = parse_id("reminder", &id)?;
    change_rules(&app, &state, |conn| set_rule_enabled(conn, &id, enabled))
}

#[tauri::command]
pub fn delete_reminder<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    let id = parse_id("reminder", &id)?;
    change_rules(&app, &state, |conn| delete_rule(conn, &id))
}

#[tauri::command]
pub fn accept_default_reminders<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<RemindersView, AppError> {
    change_rules(&app, &state, accept_defaults)
}

#[tauri::command]
pub fn dismiss_default_reminders(state: State<'_, AppState>) -> Result<RemindersView, AppError> {
    state.with_diary(dismiss_defaults)
}

/// Runs a change to the rules with the diary and, once it is saved, wakes the scheduler so it
/// plans from the new set.
fn change_rules<R: Runtime, T>(
    app: &AppHandle<R>,
    state: &AppState,
    work: impl FnOnce(&mut rusqlite::Connection) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let result = state.with_diary(work);
    if result.is_ok() {
        app.reminders_changed();
    }
    result
}
