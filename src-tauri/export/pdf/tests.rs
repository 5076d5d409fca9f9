//! The report speaks the language it is drawn in: headings, sentences, dates and the daily
//! log's columns, read back from the laid-out page before it becomes a PDF.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::layout::{Layout, Op};
use super::{log, summary, Paper, PdfOptions};
use crate::domain::dates::DayRange;
use crate::domain::diary::PainEntry;
use crate::domain::program::habit_plan::HabitPlan;
use crate::domain::program::progress::day_scan::ActiveDays;
use crate::domain::report::{summarize_report, ReportInput, ReportSummary};
use crate::i18n::{message_ids, message_in, scoped, Language};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).expect("a day of March 2026")
}

fn entries() -> Vec<PainEntry> {
    vec![
        PainEntry::for_test("2026-03-02T21:15:00+00:00", 7),
        PainEntry::for_test("2026-03-09T08:00:00+00:00", 6),
        PainEntry::for_test("2026-03-30T08:00:00+00:00", 3),
        PainEntry::for_test("2026-03-31T08:00:00+00:00", 2),
    ]
}

fn march(entries: &[PainEntry]) -> ReportSummary {
    let (plan, active) = (HabitPlan::default(), ActiveDays::default());
    summarize_report(&ReportInput {
        range: DayRange { from: day(1), to: day(31) },
        entries,
        sessions: &[],
        active_days: &active,
        plan: &plan,
        levels: &[],
        level_changes: &[],
        red_flag_checks: &[],
        medication_names: &HashMap::new(),
        family_names: &HashMap::new(),
        function_activities: &[],
        flares: &[],
        function_ratings: &[],
    })
}

/// Every line of text the summary and the daily log put on the pages, drawn in `language`.
fn report_text(language: Language) -> String {
    let entries = entries();
    let summary_figures = march(&entries);
    scoped(language, || {
        let made_on = crate::i18n::dates::format_date(day(31), crate::i18n::dates::DateStyle::Medium);
        let options = PdfOptions { paper: Paper::A4, sections: Vec::new(), made_on };
        let mut page = Layout::new(Paper::A4);
        summary::draw_summary(&mut page, &summary_figures, &[], &options);
        log::draw_log(&mut page, &entries, &HashMap::new());
        let lines: Vec<String> = page
            .pages
            .iter()
            .flatten()
            .filter_map(|item| match &item.op {
                Op::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect();
        lines.join("\n")
    })
}

/// The report's messages that are plain words (no values) and read differently in Spanish:
/// the headings, labels and fixed sentences.
fn plain_report_words() -> Vec<(String, String)> {
    message_ids(Language::En)
        .into_iter()
        .filter(|id| id.starts_with("report-"))
        .map(|id| (message_in(Language::En, &id, None), message_in(Language::Es, &id, None)))
        .filter(|(english, spanish)| !english.contains('{') && english != spanish && english.chars().count() >= 6)
        .collect()
}

#[test]
fn a_spanish_report_has_spanish_headings_and_no_english_ones() {
    let text = report_text(Language::Es);
    for heading in [
        "BackTrack: informe de dolor y ejercicio para el cirujano",
        "Señales de alarma",
        "Dolor (0-10)",
        "Síntomas en la pierna",
        "Programa de ejercicio",
        "Registro diario",
    ] {
        assert!(text.contains(heading), "a Spanish report names its section {heading:?}:\n{text}");
    }
    let english: Vec<String> =
        plain_report_words().into_iter().map(|(english, _)| english).filter(|english| text.contains(english.as_str())).collect();
    assert!(english.is_empty(), "no English heading or label is left in a Spanish report: {english:?}\n{text}");
}

#[test]
fn a_spanish_report_writes_dates_and_times_the_spanish_way() {
    let text = report_text(Language::Es);
    assert!(text.contains("Fechas del informe: del 1 mar 2026 al 31 mar 2026 (31 días). Hecho el 31 mar 2026."), "{text}");
    assert!(text.contains("2 mar 2026") && text.contains("9:15 p.m."), "the daily log's day and time in Spanish: {text}");
    assert!(!text.contains("2026-03-02") && !text.contains("21:15"), "no ISO date or 24-hour time reaches the reader: {text}");
}

#[test]
fn an_english_report_reads_as_before_with_dates_for_us_readers() {
    let text = report_text(Language::En);
    assert!(text.contains("BackTrack: pain and exercise report for the spine surgeon"), "{text}");
    assert!(text.contains("Dates covered: Mar 1, 2026 to Mar 31, 2026 (31 days). Made on Mar 31, 2026."), "{text}");
    assert!(text.contains("Average 4.5, lowest 2, highest 7, from 4 entries on 4 days."), "{text}");
    assert!(text.contains("Daily log") && text.contains("Mar 2, 2026") && text.contains("9:15 PM"), "{text}");
}

#[test]
fn the_day_and_time_columns_fit_their_longest_values_uncut() {
    let late = PainEntry::for_test("2026-12-30T22:45:00+00:00", 5);
    for language in Language::ALL {
        let shown = scoped(language, || {
            let mut page = Layout::new(Paper::A4);
            log::draw_log(&mut page, std::slice::from_ref(&late), &HashMap::new());
            page.pages
                .iter()
                .flatten()
                .filter_map(|item| if let Op::Text { text, .. } = &item.op { Some(text.clone()) } else { None })
                .collect::<Vec<_>>()
        });
        let long = match language {
            Language::En => ["Dec 30, 2026", "10:45 PM"],
            Language::Es => ["30 dic 2026", "10:45 p.m."],
        };
        for value in long {
            assert!(shown.iter().any(|cell| cell == value), "{language:?}: {value:?} is shown whole in its column: {shown:?}");
        }
    }
}

#[test]
fn a_spanish_pdf_is_made_and_says_it_is_spanish() {
    let entries = entries();
    let figures = march(&entries);
    let options = PdfOptions { paper: Paper::Letter, sections: Vec::new(), made_on: "31 mar 2026".into() };
    let pdf = scoped(Language::Es, || super::report_pdf(&figures, &[], &entries, &HashMap::new(), &options)).expect("the PDF is drawn");
    let has = |needle: &[u8]| pdf.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"/Lang (es)"), "the document's language is Spanish, for screen readers");
}

#[test]
fn a_failed_report_says_so_in_the_language_in_force() {
    let error = super::PdfError("bad page size".into());
    assert_eq!(scoped(Language::En, || error.to_string()), "The PDF report could not be made: bad page size");
    assert!(scoped(Language::Es, || error.to_string()).starts_with("No se pudo hacer el informe en PDF"));
}
