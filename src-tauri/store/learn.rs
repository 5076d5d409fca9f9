//! Learn: read marks on articles and the red-flag checks with their answers. A check and its
//! answers are written in one transaction, so a check is never stored half-answered.

use std::collections::HashSet;

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, Connection};
use uuid::Uuid;

use crate::domain::learn::red_flags::{positives, Answer, NewRedFlagCheck, Outcome, RedFlagAnswer, RedFlagCheck};
use crate::domain::program::session::stored_time;

use super::columns::{parse_day, parse_time, parse_uuid};
use super::StoreError;

/// Marks `slug` read (at `at`) or unread. Marking a read article read again keeps the first time.
pub fn set_article_read(conn: &Connection, slug: &str, read: bool, at: &DateTime<FixedOffset>) -> Result<(), StoreError> {
    if read {
        conn.execute("INSERT INTO article_read (slug, read_at) VALUES (?1, ?2) ON CONFLICT (slug) DO NOTHING", params![slug, stored_time(at)])?;
    } else {
        conn.execute("DELETE FROM article_read WHERE slug = ?1", params![slug])?;
    }
    Ok(())
}

/// The slugs marked read.
pub fn read_articles(conn: &Connection) -> Result<HashSet<String>, StoreError> {
    let mut statement = conn.prepare("SELECT slug FROM article_read")?;
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    Ok(rows.collect::<Result<HashSet<_>, _>>()?)
}

/// Stores a check and its answers in one transaction and returns it as stored.
pub fn insert_red_flag_check(conn: &mut Connection, check: &NewRedFlagCheck) -> Result<RedFlagCheck, StoreError> {
    let id = Uuid::new_v4();
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO red_flag_check (id, day, taken_at, time_zone, outcome) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id.to_string(), check.day.to_string(), stored_time(&check.taken_at), check.time_zone, check.outcome.wire_name()],
    )?;
    {
        let mut insert = tx.prepare("INSERT INTO red_flag_answer (check_id, question_id, answer) VALUES (?1, ?2, ?3)")?;
        for answer in &check.answers {
            insert.execute(params![id.to_string(), answer.question_id, answer.answer.wire_name()])?;
        }
    }
    let stored = load_checks(&tx, Some(&id))?.into_iter().next().ok_or_else(|| StoreError::Corrupt(format!("red-flag check {id} vanished")))?;
    tx.commit()?;
    Ok(stored)
}

/// Every check, newest first (by the moment taken, whatever the offset; ties in storing order).
pub fn list_red_flag_checks(conn: &Connection) -> Result<Vec<RedFlagCheck>, StoreError> {
    load_checks(conn, None)
}

/// Loads checks (one when `only` is given) with their answers in question order as stored;
/// positives are worked out again from the answers.
fn load_checks(conn: &Connection, only: Option<&Uuid>) -> Result<Vec<RedFlagCheck>, StoreError> {
    let only = only.map(Uuid::to_string);
    let mut statement = conn.prepare(
        "SELECT id, day, taken_at, outcome FROM red_flag_check WHERE ?1 IS NULL OR id = ?1
         ORDER BY julianday(taken_at) DESC, rowid DESC",
    )?;
    let rows = statement.query_map(params![only], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?, row.get::<_, String>(3)?))
    })?;
    let mut answers_of = conn.prepare("SELECT question_id, answer FROM red_flag_answer WHERE check_id = ?1")?;
    let mut checks = Vec::new();
    for row in rows {
        let (id, day, taken_at, outcome) = row?;
        let answers = answers_of
            .query_map(params![id], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?
            .map(|row| {
                let (question_id, answer) = row?;
                let answer = Answer::from_wire(&answer).ok_or_else(|| StoreError::Corrupt(format!("red-flag answer {answer}")))?;
                Ok(RedFlagAnswer { question_id, answer })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let answers = in_question_order(answers);
        checks.push(RedFlagCheck {
            id: parse_uuid(&id)?,
            day: parse_day(&day)?,
            taken_at: parse_time(&taken_at)?,
            outcome: Outcome::from_wire(&outcome).ok_or_else(|| StoreError::Corrupt(format!("red-flag outcome {outcome}")))?,
            positives: positives(&answers),
            answers,
        });
    }
    Ok(checks)
}

/// Answers sorted as the questions are asked; unknown ids (from another version) go last.
fn in_question_order(mut answers: Vec<RedFlagAnswer>) -> Vec<RedFlagAnswer> {
    let order: Vec<String> = crate::domain::learn::red_flags::questions().into_iter().map(|q| q.id).collect();
    answers.sort_by_key(|a| order.iter().position(|id| *id == a.question_id).unwrap_or(usize::MAX));
    answers
}
