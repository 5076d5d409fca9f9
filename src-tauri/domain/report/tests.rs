use std::collections::HashMap;

use chrono::NaiveDate;

use super::*;
use crate::domain::diary::PainEntry;
use crate::domain::vocabulary::{BodySite, PainQuality};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad test day {text}: {e}"))
}

fn range(from: &str, to: &str) -> DayRange {
    DayRange { from: day(from), to: day(to) }
}

fn entry(on: &str, intensity: u8) -> PainEntry {
    PainEntry::for_test(&format!("{on}T09:00:00+00:00"), intensity)
}

fn summary(range: DayRange, entries: &[PainEntry]) -> ReportSummary {
    let plan = HabitPlan::default();
    let active = ActiveDays::default();
    summarize_report(&ReportInput {
        range,
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

#[test]
fn a_drop_of_two_points_is_clinically_important() {
    let change = change_between(range("2026-01-01", "2026-01-14"), range("2026-02-01", "2026-02-14"), 6.0, 4.0);
    assert_eq!(change.points, -2.0);
    assert!(change.clinically_important, "2 points is the threshold itself (Ostelo 2008)");
}

#[test]
fn a_thirty_percent_drop_is_important_even_when_under_two_points() {
    let change = change_between(range("2026-01-01", "2026-01-14"), range("2026-02-01", "2026-02-14"), 3.0, 2.1);
    assert_eq!(change.percent, Some(-30.0));
    assert!(change.clinically_important, "0.9 of 3 is 30% of the baseline");
}

#[test]
fn a_small_change_is_not_important() {
    let change = change_between(range("2026-01-01", "2026-01-14"), range("2026-02-01", "2026-02-14"), 6.0, 5.0);
    assert!(!change.clinically_important, "1 point of 6 is 17%: below both thresholds");
    let worse = change_between(range("2026-01-01", "2026-01-14"), range("2026-02-01", "2026-02-14"), 4.0, 6.0);
    assert!(worse.clinically_important, "a rise counts as much as a fall");
}

#[test]
fn a_zero_baseline_has_no_percentage() {
    let change = change_between(range("2026-01-01", "2026-01-14"), range("2026-02-01", "2026-02-14"), 0.0, 1.0);
    assert_eq!(change.percent, None, "a share of nothing has no meaning");
    assert!(!change.clinically_important);
}

#[test]
fn the_change_compares_the_first_and_last_two_weeks() {
    let entries = [entry("2026-01-01", 7), entry("2026-01-14", 7), entry("2026-01-15", 1), entry("2026-02-01", 4), entry("2026-02-28", 4)];
    let report = summary(range("2026-01-01", "2026-02-28"), &entries);
    let change = report.pain.change.expect("both windows have entries");
    assert_eq!(change.baseline, range("2026-01-01", "2026-01-14"));
    assert_eq!(change.latest, range("2026-02-15", "2026-02-28"));
    assert_eq!((change.baseline_average, change.latest_average), (7.0, 4.0), "the 15 Jan and 1 Feb entries are in neither window");
    assert!(change.clinically_important);
}

#[test]
fn a_short_range_compares_its_halves() {
    let entries = [entry("2026-03-01", 6), entry("2026-03-04", 5)];
    let report = summary(range("2026-03-01", "2026-03-04"), &entries);
    let change = report.pain.change.expect("two days per half");
    assert_eq!(change.baseline, range("2026-03-01", "2026-03-02"));
    assert_eq!(change.points, -1.0);
}

#[test]
fn an_empty_range_has_no_figures_and_no_change() {
    let report = summary(range("2026-03-01", "2026-03-31"), &[]);
    assert_eq!(report.pain.entries, 0);
    assert_eq!(report.pain.average, None, "no average is better than a zero that looks like data");
    assert_eq!(report.pain.change, None);
    assert!(report.trend.is_empty() && report.sites.is_empty() && report.red_flags.is_empty());
    assert_eq!(report.program.weeks.len(), 6, "March 2026 touches six Monday weeks");
}

#[test]
fn entries_outside_the_range_are_ignored() {
    let entries = [entry("2026-02-28", 10), entry("2026-03-02", 2), entry("2026-03-03", 4)];
    let report = summary(range("2026-03-01", "2026-03-31"), &entries);
    assert_eq!((report.pain.lowest, report.pain.average, report.pain.highest), (Some(2), Some(3.0), Some(4)));
    assert_eq!(report.trend.first().map(|t| t.day), Some(day("2026-03-02")), "the trend runs oldest first");
}

#[test]
fn leg_symptoms_count_days_not_entries() {
    let mut morning = entry("2026-03-02", 5);
    morning.details.sites = vec![BodySite::BelowKneeLeft];
    let mut evening = entry("2026-03-02", 6);
    evening.details.qualities = vec![PainQuality::Numb];
    let mut next = entry("2026-03-03", 3);
    next.details.sites = vec![BodySite::ButtockLeft, BodySite::BelowKneeRight];
    let report = summary(range("2026-03-01", "2026-03-31"), &[morning, evening, next]);
    assert_eq!(report.leg_symptoms.days_below_knee, 2);
    assert_eq!(report.leg_symptoms.days_numbness, 1);
    assert_eq!(report.leg_symptoms.days_any, 2, "two entries on one day make one day");
    assert_eq!(report.sites[0], Count { name: "below_knee_left".into(), entries: 1 }, "ties sort by name");
}

#[test]
fn surgeon_notes_keep_only_flagged_entries_with_text() {
    let mut flagged = entry("2026-03-05", 6);
    flagged.details.for_surgeon = true;
    flagged.details.note = "Worse after long drives".into();
    let mut unflagged = entry("2026-03-06", 6);
    unflagged.details.note = "private".into();
    let report = summary(range("2026-03-01", "2026-03-31"), &[flagged, unflagged]);
    assert_eq!(report.surgeon_notes.len(), 1);
    assert_eq!(report.surgeon_notes[0].note, "Worse after long drives");
}

#[test]
fn a_whole_week_meets_the_goal_with_enough_active_days() {
    let plan = HabitPlan::default();
    let active = ActiveDays::new([day("2026-03-02"), day("2026-03-04"), day("2026-03-06"), day("2026-03-10")]);
    let report = summarize_report(&ReportInput {
        range: range("2026-03-02", "2026-03-15"),
        entries: &[],
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
    });
    assert_eq!(report.program.whole_weeks, 2);
    assert_eq!(report.program.weeks_goal_met, 1, "three days meets the default goal of 3; one day does not");
    assert_eq!(report.program.active_days, 4);
}

#[test]
fn only_urgent_checks_are_listed_but_every_check_is_counted() {
    use crate::domain::learn::red_flags::{Outcome, RedFlagCheck, RedFlagPositive, Urgency};
    let check = |on: &str, outcome: Outcome| RedFlagCheck {
        id: uuid::Uuid::new_v4(),
        taken_at: chrono::DateTime::parse_from_rfc3339(&format!("{on}T10:00:00+00:00")).unwrap_or_default(),
        day: day(on),
        outcome,
        answers: vec![],
        positives: if outcome == Outcome::NoneFlagged {
            vec![]
        } else {
            vec![RedFlagPositive { id: "night_pain".into(), urgency: Urgency::SameDay, text: "Night pain".into() }]
        },
    };
    let checks = [check("2026-03-20", Outcome::SameDay), check("2026-03-02", Outcome::NoneFlagged), check("2026-03-05", Outcome::Emergency)];
    let plan = HabitPlan::default();
    let active = ActiveDays::default();
    let report = summarize_report(&ReportInput {
        range: range("2026-03-01", "2026-03-31"),
        entries: &[],
        sessions: &[],
        active_days: &active,
        plan: &plan,
        levels: &[],
        level_changes: &[],
        red_flag_checks: &checks,
        medication_names: &HashMap::new(),
        family_names: &HashMap::new(),
        function_activities: &[],
        flares: &[],
        function_ratings: &[],
    });
    assert_eq!(report.red_flag_checks_taken, 3);
    let days: Vec<String> = report.red_flags.iter().map(|r| r.day.to_string()).collect();
    assert_eq!(days, ["2026-03-05", "2026-03-20"], "positive checks only, oldest first");
}
