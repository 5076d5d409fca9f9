//! The step-back and step-up rules, read as sentences.

use super::*;
use crate::domain::program::exercise::{builtin_catalog, Catalog};

fn catalog() -> Catalog {
    builtin_catalog().expect("the built-in catalog must load")
}

fn pain(before: Option<u8>, after: Option<u8>, during: Option<u8>) -> SessionPain {
    SessionPain { before, after, during }
}

#[test]
fn pain_two_points_higher_after_a_session_suggests_stepping_back() {
    let reason = step_back_reason(pain(Some(3), Some(5), None), None, None);
    assert_eq!(reason, Some(StepBackReason::RoseDuringSession { before: 3, after: 5 }));
}

#[test]
fn a_one_point_rise_after_a_session_is_fine() {
    assert_eq!(step_back_reason(pain(Some(3), Some(4), Some(4)), Some(3.0), Some(4)), None);
}

#[test]
fn the_next_diary_entry_two_points_above_the_weekly_baseline_suggests_stepping_back() {
    let reason = step_back_reason(pain(Some(3), Some(3), None), Some(3.4), Some(6));
    assert_eq!(reason, Some(StepBackReason::RoseNextDay { baseline: 3.4, next: 6 }));
    assert_eq!(step_back_reason(pain(None, None, None), Some(3.4), Some(5)), None, "5 is less than 2 above 3.4");
}

#[test]
fn pain_above_five_during_exercise_suggests_stepping_back_but_five_is_acceptable() {
    assert_eq!(step_back_reason(pain(None, None, Some(6)), None, None), Some(StepBackReason::TooMuchDuring { during: 6 }));
    assert_eq!(step_back_reason(pain(None, None, Some(5)), None, None), None, "up to 5 out of 10 is acceptable");
}

#[test]
fn a_partial_report_never_triggers_a_step_back_on_its_own() {
    assert_eq!(step_back_reason(pain(None, Some(9), None), None, Some(9)), None, "no before and no baseline: nothing to compare");
}

#[test]
fn stepping_back_from_standard_goes_to_modified() {
    let catalog = catalog();
    let bridge = catalog.family("glute-bridge").expect("bridge family");
    assert_eq!(easier_option(bridge, Level::Standard), EasierOption::Level { level: Level::Modified });
    assert_eq!(easier_option(bridge, Level::Harder), EasierOption::Level { level: Level::Standard });
}

#[test]
fn at_the_modified_level_the_pool_version_comes_next_when_there_is_one() {
    let catalog = catalog();
    let squat = catalog.family("squat").expect("squat family");
    assert_eq!(easier_option(squat, Level::Modified), EasierOption::Level { level: Level::Water });
}

#[test]
fn with_nothing_easier_left_a_rest_day_is_suggested() {
    let catalog = catalog();
    let bridge = catalog.family("glute-bridge").expect("bridge family");
    assert_eq!(easier_option(bridge, Level::Modified), EasierOption::RestDay, "the bridge has no pool version");
    let squat = catalog.family("squat").expect("squat family");
    assert_eq!(easier_option(squat, Level::Water), EasierOption::RestDay);
}

#[test]
fn stable_pain_and_most_sessions_done_support_a_step_up() {
    let evidence = step_up_evidence(&[4.0, 4.0, 3.0, 4.0], &[4.0, 3.5, 4.0], 5, 3);
    let evidence = evidence.expect("5 of 6 sessions with stable pain should qualify");
    assert_eq!((evidence.sessions_done, evidence.sessions_goal), (5, 6));
    assert_eq!(evidence.earlier_week_mean, 3.8);
}

#[test]
fn rising_pain_or_too_few_sessions_or_too_little_data_do_not() {
    assert!(step_up_evidence(&[3.0, 3.0, 3.0], &[4.0, 4.0, 4.0], 6, 3).is_none(), "pain rose by a point");
    assert!(step_up_evidence(&[3.0, 3.0, 3.0], &[3.0, 3.0, 3.0], 4, 3).is_none(), "4 of 6 is under 80%");
    assert!(step_up_evidence(&[3.0, 3.0], &[3.0, 3.0, 3.0], 6, 3).is_none(), "two logged days are not a trend");
}

#[test]
fn falling_pain_supports_a_step_up() {
    assert!(step_up_evidence(&[6.0, 6.0, 5.0], &[4.0, 4.0, 3.0], 6, 3).is_some());
}
