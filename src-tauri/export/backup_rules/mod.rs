//! The rules every row of a backup must obey before a restore may touch the diary: the same
//! domain rules the UI and the command line apply (closed vocabularies, the 0 to 10 scales,
//! length limits, ids, dates and times, catalog exercises and families, article slugs,
//! warning-sign questions, reminder times and weekdays), plus what a file must not do on its
//! own: hold one record twice, or hold a part (a tag, a dose, an answer) without its record.
//!
//! A refusal names the record in plain words, its id and the field, so the person can see
//! what is wrong; the store's CHECK constraints stay as the last guard behind these rules.
//!
//! The words are the person's language: each record noun, part and field label declared in
//! English in `tables.rs` has a catalog message (`export-record-…`, `export-part-…`,
//! `export-field-…`, named after the English words) that gives the forms a sentence needs.

mod fields;
mod tables;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::i18n::FluentArgs;
use crate::store::TableRows;
use crate::t;
use fields::{quoted, shown, tag_word_label, Problem};
pub use tables::{table, Field, PartOf, Presence, Table, TABLES};

/// Why a backup's rows were refused: a whole sentence for the person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidBackup(pub String);

fn invalid(what: impl std::fmt::Display) -> InvalidBackup {
    InvalidBackup(t!("export-rules-invalid", problem = what.to_string()))
}

/// Checks every row of `tables`; the first problem found is reported.
pub fn check_tables(tables: &TableRows) -> Result<(), InvalidBackup> {
    if let Some(unknown) = tables.keys().find(|name| table(name).is_none()) {
        return Err(InvalidBackup(t!("export-rules-unknown-table", table = quoted(unknown))));
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
        Some(Value::String(id)) if id.chars().count() <= 40 && !id.chars().any(char::is_control) => phrase("record", declared.noun, Form::Named(id)),
        Some(Value::Null) | None => t!(
            "export-rules-record-without",
            record = phrase("record", declared.noun, Form::A),
            field = phrase("field", label_of(declared, declared.names_by, row), Form::Bare)
        ),
        Some(other) => phrase("record", declared.noun, Form::Named(&shown(other))),
    }
}

/// Which form of a declared noun, part or label a sentence needs.
#[derive(Debug, Clone, Copy)]
pub enum Form<'a> {
    /// "pain level", "pain entry".
    Bare,
    /// "a pain level", "an exercise session".
    A,
    /// A record with what names it: "pain entry 6f1c…" ("la anotación de dolor 6f1c…").
    Named(&'a str),
    /// A part, repeated: "the same tag".
    Same,
}

/// The catalog message of the words `english` (a record noun, a part or a field label, as
/// `tables.rs` declares them in English), in `form`: `export-<kind>-<english words joined by
/// hyphens>`.
pub fn phrase(kind: &str, english: &str, form: Form<'_>) -> String {
    let mut args = FluentArgs::new();
    let (form, id) = match form {
        Form::Bare => ("bare", None),
        Form::A => ("a", None),
        Form::Named(id) => ("named", Some(id)),
        Form::Same => ("same", None),
    };
    args.set("form", form);
    if let Some(id) = id {
        args.set("id", id.to_owned());
    }
    crate::i18n::message(&phrase_id(kind, english), Some(&args))
}

/// `export-field-pain-level` for the field label "pain level".
pub fn phrase_id(kind: &str, english: &str) -> String {
    let words: Vec<&str> = english.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    format!("export-{kind}-{}", words.join("-").to_ascii_lowercase())
}

fn label_of(declared: &Table, column: &str, row: &Map<String, Value>) -> &'static str {
    if declared.name == "pain_entry_tag" && column == "value" {
        return tag_word_label(row.get("kind").and_then(Value::as_str));
    }
    declared.fields.iter().find(|f| f.column == column).map_or("field", |f| f.label)
}

fn check_row(declared: &Table, row: &Map<String, Value>, index: usize) -> Result<(), Problem> {
    let name = || match row.get(declared.names_by) {
        Some(Value::Null) | None => t!("export-rules-record-in-file", record = record_name(declared, row), number = index + 1),
        Some(_) => record_name(declared, row),
    };
    if let Some(unknown) = row.keys().find(|column| !declared.fields.iter().any(|f| &f.column == column)) {
        return Err(Problem(t!("export-rules-unknown-field", record = name(), column = quoted(unknown))));
    }
    for field in declared.fields {
        let label = label_of(declared, field.column, row);
        let missing = || Problem(t!("export-rules-missing", record = name(), field = phrase("field", label, Form::Bare)));
        let value = match row.get(field.column) {
            None if field.presence == Presence::Required => return Err(missing()),
            Some(Value::Null) if field.presence != Presence::Nullable => return Err(missing()),
            None | Some(Value::Null) => continue,
            Some(value) => value,
        };
        // "a pain level", but "times" (the few lists are plural).
        let what = phrase("field", label, if field.rule.is_list() { Form::Bare } else { Form::A });
        match (field.rule.is_number(), value) {
            (true, Value::Number(n)) if n.as_i64().is_none() => {
                return Err(Problem(t!("export-rules-not-whole", record = name(), field = what, value = n.to_string())))
            }
            (true, Value::Number(_)) | (false, Value::String(_)) => {}
            (true, other) => return Err(Problem(t!("export-rules-not-number", record = name(), field = what, value = shown(other)))),
            (false, other) => return Err(Problem(t!("export-rules-not-text", record = name(), field = what, value = shown(other)))),
        }
        field
            .rule
            .check(value, row)
            .map_err(|problem| Problem(t!("export-rules-field-problem", record = name(), field = what, problem = problem.0)))?;
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
                    t!(
                        "export-rules-same-part-twice",
                        record = record_name(declared, row),
                        part = phrase("part", part.what, Form::Same),
                        values = rest.join(", ")
                    )
                }
                None => t!("export-rules-twice", record = record_name(declared, row)),
            }));
        }
        if declared.name == "medication" {
            if let Some(name) = row.get("name").and_then(Value::as_str) {
                // SQLite's NOCASE folds ASCII letters only; so does this.
                if let Some(first) = names.insert(name.to_ascii_lowercase(), name) {
                    return Err(Problem(t!("export-rules-same-medication-name", first = quoted(first), second = quoted(name))));
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
        Some(orphan) => Err(Problem(t!("export-rules-orphan", part = phrase("part", part.what, Form::A), record = record_name(declared, orphan)))),
        None => Ok(()),
    }
}
