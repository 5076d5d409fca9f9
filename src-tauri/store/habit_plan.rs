//! The habit plan (one row: weekly goal and rest days) and its pauses. With no row stored the
//! plan is `HabitSettings::default()`: three sessions a week, four rest days a week.

use chrono::Weekday;
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use crate::domain::program::habit_plan::{HabitPlanView, HabitSettings, Pause, PauseDetails, RestPlan};

use super::columns::{parse_day, parse_uuid};
use super::StoreError;

/// The settings and every pause, by start day.
pub fn get_habit_plan(conn: &Connection) -> Result<HabitPlanView, StoreError> {
    let settings = conn
        .query_row("SELECT weekly_goal, rest_kind, rest_weekdays, rest_per_week FROM habit_plan WHERE id = 1", [], |row| {
            Ok((row.get::<_, u8>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?, row.get::<_, u8>(3)?))
        })
        .optional()?;
    let settings = match settings {
        None => HabitSettings::default(),
        Some((weekly_goal, kind, weekdays, per_week)) => HabitSettings { weekly_goal, rest: read_rest(&kind, &weekdays, per_week)? },
    };
    Ok(HabitPlanView { settings, pauses: list_pauses(conn)?, flares: super::flare::list_flares(conn)? })
}

/// Replaces the weekly goal and rest days (checked by the domain first).
pub fn save_habit_settings(conn: &mut Connection, settings: &HabitSettings) -> Result<HabitPlanView, StoreError> {
    let (kind, weekdays, per_week) = match &settings.rest {
        RestPlan::Weekdays { weekdays } => {
            let mut numbers: Vec<u32> = weekdays.iter().map(Weekday::number_from_monday).collect();
            numbers.sort_unstable();
            numbers.dedup();
            let text = numbers.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
            ("weekdays", text, 0)
        }
        RestPlan::PerWeek { days } => ("per_week", String::new(), *days),
    };
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO habit_plan (id, weekly_goal, rest_kind, rest_weekdays, rest_per_week) VALUES (1, ?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET weekly_goal = excluded.weekly_goal, rest_kind = excluded.rest_kind,
             rest_weekdays = excluded.rest_weekdays, rest_per_week = excluded.rest_per_week",
        params![settings.weekly_goal, kind, weekdays, per_week],
    )?;
    let view = get_habit_plan(&tx)?;
    tx.commit()?;
    Ok(view)
}

pub fn add_pause(conn: &mut Connection, details: &PauseDetails) -> Result<Pause, StoreError> {
    let pause = Pause { id: Uuid::new_v4(), from: details.range.from, to: details.range.to, reason: details.reason.clone() };
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO pause (id, from_day, to_day, reason) VALUES (?1, ?2, ?3, ?4)",
        params![pause.id.to_string(), pause.from.to_string(), pause.to.to_string(), pause.reason],
    )?;
    tx.commit()?;
    Ok(pause)
}

pub fn remove_pause(conn: &mut Connection, id: &Uuid) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    if tx.execute("DELETE FROM pause WHERE id = ?1", [id.to_string()])? == 0 {
        return Err(StoreError::PauseNotFound(id.to_string()));
    }
    tx.commit()?;
    Ok(())
}

fn list_pauses(conn: &Connection) -> Result<Vec<Pause>, StoreError> {
    let mut statement = conn.prepare_cached("SELECT id, from_day, to_day, reason FROM pause ORDER BY from_day, to_day")?;
    let rows = statement
        .query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?, row.get::<_, String>(3)?)))?;
    rows.map(|row| {
        let (id, from, to, reason) = row?;
        Ok(Pause { id: parse_uuid(&id)?, from: parse_day(&from)?, to: parse_day(&to)?, reason })
    })
    .collect()
}

fn read_rest(kind: &str, weekdays: &str, per_week: u8) -> Result<RestPlan, StoreError> {
    match kind {
        "per_week" => Ok(RestPlan::PerWeek { days: per_week }),
        "weekdays" => {
            let days = weekdays
                .split(',')
                .filter(|part| !part.is_empty())
                .map(|part| {
                    part.parse::<u8>()
                        .ok()
                        .and_then(|n| Weekday::try_from(n.wrapping_sub(1)).ok())
                        .ok_or_else(|| StoreError::Corrupt(format!("rest weekday {part}")))
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(RestPlan::Weekdays { weekdays: days })
        }
        other => Err(StoreError::Corrupt(format!("rest kind {other}"))),
    }
}
