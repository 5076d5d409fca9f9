//! Ordered schema migrations, applied on `PRAGMA user_version` in one transaction: either the
//! whole upgrade lands or the file stays at its old version.

use rusqlite::Connection;

use super::StoreError;

/// Migration N brings the schema from version N-1 to N. Never edit a shipped file: add one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_pain_diary.sql"),
    include_str!("migrations/0002_medications.sql"),
    include_str!("migrations/0003_exercise_program.sql"),
    include_str!("migrations/0004_learn.sql"),
    include_str!("migrations/0005_reminders.sql"),
    include_str!("migrations/0006_function_check_in.sql"),
    include_str!("migrations/0007_flare_and_safety.sql"),
    include_str!("migrations/0008_reminder_snooze.sql"),
    include_str!("migrations/0009_backup_schedule.sql"),
    include_str!("migrations/0010_encrypted_diary.sql"),
    include_str!("migrations/0011_appearance.sql"),
    include_str!("migrations/0012_language.sql"),
];

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub(super) fn user_version(conn: &Connection) -> Result<i64, rusqlite::Error> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Applies every migration after `from`, and the new version number, in one transaction.
pub(super) fn migrate(conn: &mut Connection, from: i64) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    for sql in MIGRATIONS.iter().skip(usize::try_from(from).unwrap_or(0)) {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", LATEST_VERSION)?;
    tx.commit()?;
    Ok(())
}
