//! Insights worked out by hand on small diaries, read as sentences.

use std::collections::HashMap;

use chrono::NaiveDate;
use uuid::Uuid;

use super::*;
use crate::domain::diary::PainEntry;
use crate::domain::program::session::SessionKind;
use crate::domain::program::suggestions::{Decision, Direction};
use crate::domain::vocabulary::{BetterFactor, WorseFactor};

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a test date")
}

fn range(from: &str, to: &str) -> DayRange {
    DayRange { from: day(from), to: day(to) }
}

/// An entry at 09:00 on `on` (a `YYYY-MM-DD`) with this pain.
fn entry(on: &str, intensity: u8) -> PainEntry {
    PainEntry::for_test(&format!("{on}T09:00:00+00:00"), intensity)
}

fn with_worse(mut e: PainEntry, factor: WorseFactor) -> PainEntry {
    e.details.worse.push(factor);
    e
}

fn with_sleep(mut e: PainEntry, sleep: u8) -> PainEntry {
    e.details.sleep_quality = Some(sleep);
    e
}

fn manual_session(on: &str, before: Option<u8>, after: Option<u8>) -> ExerciseSession {
    let at = chrono::DateTime::parse_from_rfc3339(&format!("{on}T18:00:00+00:00")).expect("a test time");
    ExerciseSession {
        id: Uuid::new_v4(),
        day: day(on),
        started_at: at,
        ended_at: Some(at),
        time_zone: "Europe/London".into(),
        kind: SessionKind::Manual,
        gentle: false,
        pain_before: before,
        pain_after: after,
        pain_during: None,
        effort: None,
        note: String::new(),
        exercises: vec![],
    }
}

struct Diary {
    entries: Vec<PainEntry>,
    sessions: Vec<ExerciseSession>,
    plan: HabitPlan,
    changes: Vec<LevelChange>,
    medications: HashMap<Uuid, String>,
    families: HashMap<String, String>,
}

impl Diary {
    fn new(entries: Vec<PainEntry>) -> Self {
        Diary {
            entries,
            sessions: vec![],
            plan: HabitPlan::default(),
            changes: vec![],
            medications: HashMap::new(),
            families: HashMap::from([("glute-bridge".to_owned(), "Glute bridge".to_owned())]),
        }
    }

    fn insights(&self, range: DayRange) -> Insights {
        insights(&InsightsInput {
            range,
            entries: &self.entries,
            sessions: &self.sessions,
            plan: &self.plan,
            level_changes: &self.changes,
            medication_names: &self.medications,
            family_names: &self.families,
            function_activities: &[],
            function_ratings: &[],
        })
    }
}

#[test]
fn welch_interval_matches_the_worked_example() {
    let interval = welch_interval(&[6.0, 7.0, 8.0], &[3.0, 4.0, 5.0]).expect("three values a side");
    assert!((interval.low - 0.733).abs() < 0.001, "low end {} should be 3 - 2.7764 x 0.8165", interval.low);
    assert!((interval.high - 5.267).abs() < 0.001, "high end {} should be 3 + 2.267", interval.high);
    assert!(interval.leaves_out_zero());
}

#[test]
fn welch_interval_with_unequal_spread_uses_fewer_degrees_of_freedom() {
    // a = 2, 4, 6, 8 (mean 5, s² 6.667), b = 5, 5, 6 (mean 5.333, s² 0.333): difference -0.333,
    // se = sqrt(1.6667 + 0.1111) = 1.3333, df = 3.1605 / (0.9259 + 0.0062) = 3.391,
    // t(0.975, 3.391) = 2.9 (between t(3) 3.182 and t(4) 2.776), so about -0.33 ± 3.9.
    let interval = welch_interval(&[2.0, 4.0, 6.0, 8.0], &[5.0, 5.0, 6.0]).expect("enough values");
    let middle = (interval.low + interval.high) / 2.0;
    assert!((middle + 0.3333).abs() < 0.001, "centred on the difference, got {middle}");
    let half = (interval.high - interval.low) / 2.0 / 1.3333;
    assert!(half > 2.776 && half < 3.182, "t between t(4) and t(3), got {half}");
    assert!(!interval.leaves_out_zero(), "a wide interval across zero is not noteworthy");
}

#[test]
fn welch_interval_needs_two_values_a_side_and_is_a_point_without_spread() {
    assert_eq!(welch_interval(&[5.0], &[3.0, 4.0]), None);
    let flat = welch_interval(&[5.0, 5.0, 5.0], &[3.0, 3.0, 3.0]).expect("enough values");
    assert_eq!((flat.low, flat.high), (2.0, 2.0), "no spread on either side: the interval is the difference");
}

#[test]
fn a_factor_needs_three_days_on_each_side() {
    // Sitting on 3 days, not on 2: too few without it.
    let entries = vec![
        with_worse(entry("2026-03-01", 7), WorseFactor::Sitting),
        with_worse(entry("2026-03-02", 6), WorseFactor::Sitting),
        with_worse(entry("2026-03-03", 8), WorseFactor::Sitting),
        entry("2026-03-04", 3),
        entry("2026-03-05", 2),
    ];
    let insights = Diary::new(entries.clone()).insights(range("2026-03-01", "2026-03-31"));
    assert!(insights.factors.is_empty(), "two days without sitting is too few to compare");
    assert_eq!(insights.factors_too_few_days, 1);

    let mut more = entries;
    more.push(entry("2026-03-06", 4));
    let insights = Diary::new(more).insights(range("2026-03-01", "2026-03-31"));
    let sitting = &insights.factors[0];
    assert_eq!((sitting.group, sitting.name.as_str()), (FactorGroup::Worse, "sitting"));
    assert_eq!((sitting.with_days, sitting.without_days), (3, 3), "three days on each side is enough");
    assert_eq!((sitting.with_average, sitting.without_average, sitting.difference), (7.0, 3.0, 4.0));
    assert!(sitting.noteworthy, "7, 6, 8 against 3, 2, 4 leaves out zero");
}

#[test]
fn a_day_logged_twice_counts_once_with_its_mean() {
    let entries = vec![
        with_worse(entry("2026-03-01", 8), WorseFactor::Lifting),
        PainEntry::for_test("2026-03-01T20:00:00+00:00", 4),
        with_worse(entry("2026-03-02", 5), WorseFactor::Lifting),
        with_worse(entry("2026-03-03", 7), WorseFactor::Lifting),
        entry("2026-03-04", 2),
        entry("2026-03-05", 3),
        entry("2026-03-06", 4),
    ];
    let insights = Diary::new(entries).insights(range("2026-03-01", "2026-03-06"));
    let lifting = &insights.factors[0];
    assert_eq!(lifting.with_days, 3, "the 1st is one day with lifting, though one of its entries did not name it");
    assert_eq!(lifting.with_average, 6.0, "the 1st counts as (8 + 4) / 2 = 6, so (6 + 5 + 7) / 3 = 6");
    assert_eq!(insights.days_logged, 6);
    assert_eq!(insights.entries, 7);
}

#[test]
fn factors_go_largest_difference_first() {
    let mut entries = Vec::new();
    for (d, pain) in [(1, 8), (2, 7), (3, 8), (4, 3), (5, 2), (6, 3), (7, 5)] {
        let mut e = entry(&format!("2026-03-{d:02}"), pain);
        if pain >= 7 {
            e.details.worse.push(WorseFactor::Bending);
        }
        if d % 2 == 0 {
            e.details.better.push(BetterFactor::Heat);
        }
        entries.push(e);
    }
    let insights = Diary::new(entries).insights(range("2026-03-01", "2026-03-07"));
    let names: Vec<&str> = insights.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["bending", "heat"], "bending differs by far more than heat");
}

#[test]
fn the_rolling_average_needs_three_logged_days_in_its_week() {
    // Worked example of `rolling_averages`: the 1st, 2nd, 3rd and 9th at 6, 3, 3 and 8.
    let entries = vec![entry("2026-03-01", 6), entry("2026-03-02", 3), entry("2026-03-03", 3), entry("2026-03-09", 8)];
    let pain = Diary::new(entries).insights(range("2026-03-01", "2026-03-31")).pain;
    let rolling: Vec<Option<f64>> = pain.days.iter().map(|d| d.rolling).collect();
    assert_eq!(rolling, [None, None, Some(4.0), None], "the 9th's week holds only the 3rd and the 9th");
}

#[test]
fn sleep_bands_split_at_four_and_seven() {
    assert_eq!(SleepBand::of(3.5), SleepBand::Poor);
    assert_eq!(SleepBand::of(4.0), SleepBand::Fair);
    assert_eq!(SleepBand::of(6.5), SleepBand::Fair, "between bands goes to the lower one");
    assert_eq!(SleepBand::of(7.0), SleepBand::Good);
}

#[test]
fn pain_after_poor_fair_and_good_nights() {
    let entries = vec![
        with_sleep(entry("2026-03-01", 7), 2),
        with_sleep(entry("2026-03-02", 6), 3),
        with_sleep(entry("2026-03-03", 4), 5),
        with_sleep(entry("2026-03-04", 2), 9),
        entry("2026-03-05", 5),
    ];
    let sleep = Diary::new(entries).insights(range("2026-03-01", "2026-03-05")).sleep;
    let bands: Vec<(SleepBand, u32, Option<f64>)> = sleep.bands.iter().map(|b| (b.band, b.days, b.average)).collect();
    assert_eq!(
        bands,
        [(SleepBand::Poor, 2, Some(6.5)), (SleepBand::Fair, 1, Some(4.0)), (SleepBand::Good, 1, Some(2.0))],
        "a day without a sleep answer is in no band"
    );
}

#[test]
fn exercise_before_after_and_the_next_day() {
    let mut diary = Diary::new(vec![entry("2026-03-02", 6), entry("2026-03-03", 4), entry("2026-03-04", 5), entry("2026-03-05", 7)]);
    diary.sessions = vec![manual_session("2026-03-02", Some(6), Some(4)), manual_session("2026-03-03", Some(5), None)];
    let exercise = diary.insights(range("2026-03-02", "2026-03-08")).exercise;
    assert_eq!(exercise.sessions, 2);
    assert_eq!((exercise.rated_sessions, exercise.before_average, exercise.after_average), (1, Some(6.0), Some(4.0)));
    let next = exercise.next_day;
    assert_eq!((next.after_session_days, next.after_session_average), (2, Some(4.5)), "the 3rd (4) and 4th (5) follow session days");
    assert_eq!((next.after_rest_days, next.after_rest_average), (1, Some(7.0)), "the 2nd's day before is outside the range");
    assert_eq!(exercise.weeks.len(), 1);
    assert_eq!((exercise.weeks[0].sessions, exercise.weeks[0].average_pain), (2, Some(5.5)));
}

#[test]
fn the_change_is_the_reports_rule() {
    let mut entries = Vec::new();
    for d in 1..=14 {
        entries.push(entry(&format!("2026-01-{d:02}"), 6));
    }
    for d in 18..=31 {
        entries.push(entry(&format!("2026-01-{d:02}"), 4));
    }
    let all: Vec<&PainEntry> = entries.iter().collect();
    let january = range("2026-01-01", "2026-01-31");
    let insights = Diary::new(entries.clone()).insights(january);
    let change = insights.pain.change.expect("both windows logged");
    assert_eq!(Some(change.clone()), report::pain_change(&all, january), "one rule, never two");
    assert_eq!((change.baseline_average, change.latest_average, change.points), (6.0, 4.0, -2.0));
    assert!(change.clinically_important, "two points is clinically important");
}

#[test]
fn level_changes_taken_and_pauses_are_marked_in_the_range() {
    let mut diary = Diary::new(vec![entry("2026-03-01", 5)]);
    let change = |on: &str, decided| LevelChange {
        id: Uuid::new_v4(),
        family_id: "glute-bridge".into(),
        from_level: crate::domain::program::exercise::Level::Standard,
        to_level: Some(crate::domain::program::exercise::Level::Modified),
        day: day(on),
        direction: Direction::StepBack,
        reason: String::new(),
        reason_data: None,
        decided,
        decided_at: chrono::DateTime::parse_from_rfc3339("2026-03-05T10:00:00+00:00").expect("a test time"),
    };
    diary.changes =
        vec![change("2026-03-05", Decision::Accepted), change("2026-03-06", Decision::Declined), change("2026-04-02", Decision::Accepted)];
    diary.plan.paused = vec![range("2026-02-20", "2026-03-03"), range("2026-05-01", "2026-05-02")];
    let pain = diary.insights(range("2026-03-01", "2026-03-31")).pain;
    assert_eq!(pain.marks, [ChartMark { day: day("2026-03-05"), direction: Direction::StepBack, family_name: "Glute bridge".into() }]);
    assert_eq!(pain.paused, [range("2026-03-01", "2026-03-03")], "a pause is cut to the range");
}

#[test]
fn an_empty_diary_has_no_figures_rather_than_zeros() {
    let insights = Diary::new(vec![]).insights(range("2026-03-01", "2026-03-30"));
    assert_eq!((insights.days_in_range, insights.days_logged), (30, 0));
    assert_eq!(insights.pain.average, None);
    assert_eq!(insights.pain.change, None);
    assert!(insights.sleep.bands.iter().all(|b| b.average.is_none()));
    assert_eq!(insights.exercise.weeks.len(), 6, "weeks still show, with no pain in them");
}

#[test]
fn this_week_against_last_week_matches_the_worked_example() {
    let entries = vec![entry("2026-03-09", 4), entry("2026-03-11", 6), entry("2026-03-02", 5), entry("2026-03-04", 7), entry("2026-03-08", 6)];
    let weeks = week_against_week(&entries, day("2026-03-11"));
    assert_eq!((weeks.this_week_days, weeks.this_week_average), (2, Some(5.0)));
    assert_eq!((weeks.last_week_days, weeks.last_week_average), (3, Some(6.0)));
    assert_eq!(weeks.last_week, range("2026-03-02", "2026-03-08"));
    let never = week_against_week(&[], day("2026-03-11"));
    assert_eq!((never.this_week_average, never.last_week_average), (None, None), "a diary never logged shows nothing, never 0");
}

#[test]
fn an_interval_is_shown_rounded_outwards_so_it_never_claims_more() {
    let shown = Interval { low: -0.61, high: -0.04 }.widened_to_one_decimal();
    assert_eq!((shown.low, shown.high), (-0.7, 0.0), "-0.04 rounds up to 0, not down to -0.0");
    assert!(!shown.leaves_out_zero(), "an interval that reaches 0 once shown is not called noteworthy");
    assert!(Interval { low: 0.12, high: 0.9 }.widened_to_one_decimal().leaves_out_zero());
}
