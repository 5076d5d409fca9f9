//! Commands of the Reminders screen: the rules, the first-run offer, what happened lately, and
//! "start at login". Every change to the rules wakes the scheduler so it plans from the new set.

use chrono::{NaiveDate, NaiveTime, Weekday};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use ts_rs::TS;
use uuid::Uuid;

use super::{parse_id, AppError, WithDiary};
use crate::domain::reminder::{default_rules, validate_rule, ReminderKind, ReminderRule, ReminderRuleDraft};
use crate::domain::reminder_outcome::SlotOutcome;
use crate::reminders::Scheduler;
use crate::state::AppState;
use crate::store::{self, Setting};

/// How many handled slots the screen lists.
const RECENT_SLOTS: u32 = 10;

/// What the Reminders screen shows.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RemindersView {
    pub rules: Vec<ReminderRule>,
    /// True until the person has accepted or declined the suggested reminders.
    pub offer_defaults: bool,
    /// The latest reminders sent or kept quiet, newest first.
    pub recent: Vec<ReminderLogItem>,
}

/// One handled slot, for the "lately" list.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReminderLogItem {
    pub kind: ReminderKind,
    #[ts(type = "string")]
    pub local_date: NaiveDate,
    #[ts(type = "string")]
    pub local_time: NaiveTime,
    pub outcome: SlotOutcome,
}

#[tauri::command]
pub fn get_reminders(state: State<'_, AppState>) -> Result<RemindersView, AppError> {
    state.with_diary(|conn| load_view(conn))
}

#[tauri::command]
pub fn add_reminder<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, draft: ReminderRuleDraft) -> Result<ReminderRule, AppError> {
    change_rules(&app, &state, |conn| {
        let details = validate_rule(&draft, &store::list_reminder_rules(conn)?)?;
        let mut stored = store::insert_reminder_rules(conn, &[details])?;
        store::set_setting(conn, Setting::RemindersOffered, "yes")?;
        stored.pop().ok_or_else(|| AppError::Storage { message: "The reminder was not saved.".into() })
    })
}

#[tauri::command]
pub fn update_reminder<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
    draft: ReminderRuleDraft,
) -> Result<ReminderRule, AppError> {
    let id = parse_id("reminder", &id)?;
    change_rules(&app, &state, |conn| {
        store::get_reminder_rule(conn, &id)?;
        let details = validate_rule(&draft, &others(conn, &id)?)?;
        Ok(store::update_reminder_rule(conn, &id, &details)?)
    })
}

/// Switches a rule on or off. Switching on is checked again: another rule of the same kind
/// may have taken one of its times meanwhile.
#[tauri::command]
pub fn set_reminder_enabled<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, id: String, enabled: bool) -> Result<ReminderRule, AppError> {
    let id = parse_id("reminder", &id)?;
    change_rules(&app, &state, |conn| {
        let rule = store::get_reminder_rule(conn, &id)?;
        let draft = draft_of(rule.kind, &rule.times, &rule.weekdays, enabled);
        let details = validate_rule(&draft, &others(conn, &id)?)?;
        Ok(store::update_reminder_rule(conn, &id, &details)?)
    })
}

#[tauri::command]
pub fn delete_reminder<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    let id = parse_id("reminder", &id)?;
    change_rules(&app, &state, |conn| Ok(store::delete_reminder_rule(conn, &id)?))
}

/// Accepts the first-run offer: adds the suggested rules that do not clash with existing ones.
#[tauri::command]
pub fn accept_default_reminders<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<RemindersView, AppError> {
    change_rules(&app, &state, |conn| {
        let existing = store::list_reminder_rules(conn)?;
        let fitting: Vec<_> = default_rules()
            .into_iter()
            .filter(|rule| validate_rule(&draft_of(rule.kind, &rule.times, &rule.weekdays, true), &existing).is_ok())
            .collect();
        store::insert_reminder_rules(conn, &fitting)?;
        store::set_setting(conn, Setting::RemindersOffered, "yes")?;
        load_view(conn)
    })
}

/// Declines the first-run offer; it is not shown again.
#[tauri::command]
pub fn dismiss_default_reminders(state: State<'_, AppState>) -> Result<RemindersView, AppError> {
    state.with_diary(|conn| {
        store::set_setting(conn, Setting::RemindersOffered, "yes")?;
        load_view(conn)
    })
}

/// Whether BackTrack starts (quietly, in the tray) when the person logs in.
#[cfg(desktop)]
#[tauri::command]
pub fn get_start_at_login<R: Runtime>(app: AppHandle<R>) -> Result<bool, AppError> {
    crate::shell::start_at_login(&app).map_err(|e| AppError::Unavailable { message: e.to_string() })
}

#[cfg(desktop)]
#[tauri::command]
pub fn set_start_at_login<R: Runtime>(app: AppHandle<R>, enabled: bool) -> Result<bool, AppError> {
    crate::shell::set_start_at_login(&app, enabled).map_err(|e| AppError::Unavailable { message: e.to_string() })
}

/// Phones start apps themselves; there is no login item to set.
#[cfg(mobile)]
#[tauri::command]
pub fn get_start_at_login() -> Result<bool, AppError> {
    Err(AppError::Unavailable { message: "Starting at login is a desktop setting.".into() })
}

#[cfg(mobile)]
#[tauri::command]
pub fn set_start_at_login(enabled: bool) -> Result<bool, AppError> {
    let _ = enabled;
    get_start_at_login()
}

fn load_view(conn: &rusqlite::Connection) -> Result<RemindersView, AppError> {
    let rules = store::list_reminder_rules(conn)?;
    let offered = store::get_setting(conn, Setting::RemindersOffered)?.is_some();
    let recent = store::recent_handled_slots(conn, RECENT_SLOTS)?
        .into_iter()
        .filter_map(|slot| {
            let kind = rules.iter().find(|rule| rule.id == slot.rule_id)?.kind;
            Some(ReminderLogItem { kind, local_date: slot.local_date, local_time: slot.local_time, outcome: slot.outcome })
        })
        .collect();
    Ok(RemindersView { offer_defaults: !offered && rules.is_empty(), rules, recent })
}

/// A stored rule written back as a form, to run it through the same checks as the person's input.
fn draft_of(kind: ReminderKind, times: &[NaiveTime], weekdays: &[Weekday], enabled: bool) -> ReminderRuleDraft {
    ReminderRuleDraft {
        kind,
        times: times.iter().map(|t| t.format("%H:%M").to_string()).collect(),
        weekdays: weekdays.iter().map(ToString::to_string).collect(),
        enabled: Some(enabled),
    }
}

/// Every rule except `id`, for the clash check.
fn others(conn: &rusqlite::Connection, id: &Uuid) -> Result<Vec<ReminderRule>, AppError> {
    Ok(store::list_reminder_rules(conn)?.into_iter().filter(|rule| rule.id != *id).collect())
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
        wake_scheduler(app);
    }
    result
}

/// Tells the scheduler the rules may have changed. Tests drive commands without a scheduler;
/// the app always has one.
pub(super) fn wake_scheduler<R: Runtime>(app: &AppHandle<R>) {
    if let Some(scheduler) = app.try_state::<Scheduler>() {
        scheduler.rules_changed();
    }
}
