//! What a restore did, for the Export screen (over IPC) and the command line (as plain lines).

use serde::Serialize;
use serde_json::{Map, Value};
use ts_rs::TS;

use super::backup_rules::{article, record_name, table};
use crate::store::{ConflictAt, TableRows};

/// A record of the backup that differs from the one with the same id on this device. The
/// device's copy was kept, and the backup's copy (with its parts) was not restored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RestoreConflict {
    /// What the record is, in plain words: "pain entry", "exercise session".
    pub record: String,
    /// The record's id (or its name, for the few records named otherwise, such as a setting).
    pub id: String,
    /// The record's day, `YYYY-MM-DD`, when it has one.
    pub day: Option<String>,
    /// The sentence to show: "A pain entry from 2026-03-02 (id …) differs from the one on this
    /// device; this device's copy was kept."
    pub message: String,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RestoreOutcome {
    /// Rows (entries, sessions, their details, settings...) newly added.
    #[ts(type = "number")]
    pub added: u64,
    /// Rows already in the diary exactly as in the backup, left as they were.
    #[ts(type = "number")]
    pub already_present: u64,
    /// Where the copy of the old diary was kept, when the restore replaced it.
    pub kept_copy: Option<String>,
    /// Records that differ from this device's copy (which was kept); empty on a replace.
    pub conflicts: Vec<RestoreConflict>,
}

impl RestoreOutcome {
    /// The lines the command line prints, in order: where the old diary was kept (if it was),
    /// the counts, then one line per conflict.
    pub fn plain_lines(&self) -> Vec<String> {
        let mut lines = Vec::with_capacity(2 + self.conflicts.len());
        if let Some(copy) = &self.kept_copy {
            lines.push(format!("The old diary was kept as {copy}."));
        }
        let mut summary = format!("Restored: {} added, {} already there.", self.added, self.already_present);
        match self.conflicts.len() {
            0 => {}
            1 => summary.push_str(" 1 record differs from this device's copy, which was kept:"),
            n => summary.push_str(&format!(" {n} records differ from this device's copies, which were kept:")),
        }
        lines.push(summary);
        lines.extend(self.conflicts.iter().map(|c| c.message.clone()));
        lines
    }
}

impl RestoreConflict {
    /// The conflict for the `at.index`-th row of `at.table` in `tables`.
    pub fn of(at: &ConflictAt, tables: &TableRows) -> Self {
        let empty = Map::new();
        let row = tables.get(&at.table).and_then(|rows| rows.get(at.index)).unwrap_or(&empty);
        let Some(declared) = table(&at.table) else {
            return RestoreConflict {
                record: at.table.clone(),
                id: String::new(),
                day: None,
                message: format!("A record of {} differs from the one on this device; this device's copy was kept.", at.table),
            };
        };
        let id = match row.get(declared.names_by) {
            Some(Value::String(id)) => id.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        let day = declared.day.and_then(|column| row.get(column)).and_then(Value::as_str).map(str::to_owned);
        let named = if let Some(part) = declared.part_of {
            // Only parts not compared with their record (a reminder's log) conflict on their own.
            format!("{} {} of the {}", capital(article(part.what)), part.what, record_name(declared, row))
        } else if declared.names_by == "id" {
            let from = day.as_ref().map(|d| format!(" from {d}")).unwrap_or_default();
            let a = article(declared.noun);
            format!("{} {}{from} (id {id})", capital(a), declared.noun)
        } else {
            let name = record_name(declared, row);
            format!("The {name}")
        };
        RestoreConflict {
            record: declared.noun.to_owned(),
            id,
            day,
            message: format!("{named} differs from the one on this device; this device's copy was kept."),
        }
    }
}

fn capital(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
