//! The SQL side of backup and restore: every table the person's diary is made of, dumped as
//! rows of plain JSON values, and written back in one transaction.
//!
//! Invariants:
//! - A restore is all or nothing: it runs in one transaction, and any row the schema refuses
//!   (a CHECK, a wrong type in a STRICT table, a missing parent) rolls the whole of it back.
//! - Merging is by primary key (the UUIDs, or the natural key of the few keyed tables): a row
//!   whose key is already present is left as it is on this device, so restoring the same
//!   backup twice changes nothing.
//! - Device state is not part of a backup: the scheduler's last-seen time and whether the tray
//!   hint was shown (`setting` keys `scheduler_last_seen`, `tray_hint_shown`) are neither written
//!   out nor cleared by a replace, and entries deleted but still
//!   undoable are left out.

use std::collections::BTreeMap;

use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{params_from_iter, Connection};
use serde_json::{Map, Number, Value};

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
    ("article_read", "1"),
    ("red_flag_check", "1"),
    ("red_flag_answer", "1"),
    ("reminder_rule", "1"),
    ("reminder_fire", "1"),
    ("setting", "key NOT IN ('scheduler_last_seen', 'tray_hint_shown')"),
];

/// Rows by table name; each row maps column names to JSON null, integer or string.
pub type TableRows = BTreeMap<String, Vec<Map<String, Value>>>;

/// Why a restore did not happen.
#[derive(Debug, thiserror::Error)]
pub enum RestoreProblem {
    /// The backup's content does not fit this diary; the message says what, in plain words.
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Rows added and rows already present (left as they were).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RestoreCounts {
    pub added: u64,
    pub already_present: u64,
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

/// Writes `tables` into the diary in one transaction. With `replace`, every backed-up table is
/// emptied first (device state stays). Refuses, changing nothing, a table or column this diary
/// does not have, a value of the wrong type, or a row the schema's rules reject.
pub fn restore_tables(conn: &mut Connection, tables: &TableRows, replace: bool) -> Result<RestoreCounts, RestoreProblem> {
    let known: Vec<&str> = BACKUP_TABLES.iter().map(|(t, _)| *t).collect();
    if let Some(unknown) = tables.keys().find(|t| !known.contains(&t.as_str())) {
        return Err(RestoreProblem::Refused(format!("The backup has a table this version does not know: \"{unknown}\".")));
    }
    let mut plans = Vec::new();
    for (table, _) in BACKUP_TABLES {
        let Some(rows) = tables.get(*table) else { continue };
        let (cols, _) = columns(conn, table)?;
        plans.push((*table, check_rows(table, &cols, rows)?));
    }

    let tx = conn.transaction().map_err(StoreError::from)?;
    if replace {
        for (table, filter) in BACKUP_TABLES.iter().rev() {
            tx.execute(&format!("DELETE FROM {table} WHERE {filter}"), []).map_err(StoreError::from)?;
        }
        tx.execute("DELETE FROM pain_entry", []).map_err(StoreError::from)?;
    }
    let mut counts = RestoreCounts::default();
    // A medication already on this device under the same name (another id) is the same
    // medication: the backup's doses are pointed at it instead of failing the unique name.
    let mut same_medication: BTreeMap<String, String> = BTreeMap::new();
    for (table, rows) in plans {
        for (names, mut values) in rows {
            if table == "medication" {
                if let Some(existing) = existing_medication(&tx, &names, &values)? {
                    if let Some(SqlValue::Text(id)) = column_value(&names, &values, "id") {
                        same_medication.insert(id.clone(), existing);
                    }
                    counts.already_present += 1;
                    continue;
                }
            }
            if table == "pain_entry_medication" {
                if let Some(index) = names.iter().position(|n| n == "medication_id") {
                    if let SqlValue::Text(id) = &values[index] {
                        if let Some(existing) = same_medication.get(id) {
                            values[index] = SqlValue::Text(existing.clone());
                        }
                    }
                }
            }
            let placeholders = vec!["?"; names.len()].join(", ");
            let sql = format!("INSERT INTO {table} ({}) VALUES ({placeholders}) ON CONFLICT DO NOTHING", names.join(", "));
            let mut statement = tx.prepare_cached(&sql).map_err(StoreError::from)?;
            match statement.execute(params_from_iter(values.iter())) {
                Ok(0) => counts.already_present += 1,
                Ok(_) => counts.added += 1,
                Err(error) => {
                    return Err(RestoreProblem::Refused(format!(
                        "A row of \"{table}\" in the backup does not fit the diary's rules ({error}). Nothing was restored."
                    )))
                }
            }
        }
    }
    tx.commit().map_err(StoreError::from)?;
    Ok(counts)
}

type CheckedRow = (Vec<String>, Vec<SqlValue>);

fn column_value<'a>(names: &[String], values: &'a [SqlValue], column: &str) -> Option<&'a SqlValue> {
    names.iter().position(|n| n == column).and_then(|i| values.get(i))
}

/// The id of a medication on this device with the row's name but another id, if any.
fn existing_medication(tx: &Connection, names: &[String], values: &[SqlValue]) -> Result<Option<String>, StoreError> {
    let (Some(SqlValue::Text(id)), Some(SqlValue::Text(name))) = (column_value(names, values, "id"), column_value(names, values, "name")) else {
        return Ok(None);
    };
    let found = tx.query_row("SELECT id FROM medication WHERE name = ?1 COLLATE NOCASE AND id <> ?2", [name, id], |row| row.get::<_, String>(0));
    match found {
        Ok(existing) => Ok(Some(existing)),
        Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
        Err(error) => Err(error.into()),
    }
}

/// Checks every row's columns and value types against the table before anything is written.
fn check_rows(table: &str, cols: &[Column], rows: &[Map<String, Value>]) -> Result<Vec<CheckedRow>, RestoreProblem> {
    let refuse = |what: String| RestoreProblem::Refused(format!("The backup is not valid: {what}. Nothing was restored."));
    let mut out = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let mut names = Vec::with_capacity(row.len());
        let mut values = Vec::with_capacity(row.len());
        for (name, value) in row {
            let Some(column) = cols.iter().find(|c| &c.name == name) else {
                return Err(refuse(format!("row {} of \"{table}\" has an unknown field \"{name}\"", index + 1)));
            };
            let sql = match (value, column.integer) {
                (Value::Null, _) => SqlValue::Null,
                (Value::Number(n), true) => match n.as_i64() {
                    Some(n) => SqlValue::Integer(n),
                    None => return Err(refuse(format!("\"{table}.{name}\" in row {} is not a whole number", index + 1))),
                },
                (Value::String(s), false) => SqlValue::Text(s.clone()),
                (_, true) => return Err(refuse(format!("\"{table}.{name}\" in row {} should be a number", index + 1))),
                (_, false) => return Err(refuse(format!("\"{table}.{name}\" in row {} should be text", index + 1))),
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
