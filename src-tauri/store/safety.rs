//! The safety check before the program (`domain::program::safety`): one row once answered.

use rusqlite::{params, Connection, OptionalExtension};

use crate::domain::program::exercise::Level;
use crate::domain::program::safety::{ProgramSafety, SafetyAnswers};

use super::columns::{parse_time, parse_word};
use super::StoreError;

/// The stored answers, or `None` before the check was done.
pub fn get_program_safety(conn: &Connection) -> Result<Option<ProgramSafety>, StoreError> {
    let row = conn
        .query_row(
            "SELECT recent_surgery, hip_replacement, pregnancy, osteoporosis, floor_trouble, balance_trouble, starting_level, answered_at
             FROM program_safety WHERE id = 1",
            [],
            |row| {
                let flag = |i: usize| row.get::<_, i64>(i).map(|v| v == 1);
                Ok((
                    SafetyAnswers {
                        recent_surgery: flag(0)?,
                        hip_replacement: flag(1)?,
                        pregnancy: flag(2)?,
                        osteoporosis: flag(3)?,
                        floor_trouble: flag(4)?,
                        balance_trouble: flag(5)?,
                    },
                    row.get::<_, String>(6)?,
                    row.get::<_, String>(7)?,
                ))
            },
        )
        .optional()?;
    row.map(|(answers, level, at)| {
        Ok(ProgramSafety { answers, starting_level: parse_word(&level, Level::from_wire)?, answered_at: parse_time(&at)? })
    })
    .transpose()
}

/// Replaces the answers (checked by the domain first), in one transaction.
pub fn save_program_safety(conn: &mut Connection, safety: &ProgramSafety) -> Result<(), StoreError> {
    let a = &safety.answers;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO program_safety (id, recent_surgery, hip_replacement, pregnancy, osteoporosis, floor_trouble, balance_trouble, starting_level, answered_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (id) DO UPDATE SET recent_surgery = excluded.recent_surgery, hip_replacement = excluded.hip_replacement,
             pregnancy = excluded.pregnancy, osteoporosis = excluded.osteoporosis, floor_trouble = excluded.floor_trouble,
             balance_trouble = excluded.balance_trouble, starting_level = excluded.starting_level, answered_at = excluded.answered_at",
        params![
            a.recent_surgery,
            a.hip_replacement,
            a.pregnancy,
            a.osteoporosis,
            a.floor_trouble,
            a.balance_trouble,
            safety.starting_level.wire_name(),
            safety.answered_at.to_rfc3339()
        ],
    )?;
    tx.commit()?;
    Ok(())
}
