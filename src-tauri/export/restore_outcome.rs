//! What a restore did, for the Export screen (over IPC) and the command line (as plain lines).

use serde::Serialize;
use serde_json::{Map, Value};
use ts_rs::TS;

use super::backup_rules::{phrase, record_name, table, Form};
use crate::store::{ConflictAt, TableRows};
use crate::t;

/// A record of the backup that differs from the one with the same id on this device. The
/// device's copy was kept, and the backup's copy (with its parts) was not restored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RestoreConflict {
    /// What the record is, in plain words of the app's language: "pain entry", "exercise session".
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
    /// the counts, then one line per conflict; in the language in force.
    pub fn plain_lines(&self) -> Vec<String> {
        let mut lines = Vec::with_capacity(2 + self.conflicts.len());
        if let Some(copy) = &self.kept_copy {
            lines.push(t!("export-restore-kept-copy", path = copy.as_str()));
        }
        let mut summary = t!("export-restore-counts", added = self.added, present = self.already_present);
        if !self.conflicts.is_empty() {
            summary.push(' ');
            summary.push_str(&t!("export-restore-conflicts", count = self.conflicts.len()));
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
                message: t!("export-conflict-unknown-table", table = at.table.as_str()),
            };
        };
        let id = match row.get(declared.names_by) {
            Some(Value::String(id)) => id.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        let day = declared.day.and_then(|column| row.get(column)).and_then(Value::as_str).map(str::to_owned);
        let message = if let Some(part) = declared.part_of {
            // Only parts not compared with their record (a reminder's log) conflict on their own.
            t!("export-conflict-part", part = phrase("part", part.what, Form::A), record = record_name(declared, row))
        } else if declared.names_by == "id" {
            let record = phrase("record", declared.noun, Form::A);
            match &day {
                Some(day) => t!("export-conflict-record-on-day", record = record, day = day.as_str(), id = id.as_str()),
                None => t!("export-conflict-record", record = record, id = id.as_str()),
            }
        } else {
            t!("export-conflict-named", record = record_name(declared, row))
        };
        RestoreConflict { record: phrase("record", declared.noun, Form::Bare), id, day, message: capital(&message) }
    }
}

fn capital(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
