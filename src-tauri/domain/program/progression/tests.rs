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
fn a_rise_just_after_a_session_is_not_a_signal_on_its_own() {
    // Silbernagel: pain may rise just after exercise, as long as it settles by the next day.
    assert_eq!(step_back_reason(pain(Some(3), Some(5), Some(4)), Some(3.0), None), None, "3 before, 5 after, nothing the next day");
    assert_eq!(step_back_reason(pain(Some(3), Some(5), Some(4)), Some(3.0), Some(3)), None, "back to usual the next day");
}

#[test]
fn next_day_pain_two_points_above_usual_suggests_stepping_back() {
    // Usual: the 7-day mean 3.4 rounds to 3. Next day 5 is 2 above it.
    let reason = step_back_reason(pain(Some(3), Some(3), None), Some(3.4), Some(5));
    assert_eq!(reason, Some(StepBackReason::NextDayAboveUsual { usual: 3, next: 5 }));
    // Usual: 3.6 rounds to 4, so 5 is only 1 above: inside measurement error.
    assert_eq!(step_back_reason(pain(None, None, None), Some(3.6), Some(5)), None);
}

#[test]
fn with_no_diary_that_week_usual_pain_is_the_pain_just_before() {
    assert_eq!(usual_pain(None, Some(4)), Some(4));
    assert_eq!(step_back_reason(pain(Some(4), None, None), None, Some(6)), Some(StepBackReason::NextDayAboveUsual { usual: 4, next: 6 }));
    assert_eq!(step_back_reason(pain(None, Some(9), None), None, Some(9)), None, "no usual pain: nothing to compare");
}

#[test]
fn the_ceiling_during_exercise_is_five_or_one_above_usual_pain() {
    assert_eq!(during_ceiling(None), 5);
    assert_eq!(during_ceiling(Some(2)), 5, "low usual pain: Silbernagel's 5");
    assert_eq!(during_ceiling(Some(4)), 5);
    assert_eq!(during_ceiling(Some(5)), 6);
    assert_eq!(during_ceiling(Some(6)), 7);
    assert_eq!(during_ceiling(Some(10)), 10, "never above the scale");
}

#[test]
fn pain_above_the_ceiling_during_exercise_suggests_stepping_back() {
    assert_eq!(step_back_reason(pain(None, None, Some(6)), Some(2.0), None), Some(StepBackReason::AboveCeiling { during: 6, ceiling: 5 }));
    assert_eq!(step_back_reason(pain(None, None, Some(5)), Some(2.0), None), None, "up to 5 out of 10 is acceptable");
}

#[test]
fn someone_who_lives_at_six_is_not_stepped_down_for_their_usual_pain() {
    // Usual 6 (mean 6.2): during 7 and the next day 7 are both inside the rule.
    assert_eq!(step_back_reason(pain(Some(6), Some(7), Some(7)), Some(6.2), Some(7)), None);
    // During 8 is 2 above usual: too much for now.
    assert_eq!(step_back_reason(pain(Some(6), None, Some(8)), Some(6.2), None), Some(StepBackReason::AboveCeiling { during: 8, ceiling: 7 }));
}

#[test]
fn the_next_day_is_named_before_pain_during() {
    let reason = step_back_reason(pain(Some(2), None, Some(8)), Some(2.0), Some(5));
    assert_eq!(reason, Some(StepBackReason::NextDayAboveUsual { usual: 2, next: 5 }));
}

#[test]
fn the_article_states_the_rule_in_the_same_words_as_the_code() {
    let article = include_str!("../../../../assets/content/pain-during-exercise.md");
    for sentence in crate::i18n::scoped(crate::i18n::Language::En, pain_rule) {
        assert!(article.contains(&sentence), "pain-during-exercise.md must say, word for word: {sentence}");
    }
}

#[test]
fn the_spanish_article_states_the_rule_in_the_same_words_as_the_spanish_program_screen() {
    let article = include_str!("../../../../assets/content/es/pain-during-exercise.md");
    let rule = crate::i18n::scoped(crate::i18n::Language::Es, pain_rule);
    assert!(rule[0].contains("5 de 10"), "the Spanish rule is the Spanish one: {}", rule[0]);
    for sentence in rule {
        assert!(article.contains(&sentence), "es/pain-during-exercise.md must say, word for word: {sentence}");
    }
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
fn with_nothing_easier_left_the_easiest_version_is_done_gently_never_rest() {
    let catalog = catalog();
    let bridge = catalog.family("glute-bridge").expect("bridge family");
    assert_eq!(easier_option(bridge, Level::Modified), EasierOption::Gentlest, "the bridge has no pool version");
    let squat = catalog.family("squat").expect("squat family");
    assert_eq!(easier_option(squat, Level::Water), EasierOption::Gentlest);
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
