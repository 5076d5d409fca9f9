//! How a merge decides, row by row, whether a backup's row is new, already in the diary, or
//! a conflict with what this device holds.
//!
//! Invariants:
//! - A row whose key is in the diary counts as "already there" only if every column the file
//!   gives is equal. Otherwise it is a conflict, and this device's copy is kept.
//! - A record is compared as a whole with its parts (an entry with its tags and doses, a
//!   session with its exercises, a check with its answers): the same record with other parts
//!   is a conflict too, and a conflicted record's parts are never merged in.
//! - A medication on this device under the same name (another id) is the same medication: the
//!   backup's doses are pointed at it before anything is compared.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::types::Value as SqlValue;
use rusqlite::{params_from_iter, Connection, OptionalExtension};

use super::StoreError;

/// A row as checked against the table: column names and their SQL values.
pub type CheckedRow = (Vec<String>, Vec<SqlValue>);

/// A table whose rows are parts of a record in another table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// The parts' table, such as `pain_entry_tag`.
    pub table: &'static str,
    /// Its column holding the record's id.
    pub column: &'static str,
    /// The records' table, such as `pain_entry`.
    pub parent: &'static str,
    /// Whether the parts are compared with the record (a log that grows on each device is not).
    pub whole: bool,
}

/// A column's value in a checked row.
pub fn column_value<'a>(row: &'a CheckedRow, column: &str) -> Option<&'a SqlValue> {
    row.0.iter().position(|n| n == column).and_then(|i| row.1.get(i))
}

fn text(value: Option<&SqlValue>) -> Option<&str> {
    match value {
        Some(SqlValue::Text(text)) => Some(text),
        _ => None,
    }
}

/// Whether the diary holds a row with `row`'s key: `None` if not, else whether every column
/// the row gives is equal. A row without all its key columns is never found.
pub fn existing_row(tx: &Connection, table: &str, keys: &[String], row: &CheckedRow) -> Result<Option<bool>, StoreError> {
    let mut key_values = Vec::with_capacity(keys.len());
    for key in keys {
        match column_value(row, key) {
            Some(value) => key_values.push(value.clone()),
            None => return Ok(None),
        }
    }
    let condition: Vec<String> = keys.iter().map(|k| format!("{k} = ?")).collect();
    let sql = format!("SELECT {} FROM {table} WHERE {}", row.0.join(", "), condition.join(" AND "));
    let mut statement = tx.prepare_cached(&sql)?;
    let width = row.0.len();
    let found = statement
        .query_row(params_from_iter(key_values.iter()), |stored| (0..width).map(|i| stored.get::<_, SqlValue>(i)).collect::<Result<Vec<_>, _>>())
        .optional()?;
    Ok(found.map(|stored| stored == row.1))
}

/// Points the backup's doses at this device's medications that have the same name under
/// another id; returns how many of the backup's medications were such.
pub fn map_same_medications(tx: &Connection, plans: &mut [(&'static str, Vec<CheckedRow>)]) -> Result<BTreeSet<String>, StoreError> {
    let mut same: BTreeMap<String, String> = BTreeMap::new();
    for (table, rows) in plans.iter() {
        if *table != "medication" {
            continue;
        }
        for row in rows {
            let (Some(id), Some(name)) = (text(column_value(row, "id")), text(column_value(row, "name"))) else { continue };
            let found = tx
                .query_row("SELECT id FROM medication WHERE name = ?1 COLLATE NOCASE AND id <> ?2", [name, id], |r| r.get::<_, String>(0))
                .optional()?;
            if let Some(existing) = found {
                same.insert(id.to_owned(), existing);
            }
        }
    }
    for (table, rows) in plans.iter_mut() {
        if *table != "pain_entry_medication" {
            continue;
        }
        for (names, values) in rows.iter_mut() {
            let Some(index) = names.iter().position(|n| n == "medication_id") else { continue };
            if let SqlValue::Text(id) = &values[index] {
                if let Some(existing) = same.get(id) {
                    values[index] = SqlValue::Text(existing.clone());
                }
            }
        }
    }
    Ok(same.into_keys().collect())
}

/// The file's parts, by (parts' table, record id): indexes into that table's rows.
type PartIndex = BTreeMap<(&'static str, String), Vec<usize>>;

fn index_parts(plans: &[(&'static str, Vec<CheckedRow>)], parts: &[Part]) -> PartIndex {
    let mut index = PartIndex::new();
    for (table, rows) in plans {
        let Some(part) = parts.iter().find(|p| p.table == *table) else { continue };
        for (i, row) in rows.iter().enumerate() {
            if let Some(id) = text(column_value(row, part.column)) {
                index.entry((part.table, id.to_owned())).or_default().push(i);
            }
        }
    }
    index
}

/// Whether the record `id` of `parent` has, on this device, exactly the parts the file gives
/// it, in every part table compared as a whole.
fn parts_match(
    tx: &Connection,
    parent: &str,
    id: &str,
    parts: &[Part],
    plans: &[(&'static str, Vec<CheckedRow>)],
    index: &PartIndex,
    keys: &BTreeMap<&'static str, Vec<String>>,
) -> Result<bool, StoreError> {
    for part in parts.iter().filter(|p| p.parent == parent && p.whole) {
        let in_file: &[usize] = index.get(&(part.table, id.to_owned())).map_or(&[], Vec::as_slice);
        let on_device: i64 = tx.query_row(&format!("SELECT count(*) FROM {} WHERE {} = ?1", part.table, part.column), [id], |r| r.get(0))?;
        if usize::try_from(on_device).ok() != Some(in_file.len()) {
            return Ok(false);
        }
        let Some(rows) = plans.iter().find(|(t, _)| *t == part.table).map(|(_, rows)| rows) else { continue };
        let no_keys = Vec::new();
        let part_keys = keys.get(part.table).unwrap_or(&no_keys);
        for &i in in_file {
            if existing_row(tx, part.table, part_keys, &rows[i])? != Some(true) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// What to do with one row of the backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// New to this diary.
    Insert,
    /// In the diary exactly so (with the same parts, for a record).
    AlreadyThere,
    /// In the diary with other content or other parts: this device's copy stays.
    Conflict,
    /// A part of a record in conflict: not merged in, not counted.
    Skip,
}

/// The merge's memory across the rows, restored parents first: which records were found in
/// conflict and which were settled as identical with all their parts.
pub struct Merge<'a> {
    tx: &'a Connection,
    parts: &'a [Part],
    plans: &'a [(&'static str, Vec<CheckedRow>)],
    keys: &'a BTreeMap<&'static str, Vec<String>>,
    index: PartIndex,
    same_medication: BTreeSet<String>,
    /// False on a replace: the diary was emptied, so every row is inserted.
    merging: bool,
    /// Tables that held no row when the restore began: nothing there to compare with, so their
    /// rows are inserted without a look-up (a file never holds one key twice; that is refused
    /// before). Restoring into a new diary is then as fast as it was before merges compared.
    empty: BTreeSet<&'static str>,
    conflicted: BTreeSet<(&'static str, String)>,
    settled: BTreeSet<(&'static str, String)>,
}

impl<'a> Merge<'a> {
    /// `same_medication` holds the backup's medication ids that name a medication this device
    /// has under another id (see [`map_same_medications`]).
    pub fn new(
        tx: &'a Connection,
        parts: &'a [Part],
        plans: &'a [(&'static str, Vec<CheckedRow>)],
        keys: &'a BTreeMap<&'static str, Vec<String>>,
        same_medication: BTreeSet<String>,
        merging: bool,
    ) -> Result<Self, StoreError> {
        let index = index_parts(plans, parts);
        let mut empty = BTreeSet::new();
        for (table, _) in plans {
            let none: bool = tx.query_row(&format!("SELECT NOT EXISTS (SELECT 1 FROM {table})"), [], |r| r.get(0))?;
            if none {
                empty.insert(*table);
            }
        }
        Ok(Merge { tx, parts, plans, keys, index, same_medication, merging, empty, conflicted: BTreeSet::new(), settled: BTreeSet::new() })
    }

    /// The verdict on `row` of `table`. Rows must come in restore order (parents first).
    pub fn verdict(&mut self, table: &'static str, row: &CheckedRow) -> Result<Verdict, StoreError> {
        let own_id = text(column_value(row, "id")).map(str::to_owned);
        if table == "medication" && own_id.as_ref().is_some_and(|id| self.same_medication.contains(id)) {
            return Ok(Verdict::AlreadyThere);
        }
        if let Some(part) = self.parts.iter().find(|p| p.table == table) {
            let parent = (part.parent, text(column_value(row, part.column)).unwrap_or_default().to_owned());
            if self.conflicted.contains(&parent) {
                return Ok(Verdict::Skip);
            }
            if part.whole && self.settled.contains(&parent) {
                return Ok(Verdict::AlreadyThere);
            }
        }
        if !self.merging || self.empty.contains(table) {
            return Ok(Verdict::Insert);
        }
        let no_keys = Vec::new();
        let keys = self.keys.get(table).unwrap_or(&no_keys);
        let same = match existing_row(self.tx, table, keys, row)? {
            None => return Ok(Verdict::Insert),
            Some(false) => false,
            Some(true) => match &own_id {
                Some(id) => parts_match(self.tx, table, id, self.parts, self.plans, &self.index, self.keys)?,
                None => true,
            },
        };
        let record = own_id.map(|id| (table, id));
        if same {
            self.settled.extend(record);
            Ok(Verdict::AlreadyThere)
        } else {
            self.conflicted.extend(record);
            Ok(Verdict::Conflict)
        }
    }
}
