//! The safety check before the program: its questions, and saving the answers with the chosen
//! starting level. The rules are `domain::program::safety`.

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::program::{program, Program};
use super::{AppError, Now};
use crate::domain::program::exercise::Level;
use crate::domain::program::safety::{questions, starting_levels, validate_safety, ProgramSafety, SafetyDraft, SafetyQuestion};
use crate::store;

/// One starting level with the line that helps choose it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StartingLevel {
    pub level: Level,
    pub description: String,
}

/// What the safety form shows: the questions, the two starting levels, and the answers so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SafetyCheck {
    pub questions: Vec<SafetyQuestion>,
    pub starting_levels: Vec<StartingLevel>,
    pub current: Option<ProgramSafety>,
}

pub fn safety_check(conn: &Connection) -> Result<SafetyCheck, AppError> {
    Ok(SafetyCheck {
        questions: questions(),
        starting_levels: starting_levels().into_iter().map(|(level, description)| StartingLevel { level, description }).collect(),
        current: store::get_program_safety(conn)?,
    })
}

/// Saves the answers (every one is needed) and returns the program they shape.
pub fn save_safety(conn: &mut Connection, now: Now, draft: &SafetyDraft) -> Result<Program, AppError> {
    let (answers, starting_level) = validate_safety(draft)?;
    store::save_program_safety(conn, &ProgramSafety { answers, starting_level, answered_at: now.fixed_offset() })?;
    program(conn, now.date_naive())
}
