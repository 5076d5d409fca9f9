//! The SQL side of backup and restore: every table the person's diary is made of, dumped as
//! rows of plain JSON values, and written back in one transaction.
//!
//! Invariants:
//! - A restore is all or nothing: it runs in one transaction, and any row the schema refuses
//!   (a CHECK, a wrong type in a STRICT table, a missing parent) rolls the whole of it back.
//! - Merging is by primary key (the UUIDs, or the natural key of the few keyed tables): a row
//!   whose key is already present is left as it is on this device, so restoring the same
//!   backup twice changes nothing; a present row with other content is reported as a
//!   conflict (`backup_merge`), never counted as already there.
//! - Device state is not part of a backup: the scheduler's last-seen time and whether the tray
//!   hint was shown, and the idle lock's minutes (`setting` keys `scheduler_last_seen`,
//!   `tray_hint_shown`, `idle_lock_minutes`) are neither written
//!   out nor cleared by a replace, and entries deleted but still
//!   undoable are left out. Reminders put off with "Later" (`reminder_snooze`) are device state
//!   too: never written out, and gone with their slot log when a replace clears it.

use std::collections::BTreeMap;

use rusqlite::types::{Value as SqlValue, ValueRef};
use std::path::Path;

use rusqlite::{params_from_iter, Connection, TransactionBehavior};
use serde_json::{Map, Number, Value};

pub use super::backup_merge::Part;
use super::backup_merge::{map_same_medications, CheckedRow, Merge, Verdict};
use super::StoreError;

/// The tables of a backup, parents before children (the order rows are restored in), each with
/// the filter that keeps device state and undoable deletions out.
pub const BACKUP_TABLES: &[(&str, &str)] = &[
    ("medication", "1"),
    ("pain_entry", "deleted_at IS NULL"),
    ("pain_entry_tag", "entry_id IN (SELECT id FROM pain_entry WHERE deleted_at IS NULL)"),
    ("pain_entry_medication", "entry_id IN (SELECT id FROM pain_entry WHERE deleted_at IS NULL)"),
    ("exercise_session", "1"),
    ("session_exercise", "1"),
    ("program_level", "1"),
    ("level_change", "1"),
    ("habit_plan", "1"),
    ("pause", "1"),
    ("flare", "1"),
    ("program_safety", "1"),
    ("article_read", "1"),
    ("red_flag_check", "1"),
    ("red_flag_answer", "1"),
    ("function_activity", "1"),
    ("function_rating", "1"),
    ("reminder_rule", "1"),
    ("reminder_fire", "1"),
    ("setting", "key NOT IN ('scheduler_last_seen', 'tray_hint_shown', 'idle_lock_minutes')"),
];

/// Rows by table name; each row maps column names to JSON null, integer or string.
pub type TableRows = BTreeMap<String, Vec<Map<String, Value>>>;

/// Why a restore did not happen.
#[derive(Debug, thiserror::Error)]
pub enum RestoreProblem {
    /// The backup's content does not fit this diary; the message says what, in plain words.
    #[error("{0}")]
    Refused(String),
    /// The schema refused the `index`-th row of `table` (a rule the checks before the
    /// transaction did not catch). Nothing was written.
    #[error("row {index} of {table} does not fit the diary's rules")]
    Rejected { table: String, index: usize },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Merge by key, or replace the diary's content.
#[derive(Debug, Clone, Copy)]
pub enum RestoreMode<'a> {
    Merge,
    /// Empties the backed-up tables first. `pending_copy` is the copy of the diary kept
    /// before: it must still be there once the write lock is held, else nothing happens (a
    /// concurrent open may have settled it, see `restore_copy`).
    Replace {
        pending_copy: &'a Path,
    },
}

/// A row of the backup that differs from this device's row with the same key (the device's
/// was kept): the `index`-th row of `table` in the backup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictAt {
    pub table: String,
    pub index: usize,
}

/// Rows added, rows already present (left as they were) and conflicts (this device's kept).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RestoreCounts {
    pub added: u64,
    pub already_present: u64,
    pub conflicts: Vec<ConflictAt>,
}

/// A column's name and whether it holds whole numbers (else text).
struct Column {
    name: String,
    integer: bool,
}

fn columns(conn: &Connection, table: &str) -> Result<(Vec<Column>, Vec<String>), StoreError> {
    let mut statement = conn.prepare(&format!("PRAGMA table_info({table})"))?;
    let mut keyed: Vec<(i64, String)> = Vec::new();
    let mut list = Vec::new();
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let name: String = row.get(1)?;
        let declared: String = row.get(2)?;
        let pk: i64 = row.get(5)?;
        if pk > 0 {
            keyed.push((pk, name.clone()));
        }
        list.push(Column { name, integer: declared.eq_ignore_ascii_case("INTEGER") });
    }
    keyed.sort();
    Ok((list, keyed.into_iter().map(|(_, name)| name).collect()))
}

/// Every backed-up row, ordered by primary key so the same diary always dumps the same way.
pub fn dump_tables(conn: &mut Connection) -> Result<TableRows, StoreError> {
    let tx = conn.transaction()?;
    let mut tables = TableRows::new();
    for (table, filter) in BACKUP_TABLES {
        let (cols, keys) = columns(&tx, table)?;
        let names: Vec<&str> = cols.iter().map(|c| c.name.as_str()).collect();
        let mut statement = tx.prepare(&format!("SELECT {} FROM {table} WHERE {filter} ORDER BY {}", names.join(", "), keys.join(", ")))?;
        let mut rows = statement.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let mut object = Map::new();
            for (i, name) in names.iter().enumerate() {
                let value = match row.get_ref(i)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(n) => Value::Number(Number::from(n)),
                    ValueRef::Real(x) => Number::from_f64(x).map_or(Value::Null, Value::Number),
                    ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
                    ValueRef::Blob(_) => return Err(StoreError::Corrupt(format!("{table}.{name} holds binary data"))),
                };
                object.insert((*name).to_owned(), value);
            }
            out.push(object);
        }
        tables.insert((*table).to_owned(), out);
    }
    tx.commit()?;
    Ok(tables)
}

/// Writes `tables` into the diary in one transaction. With [`RestoreMode::Replace`], every
/// backed-up table is emptied first (device state stays); on a merge, see `backup_merge` for
/// what counts as already there and what is a conflict. `parts` says which tables hold parts
/// of another table's records. Refuses, changing nothing, a table or column this diary does
/// not have, a value of the wrong type, or a row the schema's rules reject.
pub fn restore_tables(conn: &mut Connection, tables: &TableRows, mode: RestoreMode<'_>, parts: &[Part]) -> Result<RestoreCounts, RestoreProblem> {
    let known: Vec<&str> = BACKUP_TABLES.iter().map(|(t, _)| *t).collect();
    if let Some(unknown) = tables.keys().find(|t| !known.contains(&t.as_str())) {
        return Err(RestoreProblem::Refused(crate::t!("export-restore-unknown-table", table = unknown.to_string())));
    }
    let mut plans = Vec::new();
    let mut keys = BTreeMap::new();
    for (table, _) in BACKUP_TABLES {
        let (cols, key) = columns(conn, table)?;
        keys.insert(*table, key);
        let Some(rows) = tables.get(*table) else { continue };
        plans.push((*table, check_rows(table, &cols, rows)?));
    }

    // IMMEDIATE: the write lock is taken now, so the pending copy's check below holds until commit.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(StoreError::from)?;
    let merging = match mode {
        RestoreMode::Merge => true,
        RestoreMode::Replace { pending_copy } => {
            if !pending_copy.exists() {
                return Err(RestoreProblem::Refused(crate::t!("export-restore-copy-moved")));
            }
            for (table, filter) in BACKUP_TABLES.iter().rev() {
                tx.execute(&format!("DELETE FROM {table} WHERE {filter}"), []).map_err(StoreError::from)?;
            }
            tx.execute("DELETE FROM pain_entry", []).map_err(StoreError::from)?;
            false
        }
    };
    let same_medication = map_same_medications(&tx, &mut plans)?;
    let mut merge = Merge::new(&tx, parts, &plans, &keys, same_medication, merging)?;
    let mut counts = RestoreCounts::default();
    for (table, rows) in &plans {
        for (index, row) in rows.iter().enumerate() {
            match merge.verdict(table, row)? {
                Verdict::Skip => {}
                Verdict::AlreadyThere => counts.already_present += 1,
                Verdict::Conflict => counts.conflicts.push(ConflictAt { table: (*table).to_owned(), index }),
                Verdict::Insert => match insert_row(&tx, table, row)? {
                    true => counts.added += 1,
                    false => return Err(RestoreProblem::Rejected { table: (*table).to_owned(), index }),
                },
            }
        }
    }
    drop(merge);
    tx.commit().map_err(StoreError::from)?;
    Ok(counts)
}

/// Inserts one row; `false` if the schema refused it (a CHECK, a type, a missing parent).
fn insert_row(tx: &Connection, table: &str, (names, values): &CheckedRow) -> Result<bool, StoreError> {
    let placeholders = vec!["?"; names.len()].join(", ");
    let sql = format!("INSERT INTO {table} ({}) VALUES ({placeholders})", names.join(", "));
    let mut statement = tx.prepare_cached(&sql)?;
    match statement.execute(params_from_iter(values.iter())) {
        Ok(_) => Ok(true),
        Err(rusqlite::Error::SqliteFailure(failure, _)) if failure.code == rusqlite::ErrorCode::ConstraintViolation => Ok(false),
        Err(error) => Err(error.into()),
    }
}

/// Checks every row's columns and value types against the table before anything is written.
fn check_rows(table: &str, cols: &[Column], rows: &[Map<String, Value>]) -> Result<Vec<CheckedRow>, RestoreProblem> {
    let mut out = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let mut names = Vec::with_capacity(row.len());
        let mut values = Vec::with_capacity(row.len());
        for (name, value) in row {
            // One whole sentence per problem, naming the row, the table and the field.
            let refuse = |id: &str| {
                let mut args = crate::i18n::FluentArgs::new();
                args.set("row", index + 1);
                args.set("table", table.to_owned());
                args.set("name", name.clone());
                RestoreProblem::Refused(crate::i18n::message(id, Some(&args)))
            };
            let Some(column) = cols.iter().find(|c| &c.name == name) else {
                let (row, table, name) = (index + 1, table.to_owned(), name.clone());
                return Err(RestoreProblem::Refused(crate::t!("export-restore-unknown-field", row = row, table = table, name = name)));
            };
            let sql = match (value, column.integer) {
                (Value::Null, _) => SqlValue::Null,
                (Value::Number(n), true) => match n.as_i64() {
                    Some(n) => SqlValue::Integer(n),
                    None => return Err(refuse("export-restore-not-whole-number")),
                },
                (Value::String(s), false) => SqlValue::Text(s.clone()),
                (_, true) => return Err(refuse("export-restore-should-be-number")),
                (_, false) => return Err(refuse("export-restore-should-be-text")),
            };
            names.push(name.clone());
            values.push(sql);
        }
        out.push((names, values));
    }
    Ok(out)
}

/// Writes a consistent copy of the whole database to `target` (which must not exist yet).
pub fn copy_database(conn: &Connection, target: &std::path::Path) -> Result<(), StoreError> {
    conn.execute("VACUUM INTO ?1", [target.to_string_lossy().as_ref()])?;
    Ok(())
}
