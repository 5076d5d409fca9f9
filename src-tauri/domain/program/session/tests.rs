//! Session validation, read as sentences.

use chrono::TimeZone;

use super::*;
use crate::domain::program::exercise::builtin_catalog;

fn catalog() -> Catalog {
    builtin_catalog().expect("the built-in catalog must load")
}

fn now() -> DateTime<Tz> {
    let zone: Tz = "Europe/London".parse().unwrap_or(Tz::UTC);
    zone.with_ymd_and_hms(2026, 3, 14, 18, 30, 0).earliest().expect("valid time")
}

fn progress(id: &str, sets: Option<f64>, reps: Option<f64>, seconds: Option<f64>) -> ExerciseProgressDraft {
    ExerciseProgressDraft { exercise_id: id.into(), sets_done: sets, reps_done: reps, seconds_done: seconds, completed: None }
}

fn fields(errors: &ValidationErrors) -> Vec<&str> {
    errors.fields.iter().map(|f| f.field.as_str()).collect()
}

#[test]
fn a_set_of_a_catalog_exercise_within_its_dose_is_accepted() {
    let mut errors = ValidationErrors::default();
    let done = validate_progress(&progress("glute-bridge.standard", Some(1.0), Some(10.0), None), &catalog(), "", &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    let done = done.expect("accepted");
    assert_eq!((done.sets_done, done.reps_done), (1, Some(10)));
    assert!(done.anything_done(), "one set done is something done");
}

#[test]
fn an_unknown_exercise_is_named_in_the_error() {
    let mut errors = ValidationErrors::default();
    assert!(validate_progress(&progress("cartwheel.standard", Some(1.0), None, None), &catalog(), "", &mut errors).is_none());
    assert_eq!(fields(&errors), ["exerciseId"]);
    assert!(errors.fields[0].message.contains("cartwheel.standard"), "the message names the id: {}", errors.fields[0].message);
}

#[test]
fn more_than_twice_the_dose_negative_or_fractional_counts_are_refused() {
    let mut errors = ValidationErrors::default();
    // glute-bridge.standard is 2 sets of 10: up to 4 sets and 20 reps can be recorded.
    assert!(validate_progress(&progress("glute-bridge.standard", Some(5.0), Some(21.0), None), &catalog(), "", &mut errors).is_none());
    assert_eq!(fields(&errors), ["setsDone", "repsDone"], "both counts are over twice the dose");
    let mut errors = ValidationErrors::default();
    validate_progress(&progress("glute-bridge.standard", Some(-1.0), Some(2.5), None), &catalog(), "", &mut errors);
    assert_eq!(fields(&errors), ["setsDone", "repsDone"], "negative and fractional counts are refused");
    let mut errors = ValidationErrors::default();
    assert!(validate_progress(&progress("glute-bridge.standard", Some(4.0), Some(20.0), None), &catalog(), "", &mut errors).is_some());
}

#[test]
fn a_hold_is_recorded_in_seconds_and_reps_are_refused_for_it() {
    let mut errors = ValidationErrors::default();
    let held = validate_progress(&progress("piriformis-stretch.standard", Some(2.0), None, Some(30.0)), &catalog(), "", &mut errors);
    assert_eq!(held.and_then(|h| h.seconds_done), Some(30));
    let mut errors = ValidationErrors::default();
    validate_progress(&progress("piriformis-stretch.standard", Some(2.0), Some(5.0), Some(61.0)), &catalog(), "", &mut errors);
    assert_eq!(fields(&errors), ["repsDone", "secondsDone"], "a hold has no reps, and 61 s is over twice the 30 s hold");
}

#[test]
fn a_finished_session_checks_pain_and_effort_on_the_whole_scale() {
    let draft =
        SessionFinishDraft { pain_after: Some(11.0), pain_during: Some(3.5), effort: Some(-1.0), note: Some("x".repeat(1001)), ..Default::default() };
    let errors = validate_finish(&draft, now().fixed_offset(), now()).err().unwrap_or_default();
    assert_eq!(fields(&errors), ["painAfter", "painDuring", "effort", "note"]);
    let ok = validate_finish(&SessionFinishDraft { pain_after: Some(4.0), effort: Some(6.0), ..Default::default() }, now().fixed_offset(), now());
    assert_eq!(ok.map(|o| (o.pain_after, o.effort)), Ok((Some(4), Some(6))));
}

#[test]
fn a_session_ends_no_earlier_than_it_started_even_if_the_clock_went_back() {
    let started = now().fixed_offset() + chrono::Duration::minutes(5);
    let outcome = validate_finish(&SessionFinishDraft::default(), started, now()).expect("the finish is valid");
    assert_eq!(outcome.ended_at, started);
}

#[test]
fn a_manual_session_takes_its_day_from_the_local_start_time() {
    let draft = ManualSessionDraft {
        started_at: Some("2026-03-13T23:30".into()),
        duration_minutes: Some(20.0),
        exercises: vec![progress("lunge.water", Some(2.0), Some(8.0), None)],
        ..Default::default()
    };
    let manual = validate_manual(&draft, &catalog(), now()).expect("the manual session is valid");
    assert_eq!(manual.start.day.to_string(), "2026-03-13", "the day is the local date at the start, not the end");
    assert_eq!(manual.start.time_zone, "Europe/London");
    assert_eq!((manual.outcome.ended_at - manual.start.started_at).num_minutes(), 20);
    assert_eq!(manual.exercises[0].position, 0);
}

#[test]
fn a_manual_session_in_the_future_or_with_bad_exercises_names_each_field() {
    let draft = ManualSessionDraft {
        started_at: Some("2026-03-15T09:00".into()),
        duration_minutes: Some(0.5),
        exercises: vec![
            progress("squat.standard", Some(1.0), None, None),
            progress("nope", None, None, None),
            progress("squat.standard", None, None, None),
        ],
        ..Default::default()
    };
    let errors = validate_manual(&draft, &catalog(), now()).err().unwrap_or_default();
    assert_eq!(fields(&errors), ["startedAt", "durationMinutes", "exercises[1].exerciseId", "exercises[2].exerciseId"]);
}

#[test]
fn a_manual_session_that_would_end_in_the_future_is_refused_on_its_length() {
    let draft = ManualSessionDraft { started_at: Some("2026-03-14T18:00".into()), duration_minutes: Some(45.0), ..Default::default() };
    let errors = validate_manual(&draft, &catalog(), now()).err().unwrap_or_default();
    assert_eq!(fields(&errors), ["durationMinutes"]);
}
