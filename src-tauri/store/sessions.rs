//! Exercise sessions and the progress of each exercise in them. Every write is one transaction,
//! and a guided session's progress is written as it happens, so an interrupted session keeps
//! what was done.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};
use uuid::Uuid;

use crate::domain::program::session::{stored_time, ExerciseProgress, ExerciseSession, ManualSession, SessionKind, SessionOutcome, SessionStart};

use super::columns::{day_bounds, parse_day, parse_time, parse_uuid, stamp};
use super::StoreError;

const SESSION_COLUMNS: &str = "s.id, s.day, s.started_at, s.ended_at, s.time_zone, s.kind, s.gentle, s.pain_before, \
     s.pain_after, s.pain_during, s.effort, s.note";

/// Stores a new guided session, not yet finished.
pub fn start_session(conn: &mut Connection, start: &SessionStart) -> Result<ExerciseSession, StoreError> {
    let id = Uuid::new_v4();
    let tx = conn.transaction()?;
    insert_session(&tx, &id, start, SessionKind::Guided, None)?;
    let session = load_one(&tx, &id)?;
    tx.commit()?;
    Ok(session)
}

/// Records one exercise's progress in a session: a new exercise goes after those already
/// recorded; one recorded before is updated in place, keeping its position.
pub fn record_exercise_progress(conn: &mut Connection, session_id: &Uuid, progress: &ExerciseProgress) -> Result<ExerciseSession, StoreError> {
    let tx = conn.transaction()?;
    ensure_session(&tx, session_id)?;
    tx.execute(
        "INSERT INTO session_exercise (session_id, exercise_id, position, sets_done, reps_done, seconds_done, completed, updated_at)
         VALUES (?1, ?2, (SELECT coalesce(max(position) + 1, 0) FROM session_exercise WHERE session_id = ?1), ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (session_id, exercise_id) DO UPDATE SET
             sets_done = excluded.sets_done, reps_done = excluded.reps_done, seconds_done = excluded.seconds_done,
             completed = excluded.completed, updated_at = excluded.updated_at",
        params![
            session_id.to_string(),
            progress.exercise_id,
            progress.sets_done,
            progress.reps_done,
            progress.seconds_done,
            progress.completed,
            stamp()
        ],
    )?;
    touch(&tx, session_id)?;
    let session = load_one(&tx, session_id)?;
    tx.commit()?;
    Ok(session)
}

/// Ends a session with the person's pain and effort report. Finishing again replaces the report.
pub fn finish_session(conn: &mut Connection, session_id: &Uuid, outcome: &SessionOutcome) -> Result<ExerciseSession, StoreError> {
    let tx = conn.transaction()?;
    let changed = tx.execute(
        "UPDATE exercise_session SET ended_at = ?2, pain_before = coalesce(?3, pain_before), pain_after = ?4,
             pain_during = ?5, effort = ?6, note = ?7, updated_at = ?8
         WHERE id = ?1",
        params![
            session_id.to_string(),
            stored_time(&outcome.ended_at),
            outcome.pain_before,
            outcome.pain_after,
            outcome.pain_during,
            outcome.effort,
            outcome.note,
            stamp(),
        ],
    )?;
    if changed == 0 {
        return Err(StoreError::SessionNotFound(session_id.to_string()));
    }
    let session = load_one(&tx, session_id)?;
    tx.commit()?;
    Ok(session)
}

/// Stores a whole session logged by hand, with its exercises, in one transaction.
pub fn log_manual_session(conn: &mut Connection, manual: &ManualSession) -> Result<ExerciseSession, StoreError> {
    let id = Uuid::new_v4();
    let tx = conn.transaction()?;
    insert_session(&tx, &id, &manual.start, SessionKind::Manual, Some(&manual.outcome))?;
    {
        let mut insert = tx.prepare_cached(
            "INSERT INTO session_exercise (session_id, exercise_id, position, sets_done, reps_done, seconds_done, completed, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for progress in &manual.exercises {
            insert.execute(params![
                id.to_string(),
                progress.exercise_id,
                progress.position,
                progress.sets_done,
                progress.reps_done,
                progress.seconds_done,
                progress.completed,
                stamp(),
            ])?;
        }
    }
    let session = load_one(&tx, &id)?;
    tx.commit()?;
    Ok(session)
}

/// One session by id.
pub fn get_session(conn: &Connection, id: &Uuid) -> Result<ExerciseSession, StoreError> {
    load_one(conn, id)
}

/// Sessions whose local day is within `from..=to` (either end open when `None`), by start time.
pub fn list_sessions(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<ExerciseSession>, StoreError> {
    let (from, to) = day_bounds(from, to);
    load_sessions(conn, "s.day BETWEEN ?1 AND ?2", &[&from, &to])
}

/// The session that ended last, if any has.
pub fn last_finished_session(conn: &Connection) -> Result<Option<ExerciseSession>, StoreError> {
    let id: Option<String> = conn
        .query_row("SELECT id FROM exercise_session WHERE ended_at IS NOT NULL ORDER BY julianday(ended_at) DESC LIMIT 1", [], |row| row.get(0))
        .optional()?;
    id.map(|id| load_one(conn, &parse_uuid(&id)?)).transpose()
}

/// The local days within `from..=to` with an active session: at least one exercise done (a set,
/// or marked completed; partial and unfinished sessions count), or a session logged by hand.
pub fn active_days(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<NaiveDate>, StoreError> {
    let (from, to) = day_bounds(from, to);
    let mut statement = conn.prepare_cached(
        "SELECT DISTINCT s.day FROM exercise_session s
         WHERE s.day BETWEEN ?1 AND ?2
           AND (s.kind = 'manual' OR EXISTS (SELECT 1 FROM session_exercise e
                WHERE e.session_id = s.id AND (e.sets_done > 0 OR e.completed = 1)))
         ORDER BY s.day",
    )?;
    let rows = statement.query_map([from, to], |row| row.get::<_, String>(0))?;
    rows.map(|day| parse_day(&day?)).collect()
}

fn insert_session(
    tx: &Transaction<'_>,
    id: &Uuid,
    start: &SessionStart,
    kind: SessionKind,
    outcome: Option<&SessionOutcome>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO exercise_session (id, day, started_at, ended_at, time_zone, kind, gentle, pain_before, pain_after,
             pain_during, effort, note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
        params![
            id.to_string(),
            start.day.to_string(),
            stored_time(&start.started_at),
            outcome.map(|o| stored_time(&o.ended_at)),
            start.time_zone,
            kind.wire_name(),
            start.gentle,
            outcome.and_then(|o| o.pain_before).or(start.pain_before),
            outcome.and_then(|o| o.pain_after),
            outcome.and_then(|o| o.pain_during),
            outcome.and_then(|o| o.effort),
            outcome.map_or("", |o| o.note.as_str()),
            stamp(),
        ],
    )?;
    Ok(())
}

fn ensure_session(tx: &Transaction<'_>, id: &Uuid) -> Result<(), StoreError> {
    let found: Option<i64> = tx.query_row("SELECT 1 FROM exercise_session WHERE id = ?1", [id.to_string()], |r| r.get(0)).optional()?;
    found.map(|_| ()).ok_or_else(|| StoreError::SessionNotFound(id.to_string()))
}

fn touch(tx: &Transaction<'_>, id: &Uuid) -> Result<(), StoreError> {
    tx.execute("UPDATE exercise_session SET updated_at = ?2 WHERE id = ?1", [id.to_string(), stamp()])?;
    Ok(())
}

fn load_one(conn: &Connection, id: &Uuid) -> Result<ExerciseSession, StoreError> {
    let mut sessions = load_sessions(conn, "s.id = ?1", &[&id.to_string()])?;
    sessions.pop().ok_or_else(|| StoreError::SessionNotFound(id.to_string()))
}

/// Loads the sessions matching `filter` (SQL over alias `s`) with their exercises: two queries.
/// They come in time order (by instant, then id).
fn load_sessions(conn: &Connection, filter: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<ExerciseSession>, StoreError> {
    let mut statement =
        conn.prepare_cached(&format!("SELECT {SESSION_COLUMNS} FROM exercise_session s WHERE {filter} ORDER BY s.day, s.started_at"))?;
    let mut sessions = statement.query_map(args, read_session)?.collect::<Result<Result<Vec<_>, StoreError>, _>>()??;
    let index: std::collections::HashMap<Uuid, usize> = sessions.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let mut exercises = conn.prepare_cached(&format!(
        "SELECT e.session_id, e.exercise_id, e.position, e.sets_done, e.reps_done, e.seconds_done, e.completed
         FROM session_exercise e JOIN exercise_session s ON s.id = e.session_id WHERE {filter}
         ORDER BY e.session_id, e.position"
    ))?;
    let mut rows = exercises.query(args)?;
    while let Some(row) = rows.next()? {
        let Some(&i) = index.get(&parse_uuid(&row.get::<_, String>(0)?)?) else { continue };
        sessions[i].exercises.push(ExerciseProgress {
            exercise_id: row.get(1)?,
            position: row.get(2)?,
            sets_done: row.get(3)?,
            reps_done: row.get(4)?,
            seconds_done: row.get(5)?,
            completed: row.get(6)?,
        });
    }
    // By the instant, then the id (the stored text misorders a DST fall-back night).
    sessions.sort_by(|a, b| a.started_at.cmp(&b.started_at).then(a.id.cmp(&b.id)));
    Ok(sessions)
}

fn read_session(row: &Row<'_>) -> rusqlite::Result<Result<ExerciseSession, StoreError>> {
    let id: String = row.get(0)?;
    let day: String = row.get(1)?;
    let started_at: String = row.get(2)?;
    let ended_at: Option<String> = row.get(3)?;
    let kind: String = row.get(5)?;
    let build = || -> Result<ExerciseSession, StoreError> {
        Ok(ExerciseSession {
            id: parse_uuid(&id)?,
            day: parse_day(&day)?,
            started_at: parse_time(&started_at)?,
            ended_at: ended_at.as_deref().map(parse_time).transpose()?,
            time_zone: row.get(4)?,
            kind: SessionKind::from_wire(&kind).ok_or_else(|| StoreError::Corrupt(format!("session kind {kind}")))?,
            gentle: row.get(6)?,
            pain_before: row.get(7)?,
            pain_after: row.get(8)?,
            pain_during: row.get(9)?,
            effort: row.get(10)?,
            note: row.get(11)?,
            exercises: Vec::new(),
        })
    };
    Ok(build())
}
