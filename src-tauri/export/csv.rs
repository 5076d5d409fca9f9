//! CSV of pain entries, of exercise sessions and of function check-in ratings, for spreadsheets.
//!
//! # The format (also in README.md)
//! - UTF-8, comma-separated, a header row, one row per entry or session, CRLF-free (`\n`).
//! - Times are RFC 3339 / ISO 8601 with the offset that was in force, such as
//!   `2026-03-02T08:15:00+00:00`; days are `YYYY-MM-DD` (the local day, fixed when logged).
//! - A cell holding a list joins its items with [`LIST_SEPARATOR`] (`|`). A `|` inside an
//!   item (only possible in a medication name or dose) is written as `/`, so splitting on `|`
//!   always gives back the items.
//! - Formula injection: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
//!   return gets a leading `'`, so a spreadsheet shows it as text instead of running it.
//!   Number columns are written as plain numbers and never changed.
//! - An answer left empty is an empty cell.

use std::collections::HashMap;

use uuid::Uuid;

use crate::domain::diary::PainEntry;
use crate::domain::function_scale::{FunctionActivity, FunctionRating};
use crate::domain::program::session::ExerciseSession;

/// Joins the items of a list cell.
pub const LIST_SEPARATOR: &str = "|";

/// Why a CSV could not be written (only an I/O failure of the in-memory writer, in practice).
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!("export-csv-failed", reason = .0.to_string()))]
pub struct CsvError(#[from] csv::Error);

const ENTRY_HEADER: [&str; 16] = [
    "id",
    "day",
    "occurred_at",
    "time_zone",
    "intensity",
    "sites",
    "leg_radiation",
    "qualities",
    "worse",
    "better",
    "medications",
    "sleep_quality",
    "interference",
    "mood",
    "for_surgeon",
    "note",
];

const SESSION_HEADER: [&str; 14] = [
    "id",
    "day",
    "started_at",
    "ended_at",
    "time_zone",
    "kind",
    "gentle",
    "pain_before",
    "pain_during",
    "pain_after",
    "effort",
    "exercises",
    "sets_done",
    "note",
];

const RATING_HEADER: [&str; 8] = ["id", "day", "rated_at", "activity_id", "activity", "activity_retired_at", "score", "scale"];

/// One row per function check-in rating, in the order given, each with its activity's name
/// (an activity missing from `activities` is written as its id).
pub fn function_ratings_csv(ratings: &[FunctionRating], activities: &[FunctionActivity]) -> Result<Vec<u8>, CsvError> {
    let mut out = writer();
    out.write_record(RATING_HEADER)?;
    for r in ratings {
        let activity = activities.iter().find(|a| a.id == r.activity_id);
        out.write_record([
            r.id.to_string(),
            r.day.to_string(),
            r.rated_at.to_rfc3339(),
            r.activity_id.to_string(),
            text(&activity.map_or_else(|| r.activity_id.to_string(), |a| a.name.clone())),
            activity.and_then(|a| a.retired_at.clone()).unwrap_or_default(),
            r.score.to_string(),
            "0 can't do it - 10 as well as before the pain".to_owned(),
        ])?;
    }
    finish(out)
}

/// One row per entry, in the order given. `medication_names` names the doses; an unknown id
/// is written as the id itself.
pub fn pain_entries_csv(entries: &[PainEntry], medication_names: &HashMap<Uuid, String>) -> Result<Vec<u8>, CsvError> {
    let mut out = writer();
    out.write_record(ENTRY_HEADER)?;
    let mut row: Vec<String> = Vec::with_capacity(ENTRY_HEADER.len());
    for entry in entries {
        let d = &entry.details;
        row.clear();
        row.push(entry.id.to_string());
        row.push(d.day.to_string());
        row.push(d.occurred_at.to_rfc3339());
        row.push(text(&d.time_zone));
        row.push(d.intensity.to_string());
        row.push(list(d.sites.iter().map(|s| s.wire_name())));
        row.push(d.leg_radiation.map(|l| l.wire_name()).unwrap_or_default().to_owned());
        row.push(list(d.qualities.iter().map(|q| q.wire_name())));
        row.push(list(d.worse.iter().map(|w| w.wire_name())));
        row.push(list(d.better.iter().map(|b| b.wire_name())));
        row.push(text(&list_owned(d.medications.iter().map(|m| {
            let name = medication_names.get(&m.medication_id).cloned().unwrap_or_else(|| m.medication_id.to_string());
            let item = if m.dose.is_empty() { name } else { format!("{name} {}", m.dose) };
            item.replace(LIST_SEPARATOR, "/")
        }))));
        row.push(number(d.sleep_quality));
        row.push(number(d.interference));
        row.push(d.mood.map(|m| m.wire_name()).unwrap_or_default().to_owned());
        row.push(if d.for_surgeon { "yes" } else { "no" }.to_owned());
        row.push(text(&d.note));
        out.write_record(&row)?;
    }
    finish(out)
}

/// One row per session, in the order given. `exercises` lists the exercise ids done, in
/// order; `sets_done` is the total of sets over all of them.
pub fn sessions_csv(sessions: &[ExerciseSession]) -> Result<Vec<u8>, CsvError> {
    let mut out = writer();
    out.write_record(SESSION_HEADER)?;
    for s in sessions {
        let sets: u32 = s.exercises.iter().map(|e| u32::from(e.sets_done)).sum();
        out.write_record([
            s.id.to_string(),
            s.day.to_string(),
            s.started_at.to_rfc3339(),
            s.ended_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
            text(&s.time_zone),
            s.kind.wire_name().to_owned(),
            if s.gentle { "yes" } else { "no" }.to_owned(),
            number(s.pain_before),
            number(s.pain_during),
            number(s.pain_after),
            number(s.effort),
            text(&list_owned(s.exercises.iter().map(|e| e.exercise_id.replace(LIST_SEPARATOR, "/")))),
            sets.to_string(),
            text(&s.note),
        ])?;
    }
    finish(out)
}

/// Neutralises a text cell a spreadsheet would read as a formula (see the module docs).
pub fn text(value: &str) -> String {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_owned(),
    }
}

fn number<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(LIST_SEPARATOR)
}

fn list_owned(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(LIST_SEPARATOR)
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::with_capacity(64 * 1024))
}

fn finish(out: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, CsvError> {
    out.into_inner().map_err(|e| CsvError(csv::Error::from(e.into_error())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_start_like_formulas_are_neutralised() {
        for attack in ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert!(text(attack).starts_with('\''), "{attack:?} must not reach a spreadsheet as a formula");
        }
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        assert_eq!(text("Sore after gardening"), "Sore after gardening");
        assert_eq!(text(""), "");
        assert_eq!(text("Europe/London"), "Europe/London");
    }

    #[test]
    fn numbers_stay_numbers() {
        let mut entry = PainEntry::for_test("2026-03-02T08:15:00+00:00", 4);
        entry.details.note = "-5 feels odd".into();
        entry.details.sleep_quality = Some(6);
        let bytes = pain_entries_csv(&[entry], &HashMap::new()).unwrap_or_default();
        let text = String::from_utf8(bytes).unwrap_or_default();
        let row = text.lines().nth(1).unwrap_or_default();
        assert!(row.contains(",4,"), "the intensity is a bare number: {row}");
        assert!(row.contains(",6,"), "the sleep score is a bare number: {row}");
        assert!(row.ends_with(",'-5 feels odd"), "the note that starts with '-' is neutralised: {row}");
    }

    #[test]
    fn a_rating_row_names_its_activity_and_neutralises_a_formula_in_the_name() {
        let activity =
            FunctionActivity { id: Uuid::from_u128(1), name: "=walk".into(), created_at: "2026-03-01T09:00:00.000Z".into(), retired_at: None };
        let rating = FunctionRating {
            id: Uuid::from_u128(2),
            activity_id: activity.id,
            day: chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default(),
            rated_at: chrono::DateTime::parse_from_rfc3339("2026-03-02T20:00:00+00:00").unwrap_or_default(),
            score: 6,
        };
        let text = String::from_utf8(function_ratings_csv(&[rating], &[activity]).unwrap_or_default()).unwrap_or_default();
        let row = text.lines().nth(1).unwrap_or_default();
        assert!(row.contains(",'=walk,,6,"), "the name is text and the score a bare number: {row}");
    }

    #[test]
    fn a_separator_inside_a_medication_name_cannot_split_the_list() {
        let mut entry = PainEntry::for_test("2026-03-02T08:15:00+00:00", 4);
        let id = Uuid::from_u128(7);
        entry.details.medications = vec![crate::domain::diary::MedicationDose { medication_id: id, dose: "1|2".into() }];
        let names = HashMap::from([(id, "A|B".to_owned())]);
        let text = String::from_utf8(pain_entries_csv(&[entry], &names).unwrap_or_default()).unwrap_or_default();
        assert!(text.contains("A/B 1/2"), "the item keeps one piece: {text}");
    }
}
