//! The automatic-backup schedule (one row) and the log of its tries.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use zeroize::Zeroizing;

use crate::domain::backups::{BackupEvery, BackupSchedule};

use super::StoreError;

/// How many tries the log keeps.
const RUNS_KEPT: i64 = 50;

/// One try at an automatic backup: the file it wrote, or why it could not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupRunRow {
    pub id: i64,
    pub tried_at: DateTime<Utc>,
    pub file: Option<String>,
    pub bytes: Option<u64>,
    pub problem: Option<String>,
    pub told: bool,
}

pub fn get_backup_schedule(conn: &Connection) -> Result<Option<BackupSchedule>, StoreError> {
    let row: Option<(String, String, i64, bool)> = conn
        .query_row("SELECT every, folder, keep, passphrase IS NOT NULL FROM backup_schedule WHERE id = 1", [], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .optional()?;
    row.map(|(every, folder, keep, encrypted)| {
        let every = match every.as_str() {
            "daily" => BackupEvery::Daily,
            "weekly" => BackupEvery::Weekly,
            other => return Err(StoreError::Corrupt(format!("backup schedule {other}"))),
        };
        let keep = u8::try_from(keep).map_err(|e| StoreError::Corrupt(format!("backup keep {keep}: {e}")))?;
        Ok(BackupSchedule { every, folder: folder.into(), keep, encrypted })
    })
    .transpose()
}

/// Sets the schedule, or with `None` turns automatic backups off.
pub fn set_backup_schedule(conn: &Connection, schedule: Option<&BackupSchedule>) -> Result<(), StoreError> {
    match schedule {
        None => conn.execute("DELETE FROM backup_schedule", [])?,
        Some(schedule) => conn.execute(
            "INSERT INTO backup_schedule (id, every, folder, keep) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET every = excluded.every, folder = excluded.folder, keep = excluded.keep",
            params![
                match schedule.every {
                    BackupEvery::Daily => "daily",
                    BackupEvery::Weekly => "weekly",
                },
                schedule.folder.to_string_lossy(),
                schedule.keep
            ],
        )?,
    };
    Ok(())
}

/// The passphrase automatic backups are encrypted with, if they are.
pub fn backup_passphrase(conn: &Connection) -> Result<Option<Zeroizing<String>>, StoreError> {
    let stored: Option<Option<String>> = conn.query_row("SELECT passphrase FROM backup_schedule WHERE id = 1", [], |row| row.get(0)).optional()?;
    Ok(stored.flatten().map(Zeroizing::new))
}

/// Sets (or with `None` clears) the automatic backups' passphrase; nothing without a schedule.
pub fn set_backup_passphrase(conn: &Connection, passphrase: Option<&str>) -> Result<(), StoreError> {
    conn.execute("UPDATE backup_schedule SET passphrase = ?1 WHERE id = 1", [passphrase])?;
    Ok(())
}

/// Logs a try (exactly one of `file` and `problem`), dropping the oldest beyond [`RUNS_KEPT`].
pub fn record_backup_run(conn: &mut Connection, tried_at: DateTime<Utc>, written: Result<(&str, u64), &str>) -> Result<BackupRunRow, StoreError> {
    let tx = conn.transaction()?;
    let (file, bytes, problem) = match written {
        Ok((file, bytes)) => (Some(file), Some(i64::try_from(bytes).unwrap_or(i64::MAX)), None),
        Err(problem) => (None, None, Some(problem)),
    };
    tx.execute(
        "INSERT INTO backup_run (tried_at, file, bytes, problem) VALUES (?1, ?2, ?3, ?4)",
        params![tried_at.to_rfc3339(), file, bytes, problem],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute("DELETE FROM backup_run WHERE id <= ?1 - ?2", params![id, RUNS_KEPT])?;
    tx.commit()?;
    let bytes = bytes.and_then(|b| u64::try_from(b).ok());
    Ok(BackupRunRow { id, tried_at, file: file.map(str::to_owned), bytes, problem: problem.map(str::to_owned), told: false })
}

/// The latest try, and the latest one that worked.
pub fn latest_backup_runs(conn: &Connection) -> Result<(Option<BackupRunRow>, Option<BackupRunRow>), StoreError> {
    let latest = |filter: &str| -> Result<Option<BackupRunRow>, StoreError> {
        conn.query_row(&format!("SELECT id, tried_at, file, bytes, problem, told FROM backup_run {filter} ORDER BY id DESC LIMIT 1"), [], read_run)
            .optional()?
            .transpose()
    };
    Ok((latest("")?, latest("WHERE file IS NOT NULL")?))
}

/// Marks a failed try as shown to the person.
pub fn mark_backup_run_told(conn: &Connection, id: i64) -> Result<(), StoreError> {
    conn.execute("UPDATE backup_run SET told = 1 WHERE id = ?1", [id])?;
    Ok(())
}

type RunColumns = (i64, String, Option<String>, Option<i64>, Option<String>, i64);

fn read_run(row: &Row<'_>) -> rusqlite::Result<Result<BackupRunRow, StoreError>> {
    let (id, tried_at, file, bytes, problem, told): RunColumns = (row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?);
    let parsed = DateTime::parse_from_rfc3339(&tried_at).map_err(|e| StoreError::Corrupt(format!("instant {tried_at}: {e}")));
    Ok(parsed.map(|at| BackupRunRow {
        id,
        tried_at: at.with_timezone(&Utc),
        file,
        bytes: bytes.and_then(|b| u64::try_from(b).ok()),
        problem,
        told: told == 1,
    }))
}
