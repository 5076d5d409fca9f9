//! Exports of a fixed diary: CSV and FHIR against golden files, the PDF through `pdftotext`,
//! and backup/restore round trips and refusals.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::collections::HashMap;
use std::process::Command;

use backtrack::domain::dates::DayRange;
use backtrack::domain::program::exercise::builtin_catalog;
use backtrack::export::backup::{backup_json, parse_backup, restore_backup};
use backtrack::export::pdf::{report_pdf, Paper, PdfOptions};
use backtrack::export::{csv, fhir};
use backtrack::store;
use chrono::NaiveDate;
use common::backup_edits::with_tables;
use common::fixed_diary::{assert_golden, file_hash, fixed_diary};
use serde_json::Value;

const STAMP: &str = "2026-04-01T12:00:00+01:00";

fn march() -> DayRange {
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default();
    DayRange { from: day(1), to: day(31) }
}

#[test]
fn the_entries_csv_matches_its_golden_file() {
    let (_dir, conn) = fixed_diary();
    let entries = store::list_pain_entries(&conn, None, None).expect("the store can list pain entries");
    let names: HashMap<_, _> = store::list_medications(&conn, true).unwrap_or_default().into_iter().map(|m| (m.id, m.name)).collect();
    let bytes = csv::pain_entries_csv(&entries, &names).expect("the entries CSV is written");
    assert_golden("pain_entries.csv", &bytes);
    let text = String::from_utf8(bytes).unwrap_or_default();
    assert!(text.contains("\"'=HYPERLINK("), "a note that starts with = reaches the sheet as text");
    assert!(text.contains("Ibuprofen 400 mg|=Naproxen/slow 1/2 tablets"), "list items are joined with | and a | inside one is replaced");
    assert!(text.contains("2026-03-29T10:00:00+01:00"), "times keep the offset in force then (after the clocks went forward)");
}

#[test]
fn the_sessions_csv_matches_its_golden_file() {
    let (_dir, conn) = fixed_diary();
    let sessions = store::list_sessions(&conn, None, None).expect("the store can list sessions");
    let bytes = csv::sessions_csv(&sessions).expect("the sessions CSV is written");
    assert_golden("sessions.csv", &bytes);
    assert!(String::from_utf8_lossy(&bytes).contains(",'+ felt fine"), "a note that starts with + is neutralised");
}

fn function_rows(conn: &rusqlite::Connection) -> fhir::FunctionRows {
    fhir::FunctionRows {
        activities: store::list_function_activities(conn).expect("list function activities succeeds"),
        ratings: store::list_function_ratings(conn, None, None).expect("list function ratings succeeds"),
    }
}

#[test]
fn the_function_check_in_csv_matches_its_golden_file() {
    let (_dir, conn) = fixed_diary();
    let rows = function_rows(&conn);
    let bytes = csv::function_ratings_csv(&rows.ratings, &rows.activities).expect("function ratings csv succeeds");
    assert_golden("function_ratings.csv", &bytes);
    let text = String::from_utf8(bytes).unwrap_or_default();
    assert_eq!(text.lines().count(), 1 + 8, "a header and one row per rating");
    assert!(text.contains("Lift the shopping bags,2026-03-20T18:00:00.000Z,2,"), "a retired activity's rating keeps its name and retirement");
}

#[test]
fn the_fhir_bundle_matches_its_golden_file() {
    let (_dir, conn) = fixed_diary();
    let entries = store::list_pain_entries(&conn, None, None).expect("the store can list pain entries");
    let sessions = store::list_sessions(&conn, None, None).expect("the store can list sessions");
    let bytes = fhir::bundle_json(&entries, &sessions, &function_rows(&conn), STAMP).expect("the FHIR bundle is written");
    assert_golden("fhir_bundle.json", &bytes);
    let bundle: Value = serde_json::from_slice(&bytes).unwrap_or_default();
    assert_eq!(bundle["entry"].as_array().map(Vec::len), Some(1 + 6 + 3 + 8), "the patient, six entries, three sessions, eight ratings");
}

fn pdftotext(pdf: &[u8]) -> String {
    let dir = common::temp_dir();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, pdf).expect("the file is written");
    let output = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext could not run. Install Debian's poppler-utils (scripts/setup.sh test does).");
    assert!(output.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn fixed_report(paper: Paper) -> Vec<u8> {
    let (_dir, mut conn) = fixed_diary();
    let catalog = builtin_catalog().expect("the built-in catalog loads");
    let rows = store::load_report_rows(&mut conn, march(), &catalog).expect("the store can load report rows");
    let summary = backtrack::domain::report::summarize_report(&rows.input());
    let options = PdfOptions { paper, sections: Vec::new(), made_on: "2026-04-01".into() };
    let insights = backtrack::domain::insights::insights(&rows.insights_input());
    report_pdf(&summary, &insights.factors, &rows.entries, &rows.medication_names, &options).expect("the PDF is drawn")
}

#[test]
fn the_pdf_summary_states_the_key_figures_as_text() {
    // Lines wrap where the page ends, so the words are read with single spaces between them.
    let text = pdftotext(&fixed_report(Paper::A4)).split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Mar 5, 2026 - SAME DAY",
        "Average 5.5, lowest 3, highest 8, from 6 entries on 5 days",
        "-3.5 points, -50%",
        "Clinically important change",
        "Days with pain below the knee or numbness: 2 of 5",
        "Left buttock: 3",
        "Ibuprofen: taken 2 times on 2 days",
        "3 sessions on 3 days",
        "(longest 1 day)",
        "Glute bridge",
        "Much better since the bridges got easier",
        "Function (own activities",
        "Sit through a film 3 to 6 (+3, clinically important)",
        "shops 5 to 6 (+1)",
        "Mean of 2 activities 4.0 to 6.0 (+2.0, clinically important)",
        "Daily log",
        "page 1 of 2",
    ] {
        assert!(text.contains(expected), "the report should say {expected:?}; pdftotext gave:\n{text}");
    }
}

/// The diary's report language is Spanish while the app speaks English: the export job writes
/// the whole report in Spanish (headings, dates, the daily log) and leaves the app's language
/// alone.
#[test]
fn the_pdf_is_written_in_the_diarys_report_language() {
    use backtrack::app::language::{set_language, LanguageChoice, LanguageSettings, ReportLanguageChoice};
    use backtrack::export::job::{export_bytes, ExportFormat, ExportJob};
    use backtrack::i18n::Language;
    use chrono::TimeZone;

    let (_dir, mut conn) = fixed_diary();
    let chosen = LanguageSettings { language: LanguageChoice::En, report_language: ReportLanguageChoice::Es };
    set_language(&mut conn, chosen, Language::En).expect("the language choice is saved");
    let catalog = builtin_catalog().expect("the built-in catalog loads");
    let job = ExportJob { format: ExportFormat::Pdf, from: Some(march().from), to: Some(march().to), sections: Vec::new(), paper: Paper::A4 };
    let now = chrono_tz::Tz::UTC.with_ymd_and_hms(2026, 4, 1, 12, 0, 0).single().expect("a real instant");
    let before = backtrack::i18n::current();
    let pdf = export_bytes(&mut conn, &job, &catalog, now).expect("the PDF is written");
    let text = pdftotext(&pdf).split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "BackTrack: informe de dolor y ejercicio para el cirujano",
        "Hecho el 1 abr 2026",
        "Señales de alarma",
        "5 mar 2026 - EL MISMO DÍA",
        "Dolor (0-10)",
        "Promedio 5.5, mínimo 3, máximo 8, de 6 anotaciones en 5 días",
        "Síntomas en la pierna",
        "Registro diario",
        "página 1 de 2",
    ] {
        assert!(text.contains(expected), "the Spanish report should say {expected:?}; pdftotext gave:\n{text}");
    }
    for english in ["Daily log", "Warning signs", "Leg symptoms", "SAME DAY", "Dates covered"] {
        assert!(!text.contains(english), "no English heading {english:?} in the Spanish report:\n{text}");
    }
    assert_eq!(backtrack::i18n::current(), before, "only the report spoke Spanish: the app's language is unchanged");
}

#[test]
fn the_pdf_comes_in_a4_and_letter_with_embedded_fonts_and_tags() {
    let a4 = fixed_report(Paper::A4);
    let letter = fixed_report(Paper::Letter);
    let has = |pdf: &[u8], needle: &[u8]| pdf.windows(needle.len()).any(|w| w == needle);
    assert!(has(&a4, b"595.28") && has(&letter, b"612"), "page sizes differ by paper");
    assert!(has(&a4, b"/FontFile2"), "the font is embedded");
    assert!(has(&a4, b"/StructTreeRoot") && has(&a4, b"/MarkInfo"), "the PDF is tagged for screen readers");
}

fn tables_of(backup: &[u8]) -> Value {
    let document: Value = serde_json::from_slice(backup).unwrap_or_default();
    document["tables"].clone()
}

#[test]
fn a_backup_restored_into_an_empty_diary_exports_identically() {
    let (_dir, mut conn) = fixed_diary();
    let first = backup_json(&mut conn, STAMP).expect("the diary backs up");
    let settings = &tables_of(&first)["setting"];
    assert_eq!(settings.as_array().map(Vec::len), Some(1), "the scheduler's last-seen time is device state, not backed up");

    let (_empty_dir, mut empty) = (common::temp_dir(), None::<rusqlite::Connection>);
    let fresh = empty.insert(store::open(&common::db_path(_empty_dir.path())).expect("the diary opens"));
    let outcome = restore_backup(fresh, &first, false, "t1").expect("the backup restores");
    assert!(outcome.added > 0 && outcome.already_present == 0);
    let second = backup_json(fresh, STAMP).expect("the diary backs up");
    assert_eq!(first, second, "export, restore elsewhere, export again: the same bytes");

    let again = restore_backup(fresh, &first, false, "t2").expect("the backup restores");
    assert_eq!(again.added, 0, "restoring the same backup twice adds nothing");
    assert_eq!(again.already_present, outcome.added);
}

#[test]
fn replace_keeps_a_copy_of_the_old_diary_first() {
    let (dir, mut conn) = fixed_diary();
    let backup = backup_json(&mut conn, STAMP).expect("the diary backs up");
    conn.execute("DELETE FROM pain_entry WHERE id = '00000000-0000-4000-8000-000000000e06'", []).unwrap_or_default();
    conn.execute(
        "INSERT INTO pause (id, from_day, to_day, reason) VALUES ('00000000-0000-4000-8000-0000000000p1', '2026-04-01', '2026-04-02', 'trip')",
        [],
    )
    .unwrap_or_default();
    let outcome = restore_backup(&mut conn, &backup, true, "20260401T120000").expect("the backup restores");
    let copy = outcome.kept_copy.expect("replace must keep a copy");
    assert!(copy.ends_with("backtrack.db.before-restore-20260401T120000.bak") && std::path::Path::new(&copy).exists());
    assert!(copy.starts_with(&dir.path().to_string_lossy().into_owned()), "the copy sits beside the diary");
    let after = backup_json(&mut conn, STAMP).expect("the diary backs up");
    assert_eq!(after, backup, "after replace the diary is exactly the backup: the new pause is gone, the entry is back");
}

#[test]
fn every_refused_backup_leaves_the_diary_file_byte_for_byte_unchanged() {
    let (dir, mut conn) = fixed_diary();
    let good = backup_json(&mut conn, STAMP).expect("the diary backs up");
    let text = String::from_utf8(good.clone()).unwrap_or_default();
    let db = common::db_path(dir.path());
    let new_row = |tables: &mut Value| {
        let mut row = tables["pain_entry"][0].clone();
        row["id"] = Value::String("00000000-0000-4000-8000-000000000e99".into());
        row
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated", good[..good.len() / 2].to_vec(), "cut short"),
        ("not json", b"hello".to_vec(), "not a BackTrack backup"),
        ("another format", br#"{"format":"other"}"#.to_vec(), "not a BackTrack backup"),
        ("newer version", text.replacen("\"version\": 1", "\"version\": 2", 1).into_bytes(), "newer version"),
        (
            "newer schema",
            text.replacen(&format!("\"schemaVersion\": {}", store::LATEST_VERSION), "\"schemaVersion\": 99", 1).into_bytes(),
            "newer version",
        ),
        ("edited", text.replacen("Stiff getting out of bed", "Fine getting out of bed", 1).into_bytes(), "changed after it was made"),
        (
            "wrong type",
            with_tables(&good, |t| {
                let mut row = new_row(t);
                row["intensity"] = Value::String("high".into());
                if let Some(rows) = t["pain_entry"].as_array_mut() {
                    rows.push(row);
                }
            }),
            "should be a number",
        ),
        (
            "breaks a rule",
            with_tables(&good, |t| {
                let mut row = new_row(t);
                row["intensity"] = Value::from(11);
                if let Some(rows) = t["pain_entry"].as_array_mut() {
                    rows.push(row);
                }
            }),
            "does not fit the diary's rules",
        ),
        ("unknown table", with_tables(&good, |t| t["secrets"] = Value::Array(vec![])), "does not know"),
    ];
    for (what, bytes, says) in cases {
        // Every file of the data folder, taken with no connection open (see the helper's doc).
        drop(conn);
        let files_before = common::diary_files_fingerprint(dir.path());
        conn = store::open(&db).expect("the diary opens");
        let before = file_hash(&conn, &db);
        let error = restore_backup(&mut conn, &bytes, false, "x").err().unwrap_or_else(|| panic!("{what}: should be refused"));
        assert!(error.to_string().contains(says), "{what}: the message should say {says:?}, got {error}");
        assert_eq!(file_hash(&conn, &db), before, "{what}: a refused backup must not change the diary at all");
        let replace = restore_backup(&mut conn, &bytes, true, what);
        assert!(replace.is_err(), "{what}: refused with replace too");
        assert_eq!(file_hash(&conn, &db), before, "{what}: not even with replace");
        drop(conn);
        assert_eq!(common::diary_files_fingerprint(dir.path()), files_before, "{what}: no file of the folder changed, and no copy was kept");
        conn = store::open(&db).expect("the diary opens");
    }
    assert!(parse_backup(&good).is_ok(), "the untouched backup itself is fine");
}

#[test]
fn a_medication_already_on_this_device_by_name_takes_the_backups_doses() {
    let (_dir, mut conn) = fixed_diary();
    let backup = backup_json(&mut conn, STAMP).expect("the diary backs up");
    let other = common::temp_dir();
    let mut fresh = store::open(&common::db_path(other.path())).expect("the diary opens");
    fresh.execute("INSERT INTO medication (id, name) VALUES ('00000000-0000-4000-8000-00000000b001', 'ibuprofen')", []).expect("the SQL runs");
    restore_backup(&mut fresh, &backup, false, "m").expect("the same name must not block the restore");
    let doses: i64 = fresh
        .query_row("SELECT count(*) FROM pain_entry_medication WHERE medication_id = '00000000-0000-4000-8000-00000000b001'", [], |row| row.get(0))
        .unwrap_or_default();
    assert_eq!(doses, 2, "both Ibuprofen doses now point at this device's Ibuprofen");
}
