//! The reminder rules, the first-run offer of suggested rules, and what happened lately.
//!
//! A change here only changes the diary. Whoever made it tells the scheduler afterwards (the
//! window's commands do it through `reminders::SchedulerExt`), so this layer stays free of
//! threads and of Tauri.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::AppError;
use crate::domain::reminders::outcome::SlotOutcome;
use crate::domain::reminders::{fitting_defaults, validate_rule, ReminderKind, ReminderRule, ReminderRuleDraft};
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

pub fn reminders(conn: &Connection) -> Result<RemindersView, AppError> {
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

/// Adds a rule of the person's own; the first-run offer is then not made any more.
pub fn add_reminder(conn: &mut Connection, draft: &ReminderRuleDraft) -> Result<ReminderRule, AppError> {
    let details = validate_rule(draft, &store::list_reminder_rules(conn)?)?;
    let mut stored = store::insert_reminder_rules(conn, &[details])?;
    store::set_setting(conn, Setting::RemindersOffered, "yes")?;
    stored.pop().ok_or_else(|| AppError::Storage { message: crate::t!("errors-reminder-not-saved") })
}

pub fn update_reminder(conn: &mut Connection, id: &Uuid, draft: &ReminderRuleDraft) -> Result<ReminderRule, AppError> {
    store::get_reminder_rule(conn, id)?;
    let details = validate_rule(draft, &others(conn, id)?)?;
    Ok(store::update_reminder_rule(conn, id, &details)?)
}

/// Switches a rule on or off. Switching on is checked again: another rule of the same kind
/// may have taken one of its times meanwhile.
pub fn set_reminder_enabled(conn: &mut Connection, id: &Uuid, enabled: bool) -> Result<ReminderRule, AppError> {
    let rule = store::get_reminder_rule(conn, id)?;
    let details = validate_rule(&rule.as_draft(enabled), &others(conn, id)?)?;
    Ok(store::update_reminder_rule(conn, id, &details)?)
}

pub fn delete_reminder(conn: &mut Connection, id: &Uuid) -> Result<(), AppError> {
    Ok(store::delete_reminder_rule(conn, id)?)
}

/// Accepts the first-run offer: adds the suggested rules that do not clash with existing ones.
pub fn accept_default_reminders(conn: &mut Connection) -> Result<RemindersView, AppError> {
    let fitting = fitting_defaults(&store::list_reminder_rules(conn)?);
    store::insert_reminder_rules(conn, &fitting)?;
    store::set_setting(conn, Setting::RemindersOffered, "yes")?;
    reminders(conn)
}

/// Declines the first-run offer; it is not shown again.
pub fn dismiss_default_reminders(conn: &mut Connection) -> Result<RemindersView, AppError> {
    store::set_setting(conn, Setting::RemindersOffered, "yes")?;
    reminders(conn)
}

/// Every rule except `id`, for the clash check.
fn others(conn: &Connection, id: &Uuid) -> Result<Vec<ReminderRule>, AppError> {
    Ok(store::list_reminder_rules(conn)?.into_iter().filter(|rule| rule.id != *id).collect())
}
