//! Reminder rules, the log of handled slots, and the small settings table.
//!
//! The slot log is what makes delivery at-most-once: a slot is recorded (in its own committed
//! transaction) before its notification is handed to the system, and a slot already in the log
//! is never handled again, by this run or a later one.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday};
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use crate::domain::reminders::outcome::SlotOutcome;
use crate::domain::reminders::{ReminderKind, ReminderRule, ReminderRuleDetails, Slot};

use super::columns::{day_bounds, parse_day, parse_uuid, stamp};
use super::StoreError;

/// The keys of the `setting` table (its CHECK constraint lists the same words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// `"yes"` once the first-run reminder defaults were offered, taken or not.
    RemindersOffered,
    /// The scheduler's last check, RFC 3339 UTC.
    SchedulerLastSeen,
    /// `"yes"` once the person was told that closing the window keeps BackTrack in the tray.
    TrayHintShown,
    /// `"yes"` once the person said "not now" to naming activities for the function check-in.
    FunctionInvitePutAside,
    /// Minutes without use before an encrypted diary locks itself; `"0"` for never.
    IdleLockMinutes,
    /// The window's colours: `system`, `light`, `dark` or `contrast`.
    Theme,
    /// The text size, in percent of the system's: `100` to `200`.
    TextSize,
    /// The app's language: `system`, `en` or `es`.
    Language,
    /// The surgeon's report's language: `app`, `en` or `es`.
    ReportLanguage,
}

impl Setting {
    fn key(self) -> &'static str {
        match self {
            Setting::RemindersOffered => "reminders_offered",
            Setting::SchedulerLastSeen => "scheduler_last_seen",
            Setting::TrayHintShown => "tray_hint_shown",
            Setting::FunctionInvitePutAside => "function_invite_put_aside",
            Setting::IdleLockMinutes => "idle_lock_minutes",
            Setting::Theme => "theme",
            Setting::TextSize => "text_size",
            Setting::Language => "language",
            Setting::ReportLanguage => "report_language",
        }
    }
}

/// A handled slot as the log keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandledSlot {
    pub rule_id: Uuid,
    pub local_date: NaiveDate,
    pub local_time: NaiveTime,
    pub handled_at: DateTime<Utc>,
    pub outcome: SlotOutcome,
}

/// Every rule, diary first, then by first time of day.
pub fn list_reminder_rules(conn: &Connection) -> Result<Vec<ReminderRule>, StoreError> {
    let mut statement = conn.prepare_cached("SELECT id, kind, times, weekdays, enabled FROM reminder_rule ORDER BY kind, times, created_at")?;
    let rows = statement.query_map([], read_rule_columns)?;
    rows.map(|row| parse_rule(row?)).collect()
}

pub fn get_reminder_rule(conn: &Connection, id: &Uuid) -> Result<ReminderRule, StoreError> {
    conn.query_row("SELECT id, kind, times, weekdays, enabled FROM reminder_rule WHERE id = ?1", [id.to_string()], read_rule_columns)
        .optional()?
        .ok_or_else(|| StoreError::ReminderNotFound(id.to_string()))
        .and_then(parse_rule)
}

/// Stores new rules under fresh ids, all or none.
pub fn insert_reminder_rules(conn: &mut Connection, rules: &[ReminderRuleDetails]) -> Result<Vec<ReminderRule>, StoreError> {
    let tx = conn.transaction()?;
    let mut stored = Vec::with_capacity(rules.len());
    for details in rules {
        let rule = details.clone().into_rule(Uuid::new_v4());
        tx.execute(
            "INSERT INTO reminder_rule (id, kind, times, weekdays, enabled, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![rule.id.to_string(), kind_word(rule.kind), times_text(&rule.times), weekdays_text(&rule.weekdays), rule.enabled, stamp()],
        )?;
        stored.push(rule);
    }
    tx.commit()?;
    Ok(stored)
}

pub fn update_reminder_rule(conn: &Connection, id: &Uuid, details: &ReminderRuleDetails) -> Result<ReminderRule, StoreError> {
    let changed = conn.execute(
        "UPDATE reminder_rule SET kind = ?2, times = ?3, weekdays = ?4, enabled = ?5 WHERE id = ?1",
        params![id.to_string(), kind_word(details.kind), times_text(&details.times), weekdays_text(&details.weekdays), details.enabled],
    )?;
    if changed == 0 {
        return Err(StoreError::ReminderNotFound(id.to_string()));
    }
    Ok(details.clone().into_rule(*id))
}

/// Removes a rule and its slot log.
pub fn delete_reminder_rule(conn: &Connection, id: &Uuid) -> Result<(), StoreError> {
    match conn.execute("DELETE FROM reminder_rule WHERE id = ?1", [id.to_string()])? {
        0 => Err(StoreError::ReminderNotFound(id.to_string())),
        _ => Ok(()),
    }
}

/// Records `slot` of `rule_id` as handled. `false` when it was already in the log, in which
/// case nothing changes and the caller must not notify.
pub fn record_handled_slot(
    conn: &Connection,
    rule_id: &Uuid,
    slot: &Slot,
    outcome: SlotOutcome,
    handled_at: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let inserted = conn.execute(
        "INSERT INTO reminder_fire (rule_id, local_date, local_time, handled_at, outcome) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT DO NOTHING",
        params![
            rule_id.to_string(),
            slot.local_date.to_string(),
            slot.local_time.format("%H:%M").to_string(),
            handled_at.to_rfc3339(),
            outcome.as_wire()
        ],
    )?;
    Ok(inserted == 1)
}

/// Whether a slot of a `kind` rule dated `local_date` is already in the log.
pub fn kind_handled_on(conn: &Connection, kind: ReminderKind, local_date: NaiveDate) -> Result<bool, StoreError> {
    let found = conn
        .query_row(
            "SELECT 1 FROM reminder_fire f JOIN reminder_rule r ON r.id = f.rule_id WHERE r.kind = ?1 AND f.local_date = ?2 LIMIT 1",
            params![kind_word(kind), local_date.to_string()],
            |_| Ok(()),
        )
        .optional()?;
    Ok(found.is_some())
}

/// The handled slots, newest first, at most `limit`.
pub fn recent_handled_slots(conn: &Connection, limit: u32) -> Result<Vec<HandledSlot>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT rule_id, local_date, local_time, handled_at, outcome FROM reminder_fire ORDER BY handled_at DESC, local_time DESC LIMIT ?1",
    )?;
    let rows = statement.query_map([limit], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?, row.get::<_, String>(3)?, row.get::<_, String>(4)?))
    })?;
    rows.map(|row| {
        let (rule_id, date, time, handled_at, outcome) = row?;
        Ok(HandledSlot {
            rule_id: parse_uuid(&rule_id)?,
            local_date: parse_day(&date)?,
            local_time: NaiveTime::parse_from_str(&time, "%H:%M").map_err(|e| StoreError::Corrupt(format!("time {time}: {e}")))?,
            handled_at: DateTime::parse_from_rfc3339(&handled_at)
                .map_err(|e| StoreError::Corrupt(format!("instant {handled_at}: {e}")))?
                .with_timezone(&Utc),
            outcome: SlotOutcome::from_wire(&outcome).ok_or_else(|| StoreError::Corrupt(format!("unknown outcome {outcome}")))?,
        })
    })
    .collect()
}

/// The local days within `from..=to` with at least one diary entry that is not deleted.
pub fn diary_days(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<BTreeSet<NaiveDate>, StoreError> {
    let (from, to) = day_bounds(from, to);
    let mut statement = conn.prepare_cached("SELECT DISTINCT day FROM pain_entry WHERE day BETWEEN ?1 AND ?2 AND deleted_at IS NULL")?;
    let rows = statement.query_map([from, to], |row| row.get::<_, String>(0))?;
    rows.map(|day| parse_day(&day?)).collect()
}

pub fn get_setting(conn: &Connection, setting: Setting) -> Result<Option<String>, StoreError> {
    Ok(conn.query_row("SELECT value FROM setting WHERE key = ?1", [setting.key()], |row| row.get(0)).optional()?)
}

pub fn set_setting(conn: &Connection, setting: Setting, value: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![setting.key(), value],
    )?;
    Ok(())
}

type RuleColumns = (String, String, String, String, bool);

fn read_rule_columns(row: &Row<'_>) -> rusqlite::Result<RuleColumns> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?))
}

fn parse_rule((id, kind, times, weekdays, enabled): RuleColumns) -> Result<ReminderRule, StoreError> {
    let kind = ReminderKind::from_wire(&kind).ok_or_else(|| StoreError::Corrupt(format!("unknown reminder kind {kind}")))?;
    let times = times
        .split(',')
        .map(|t| NaiveTime::parse_from_str(t, "%H:%M").map_err(|e| StoreError::Corrupt(format!("reminder time {t}: {e}"))))
        .collect::<Result<Vec<_>, _>>()?;
    let weekdays = weekdays
        .split(',')
        .map(|n| weekday_from_number(n).ok_or_else(|| StoreError::Corrupt(format!("weekday {n}"))))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ReminderRule { id: parse_uuid(&id)?, kind, times, weekdays, enabled })
}

fn kind_word(kind: ReminderKind) -> &'static str {
    kind.wire_name()
}

fn times_text(times: &[NaiveTime]) -> String {
    times.iter().map(|t| t.format("%H:%M").to_string()).collect::<Vec<_>>().join(",")
}

fn weekdays_text(weekdays: &[Weekday]) -> String {
    weekdays.iter().map(|d| d.number_from_monday().to_string()).collect::<Vec<_>>().join(",")
}

fn weekday_from_number(text: &str) -> Option<Weekday> {
    let number: u8 = text.parse().ok()?;
    (1..=7).contains(&number).then(|| Weekday::try_from(number - 1).ok()).flatten()
}
