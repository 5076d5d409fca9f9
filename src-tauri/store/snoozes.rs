//! Reminders put off with "Later": each comes back once. A snooze is written before the
//! notification's answer is acknowledged, and taken (marked sent) in the same statement that
//! finds it, so neither a restart nor two checks can lose it or send it twice.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use super::columns::{parse_day, parse_uuid};
use super::StoreError;

/// A put-off slot that has come due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueSnooze {
    pub rule_id: Uuid,
    pub local_date: NaiveDate,
    pub local_time: NaiveTime,
    pub until: DateTime<Utc>,
}

/// Puts off a handled slot until `until`. `false` when that slot was already put off once, or is
/// not in the slot log (its rule was deleted); then nothing changes.
pub fn snooze_slot(
    conn: &Connection,
    rule_id: &Uuid,
    local_date: NaiveDate,
    local_time: NaiveTime,
    until: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let inserted = conn.execute(
        "INSERT INTO reminder_snooze (rule_id, local_date, local_time, until)
         SELECT rule_id, local_date, local_time, ?4 FROM reminder_fire WHERE rule_id = ?1 AND local_date = ?2 AND local_time = ?3
         ON CONFLICT DO NOTHING",
        params![rule_id.to_string(), local_date.to_string(), local_time.format("%H:%M").to_string(), until.to_rfc3339()],
    )?;
    Ok(inserted == 1)
}

/// Takes every snooze due by `now` that has not come back yet, marking each sent at `now`: the
/// caller shows them (or keeps them quiet) and none is returned again.
pub fn take_due_snoozes(conn: &mut Connection, now: DateTime<Utc>) -> Result<Vec<DueSnooze>, StoreError> {
    let tx = conn.transaction()?;
    let taken = {
        let mut statement = tx.prepare_cached(
            "UPDATE reminder_snooze SET sent_at = ?1 WHERE sent_at IS NULL AND julianday(until) <= julianday(?1)
             RETURNING rule_id, local_date, local_time, until",
        )?;
        let rows = statement.query_map([now.to_rfc3339()], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?, row.get::<_, String>(3)?))
        })?;
        rows.map(|row| {
            let (rule_id, date, time, until) = row?;
            Ok(DueSnooze {
                rule_id: parse_uuid(&rule_id)?,
                local_date: parse_day(&date)?,
                local_time: parse_time(&time)?,
                until: parse_instant(&until)?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?
    };
    tx.commit()?;
    let mut taken = taken;
    taken.sort_by_key(|snooze| (snooze.until, snooze.local_time, snooze.rule_id));
    Ok(taken)
}

/// When the next snooze still waiting comes back, if any.
pub fn next_snooze(conn: &Connection) -> Result<Option<DateTime<Utc>>, StoreError> {
    let until: Option<String> = conn
        .query_row("SELECT until FROM reminder_snooze WHERE sent_at IS NULL ORDER BY julianday(until) LIMIT 1", [], |row| row.get(0))
        .optional()?;
    until.as_deref().map(parse_instant).transpose()
}

fn parse_time(text: &str) -> Result<NaiveTime, StoreError> {
    NaiveTime::parse_from_str(text, "%H:%M").map_err(|e| StoreError::Corrupt(format!("time {text}: {e}")))
}

fn parse_instant(text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text).map(|at| at.with_timezone(&Utc)).map_err(|e| StoreError::Corrupt(format!("instant {text}: {e}")))
}
