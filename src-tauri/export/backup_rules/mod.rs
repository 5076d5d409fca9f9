//! The rules every row of a backup must obey before a restore may touch the diary: the same
//! domain rules the UI and the command line apply (closed vocabularies, the 0 to 10 scales,
//! length limits, ids, dates and times, catalog exercises and families, article slugs,
//! warning-sign questions, reminder times and weekdays), plus what a file must not do on its
//! own: hold one record twice, or hold a part (a tag, a dose, an answer) without its record.
//!
//! A refusal names the record in plain words, its id and the field, so the person can see
//! what is wrong; the store's CHECK constraints stay as the last guard behind these rules.

mod fields;
mod tables;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::store::TableRows;
use fields::{quoted, shown, tag_word_label, Problem};
pub use tables::{table, Field, PartOf, Presence, Table, TABLES};

/// Why a backup's rows were refused: a whole sentence for the person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidBackup(pub String);

fn invalid(what: impl std::fmt::Display) -> InvalidBackup {
    InvalidBackup(format!("The backup is not valid: {what}. Nothing was restored."))
}

/// Checks every row of `tables`; the first problem found is reported.
pub fn check_tables(tables: &TableRows) -> Result<(), InvalidBackup> {
    if let Some(unknown) = tables.keys().find(|name| table(name).is_none()) {
        return Err(InvalidBackup(format!("The backup has a table this version does not know: {}. Nothing was restored.", quoted(unknown))));
    }
    for declared in TABLES {
        let Some(rows) = tables.get(declared.name) else { continue };
        for (index, row) in rows.iter().enumerate() {
            check_row(declared, row, index).map_err(invalid)?;
        }
        check_unique(declared, rows).map_err(invalid)?;
        if let Some(part) = declared.part_of {
            check_parents(declared, part, rows, tables).map_err(invalid)?;
        }
    }
    Ok(())
}

/// The record a row belongs to, in plain words: "pain entry 6f1c…" (a tag names its entry).
pub fn record_name(declared: &Table, row: &Map<String, Value>) -> String {
    match row.get(declared.names_by) {
        Some(Value::String(id)) if id.chars().count() <= 40 && !id.chars().any(char::is_control) => format!("{} {id}", declared.noun),
        Some(Value::Null) | None => format!("{} {} with no {}", article(declared.noun), declared.noun, label_of(declared, declared.names_by, row)),
        Some(other) => format!("{} {}", declared.noun, shown(other)),
    }
}

/// "a" or "an", for a plain label.
pub fn article(label: &str) -> &'static str {
    if label.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

fn label_of(declared: &Table, column: &str, row: &Map<String, Value>) -> &'static str {
    if declared.name == "pain_entry_tag" && column == "value" {
        return tag_word_label(row.get("kind").and_then(Value::as_str));
    }
    declared.fields.iter().find(|f| f.column == column).map_or("field", |f| f.label)
}

fn check_row(declared: &Table, row: &Map<String, Value>, index: usize) -> Result<(), Problem> {
    let name = || match row.get(declared.names_by) {
        Some(Value::Null) | None => format!("{} (number {} in the file)", record_name(declared, row), index + 1),
        Some(_) => record_name(declared, row),
    };
    if let Some(unknown) = row.keys().find(|column| !declared.fields.iter().any(|f| &f.column == column)) {
        return Err(Problem(format!("{} has a field this version does not know ({})", name(), quoted(unknown))));
    }
    for field in declared.fields {
        let label = label_of(declared, field.column, row);
        let value = match row.get(field.column) {
            None if field.presence == Presence::Required => return Err(Problem(format!("{} has no {label}", name()))),
            Some(Value::Null) if field.presence != Presence::Nullable => return Err(Problem(format!("{} has no {label}", name()))),
            None | Some(Value::Null) => continue,
            Some(value) => value,
        };
        // "a pain level", but "times" (the few lists are plural).
        let what = if field.rule.is_list() { label.to_owned() } else { format!("{} {label}", article(label)) };
        match (field.rule.is_number(), value) {
            (true, Value::Number(n)) if n.as_i64().is_none() => {
                return Err(Problem(format!("{} has {what} that should be a whole number ({n})", name())))
            }
            (true, Value::Number(_)) | (false, Value::String(_)) => {}
            (true, other) => return Err(Problem(format!("{} has {what} that should be a number, not {}", name(), shown(other)))),
            (false, other) => return Err(Problem(format!("{} has {what} that should be text, not {}", name(), shown(other)))),
        }
        field.rule.check(value, row).map_err(|problem| Problem(format!("{} has {what} {problem}", name())))?;
    }
    Ok(())
}

/// One record per key in a file, and one medication per name (names are unique, ignoring
/// case, as in the diary).
fn check_unique(declared: &Table, rows: &[Map<String, Value>]) -> Result<(), Problem> {
    let mut seen = BTreeSet::new();
    let mut names = BTreeMap::new();
    for row in rows {
        let key: Vec<&Value> = declared.key.iter().map(|column| row.get(*column).unwrap_or(&Value::Null)).collect();
        if !seen.insert(serde_json::to_string(&key).unwrap_or_default()) {
            return Err(Problem(match declared.part_of {
                Some(part) => {
                    let rest: Vec<String> = declared.key.iter().filter(|c| **c != part.column).map(|c| shown(&row[*c])).collect();
                    format!("{} has the same {} twice ({})", record_name(declared, row), part.what, rest.join(", "))
                }
                None => format!("{} is in the file twice, under the same id", record_name(declared, row)),
            }));
        }
        if declared.name == "medication" {
            if let Some(name) = row.get("name").and_then(Value::as_str) {
                // SQLite's NOCASE folds ASCII letters only; so does this.
                if let Some(first) = names.insert(name.to_ascii_lowercase(), name) {
                    return Err(Problem(format!("two medications have the same name ({} and {})", quoted(first), quoted(name))));
                }
            }
        }
    }
    Ok(())
}

/// Every part's record is in the file too.
fn check_parents(declared: &Table, part: PartOf, rows: &[Map<String, Value>], tables: &TableRows) -> Result<(), Problem> {
    let parents: BTreeSet<&str> = tables.get(part.table).into_iter().flatten().filter_map(|row| row.get("id").and_then(Value::as_str)).collect();
    match rows.iter().find(|row| row.get(part.column).and_then(Value::as_str).is_none_or(|id| !parents.contains(id))) {
        Some(orphan) => {
            Err(Problem(format!("it has {} {} for {}, which is not in the file", article(part.what), part.what, record_name(declared, orphan))))
        }
        None => Ok(()),
    }
}
