//! Pain entries and their tags and doses. Every write is one transaction.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, Row, Transaction};
use uuid::Uuid;

use crate::domain::diary::history_pages::DayCount;
use crate::domain::diary::{MedicationDose, PainDetails, PainEntry};
use crate::domain::vocabulary::{BetterFactor, BodySite, LegRadiation, Mood, PainQuality, WorseFactor};

use super::columns::{day_bounds, parse_day, parse_time, parse_uuid, parse_word, stamp};
use super::StoreError;

/// Stores a new entry with a fresh UUID and returns it once the commit is durable.
pub fn insert_pain_entry(conn: &mut Connection, details: &PainDetails) -> Result<PainEntry, StoreError> {
    let entry = PainEntry { id: Uuid::new_v4(), details: details.clone() };
    let tx = conn.transaction()?;
    execute_with_details(
        &tx,
        "INSERT INTO pain_entry (id, day, occurred_at, time_zone, intensity, leg_radiation, sleep_quality,
             interference, mood, note, for_surgeon, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        &entry.id,
        details,
    )?;
    write_children(&tx, &entry.id, details)?;
    tx.commit()?;
    Ok(entry)
}

/// Replaces every detail of an existing, not deleted entry.
pub fn update_pain_entry(conn: &mut Connection, id: &Uuid, details: &PainDetails) -> Result<PainEntry, StoreError> {
    let tx = conn.transaction()?;
    let changed = execute_with_details(
        &tx,
        "UPDATE pain_entry SET day = ?2, occurred_at = ?3, time_zone = ?4, intensity = ?5, leg_radiation = ?6,
             sleep_quality = ?7, interference = ?8, mood = ?9, note = ?10, for_surgeon = ?11,
             updated_at = ?12
         WHERE id = ?1 AND deleted_at IS NULL",
        id,
        details,
    )?;
    if changed == 0 {
        return Err(StoreError::EntryNotFound(id.to_string()));
    }
    tx.execute("DELETE FROM pain_entry_tag WHERE entry_id = ?1", [id.to_string()])?;
    tx.execute("DELETE FROM pain_entry_medication WHERE entry_id = ?1", [id.to_string()])?;
    write_children(&tx, id, details)?;
    tx.commit()?;
    Ok(PainEntry { id: *id, details: details.clone() })
}

/// Hides an entry. It can be restored with `restore_pain_entry` until the diary is reopened.
pub fn delete_pain_entry(conn: &Connection, id: &Uuid) -> Result<(), StoreError> {
    let changed = conn.execute("UPDATE pain_entry SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL", [id.to_string(), stamp()])?;
    if changed == 0 {
        return Err(StoreError::EntryNotFound(id.to_string()));
    }
    Ok(())
}

/// Brings back an entry deleted in this session.
pub fn restore_pain_entry(conn: &Connection, id: &Uuid) -> Result<PainEntry, StoreError> {
    let changed = conn.execute("UPDATE pain_entry SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL", [id.to_string()])?;
    if changed == 0 {
        return Err(StoreError::EntryNotFound(id.to_string()));
    }
    let mut entries = load_entries(conn, "e.id = ?1 AND e.deleted_at IS NULL", &[&id.to_string()])?;
    entries.pop().ok_or_else(|| StoreError::EntryNotFound(id.to_string()))
}

/// Every live entry whose local day is within `from..=to` (either end open when `None`).
pub fn list_pain_entries(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<PainEntry>, StoreError> {
    let (from, to) = day_bounds(from, to);
    load_entries(conn, "e.deleted_at IS NULL AND e.day BETWEEN ?1 AND ?2", &[&from, &to])
}

/// How many live entries each day within `from..=to` has, latest day first; days without any
/// are left out. Counts from the `pain_entry_by_day` index alone, never reading the rows.
pub fn pain_day_counts(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<DayCount>, StoreError> {
    let (from, to) = day_bounds(from, to);
    let mut statement = conn.prepare_cached(
        "SELECT day, count(*) FROM pain_entry INDEXED BY pain_entry_by_day
         WHERE deleted_at IS NULL AND day BETWEEN ?1 AND ?2 GROUP BY day ORDER BY day DESC",
    )?;
    let rows = statement.query_map([&from, &to], |row| Ok((row.get::<_, String>(0)?, row.get::<_, u32>(1)?)))?;
    rows.map(|row| {
        let (day, entries) = row?;
        Ok(DayCount { day: parse_day(&day)?, entries })
    })
    .collect()
}

/// Runs `sql` with the entry's own columns bound in a fixed order: ?1 is the id, then day,
/// occurred_at, time_zone, intensity, leg_radiation, sleep_quality, interference, mood, note,
/// for_surgeon as ?2 to ?11, and the row stamp (now) as ?12.
fn execute_with_details(tx: &Transaction<'_>, sql: &str, id: &Uuid, details: &PainDetails) -> Result<usize, StoreError> {
    Ok(tx.execute(
        sql,
        params![
            id.to_string(),
            details.day.to_string(),
            details.occurred_at.to_rfc3339(),
            details.time_zone,
            details.intensity,
            details.leg_radiation.map(LegRadiation::wire_name),
            details.sleep_quality,
            details.interference,
            details.mood.map(Mood::wire_name),
            details.note,
            details.for_surgeon,
            stamp(),
        ],
    )?)
}

fn write_children(tx: &Transaction<'_>, id: &Uuid, details: &PainDetails) -> Result<(), StoreError> {
    let id = id.to_string();
    let mut tag = tx.prepare_cached("INSERT INTO pain_entry_tag (entry_id, kind, value) VALUES (?1, ?2, ?3)")?;
    let tags = details
        .sites
        .iter()
        .map(|s| ("site", s.wire_name()))
        .chain(details.qualities.iter().map(|q| ("quality", q.wire_name())))
        .chain(details.worse.iter().map(|w| ("worse", w.wire_name())))
        .chain(details.better.iter().map(|b| ("better", b.wire_name())));
    for (kind, value) in tags {
        tag.execute(params![id, kind, value])?;
    }
    let mut dose = tx.prepare_cached("INSERT INTO pain_entry_medication (entry_id, medication_id, dose) VALUES (?1, ?2, ?3)")?;
    for taken in &details.medications {
        dose.execute(params![id, taken.medication_id.to_string(), taken.dose])?;
    }
    Ok(())
}

/// Loads the entries matching `filter` (SQL over alias `e`, which must exclude deleted rows),
/// with their tags and doses: three queries in all, whatever the number of entries. They come
/// in time order (by instant, then id).
fn load_entries(conn: &Connection, filter: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<PainEntry>, StoreError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT e.id, e.day, e.occurred_at, e.time_zone, e.intensity, e.leg_radiation, e.sleep_quality,
                e.interference, e.mood, e.note, e.for_surgeon
         FROM pain_entry e WHERE {filter} ORDER BY e.day, e.occurred_at"
    ))?;
    let mut entries = statement.query_map(args, read_entry)?.collect::<Result<Result<Vec<_>, StoreError>, _>>()??;
    let index: HashMap<Uuid, usize> = entries.iter().enumerate().map(|(i, e)| (e.id, i)).collect();

    let mut tags = conn
        .prepare_cached(&format!("SELECT t.entry_id, t.kind, t.value FROM pain_entry_tag t JOIN pain_entry e ON e.id = t.entry_id WHERE {filter}"))?;
    let mut rows = tags.query(args)?;
    while let Some(row) = rows.next()? {
        let Some(&i) = index.get(&parse_uuid(&row.get::<_, String>(0)?)?) else { continue };
        add_tag(&mut entries[i].details, &row.get::<_, String>(1)?, &row.get::<_, String>(2)?)?;
    }

    let mut doses = conn.prepare_cached(&format!(
        "SELECT m.entry_id, m.medication_id, m.dose FROM pain_entry_medication m JOIN pain_entry e ON e.id = m.entry_id
         WHERE {filter}"
    ))?;
    let mut rows = doses.query(args)?;
    while let Some(row) = rows.next()? {
        let Some(&i) = index.get(&parse_uuid(&row.get::<_, String>(0)?)?) else { continue };
        entries[i].details.medications.push(MedicationDose { medication_id: parse_uuid(&row.get::<_, String>(1)?)?, dose: row.get(2)? });
    }
    for entry in &mut entries {
        sort_lists(&mut entry.details);
    }
    // By the instant, then the id: the stored text sorts 01:15-08:00 before 01:30-07:00 on the
    // night clocks go back, although 01:30-07:00 came first. Every list, export and the report's
    // daily log read entries through here.
    entries.sort_by(|a, b| a.details.occurred_at.cmp(&b.details.occurred_at).then(a.id.cmp(&b.id)));
    Ok(entries)
}

fn read_entry(row: &Row<'_>) -> rusqlite::Result<Result<PainEntry, StoreError>> {
    let id: String = row.get(0)?;
    let day: String = row.get(1)?;
    let occurred_at: String = row.get(2)?;
    let leg: Option<String> = row.get(5)?;
    let mood: Option<String> = row.get(8)?;
    let build = || -> Result<PainEntry, StoreError> {
        Ok(PainEntry {
            id: parse_uuid(&id)?,
            details: PainDetails {
                day: parse_day(&day)?,
                occurred_at: parse_time(&occurred_at)?,
                time_zone: row.get(3)?,
                intensity: row.get(4)?,
                leg_radiation: leg.as_deref().map(|w| parse_word(w, LegRadiation::from_wire)).transpose()?,
                sleep_quality: row.get(6)?,
                interference: row.get(7)?,
                mood: mood.as_deref().map(|w| parse_word(w, Mood::from_wire)).transpose()?,
                note: row.get(9)?,
                for_surgeon: row.get(10)?,
                sites: Vec::new(),
                qualities: Vec::new(),
                worse: Vec::new(),
                better: Vec::new(),
                medications: Vec::new(),
            },
        })
    };
    Ok(build())
}

fn add_tag(details: &mut PainDetails, kind: &str, value: &str) -> Result<(), StoreError> {
    match kind {
        "site" => details.sites.push(parse_word(value, BodySite::from_wire)?),
        "quality" => details.qualities.push(parse_word(value, PainQuality::from_wire)?),
        "worse" => details.worse.push(parse_word(value, WorseFactor::from_wire)?),
        "better" => details.better.push(parse_word(value, BetterFactor::from_wire)?),
        other => return Err(StoreError::Corrupt(format!("tag kind {other}"))),
    }
    Ok(())
}

/// Lists come back in vocabulary order, as validation produced them; doses by medication id.
fn sort_lists(details: &mut PainDetails) {
    details.medications.sort_by_key(|m| m.medication_id);
    details.sites.sort();
    details.qualities.sort();
    details.worse.sort();
    details.better.sort();
}
