//! The safety check's answers, read as sentences about the routine they give.

use super::*;
use crate::domain::program::exercise::builtin_catalog;
use crate::domain::program::routine::{build_routine, version_at, Routine};

fn catalog() -> Catalog {
    builtin_catalog().expect("the built-in catalog must load")
}

/// Every family at `level`, whoever's turn it is today: the answers are checked against the
/// whole catalog, not one day's share of it.
fn every_family_at(catalog: &Catalog, level: Level) -> Routine {
    let exercises: Vec<Exercise> = catalog.families.iter().filter_map(|family| version_at(family, level).cloned()).collect();
    let estimated_seconds = exercises.iter().map(|e| e.estimated_seconds).sum();
    let sample = build_routine(catalog, &std::collections::HashMap::new(), false, chrono::NaiveDate::MIN);
    Routine { exercises, estimated_seconds, left_out: Vec::new(), ..sample }
}

fn routine_for(answers: SafetyAnswers, level: Level) -> SafeRoutine {
    let catalog = catalog();
    adapt_routine(&catalog, every_family_at(&catalog, level), &answers)
}

fn ids(routine: &SafeRoutine) -> Vec<&str> {
    routine.routine.exercises.iter().map(|e| e.id.as_str()).collect()
}

#[test]
fn all_no_changes_nothing() {
    let catalog = catalog();
    let plain = every_family_at(&catalog, Level::Standard);
    let safe = adapt_routine(&catalog, plain.clone(), &SafetyAnswers::default());
    assert_eq!(safe.routine, plain);
    assert!(safe.changes.is_empty());
}

#[test]
fn a_hip_replacement_sets_the_figure_four_stretches_aside() {
    let safe = routine_for(SafetyAnswers { hip_replacement: true, ..SafetyAnswers::default() }, Level::Standard);
    assert!(!ids(&safe).iter().any(|id| id.starts_with("piriformis-stretch")), "{:?}", ids(&safe));
    assert!(safe.changes.contains(&SafetyChange::SetAside { family: "piriformis-stretch".into() }));
}

#[test]
fn floor_trouble_moves_lying_work_to_a_bed_and_swaps_all_fours_for_standing() {
    let safe = routine_for(SafetyAnswers { floor_trouble: true, ..SafetyAnswers::default() }, Level::Standard);
    let on_bed: Vec<&SafetyChange> = safe.changes.iter().filter(|c| matches!(c, SafetyChange::OnBed { .. })).collect();
    assert!(on_bed.contains(&&SafetyChange::OnBed { exercise: "glute-bridge.standard".into() }));
    assert!(safe.changes.contains(&SafetyChange::Swapped { from: "donkey-kick.standard".into(), to: "donkey-kick.modified".into() }));
    assert!(
        safe.changes.contains(&SafetyChange::Swapped { from: "hip-flexor-stretch.standard".into(), to: "hip-flexor-stretch.modified".into() }),
        "the kneeling stretch becomes the standing one"
    );
    for exercise in &safe.routine.exercises {
        assert!(exercise.position != Position::Floor || exercise.bed.is_some(), "{} is on the floor with no bed version", exercise.id);
    }
}

#[test]
fn balance_trouble_swaps_unsupported_standing_work_for_supported() {
    let answers = SafetyAnswers { balance_trouble: true, ..SafetyAnswers::default() };
    let safe = routine_for(answers, Level::Standard);
    assert!(ids(&safe).contains(&"lunge.modified"), "the reverse lunge is out: {:?}", ids(&safe));
    assert!(ids(&safe).contains(&"hip-hike.modified"), "the hip hike on a stair edge becomes the one on the floor: {:?}", ids(&safe));
    let catalog = catalog();
    let squat = catalog.family("squat").expect("the squat family");
    let chosen = nearest_allowed(squat, Level::Harder, &answers).map(|e| e.id.as_str());
    assert_eq!(chosen, Some("squat.standard"), "the single-leg sit to stand steps down to the chair squat");
}

#[test]
fn pregnancy_leaves_out_lying_on_the_back_and_keeps_the_rest() {
    let safe = routine_for(SafetyAnswers { pregnancy: true, ..SafetyAnswers::default() }, Level::Standard);
    assert!(!ids(&safe).iter().any(|id| id.starts_with("glute-bridge")), "{:?}", ids(&safe));
    assert!(ids(&safe).contains(&"hamstring.modified"), "the heel-dig bridge is swapped for the standing curl");
    assert!(ids(&safe).contains(&"piriformis-stretch.standard"), "the seated stretch stays");
    let total: u32 = safe.routine.exercises.iter().map(|e| e.estimated_seconds).sum();
    assert_eq!(safe.routine.estimated_seconds, total, "the estimate is recounted");
}

#[test]
fn every_answer_and_a_starting_level_are_needed() {
    let fields = |draft: SafetyDraft| validate_safety(&draft).err().map(|e| e.fields.into_iter().map(|f| f.field).collect::<Vec<_>>());
    let all_no = SafetyDraft {
        recent_surgery: Some(false),
        hip_replacement: Some(false),
        pregnancy: Some(false),
        osteoporosis: Some(false),
        floor_trouble: Some(false),
        balance_trouble: Some(true),
        starting_level: Some("modified".into()),
    };
    let (answers, level) = validate_safety(&all_no).expect("a full answer");
    assert!(answers.balance_trouble && !answers.pregnancy);
    assert_eq!(level, Level::Modified);
    assert_eq!(fields(SafetyDraft { pregnancy: None, ..all_no.clone() }), Some(vec!["pregnancy".to_owned()]));
    assert_eq!(fields(SafetyDraft { starting_level: Some("harder".into()), ..all_no }), Some(vec!["startingLevel".to_owned()]));
}

#[test]
fn each_yes_with_advice_says_who_to_ask_in_us_terms() {
    let all = SafetyAnswers {
        recent_surgery: true,
        hip_replacement: true,
        pregnancy: true,
        osteoporosis: true,
        floor_trouble: true,
        balance_trouble: true,
    };
    let advice = all.advice().join(" ");
    assert_eq!(all.advice().len(), 6);
    assert!(advice.contains("physical therapist"));
    assert!(!advice.contains("physio") && !advice.contains("GP"));
}

#[test]
fn a_spanish_reader_is_asked_the_safety_questions_in_spanish() {
    use crate::i18n::{scoped, Language};
    let asked = scoped(Language::Es, questions);
    let pregnancy = asked.iter().find(|q| q.id == "pregnancy").expect("the pregnancy question is asked");
    assert_eq!(pregnancy.text, "¿Está embarazada?", "the question is the Spanish catalog's, addressed with usted");
    let hip = asked.iter().find(|q| q.id == "hipReplacement").expect("the hip question is asked");
    assert!(hip.hint.as_deref().is_some_and(|hint| hint.starts_with("Cuenta")), "its hint is Spanish too: {:?}", hip.hint);
    let refused = scoped(Language::Es, || validate_safety(&SafetyDraft::default()).expect_err("nothing was answered"));
    assert_eq!(refused.message_for("pregnancy"), Some("Por favor, conteste sí o no."), "the form's refusal is Spanish as well");
}

#[test]
fn in_english_the_safety_questions_keep_their_words() {
    use crate::i18n::{scoped, Language};
    let asked = scoped(Language::En, questions);
    assert_eq!(asked[0].text, "Have you had surgery on your back or hip in the last 6 months?");
    assert_eq!(
        asked.iter().map(|q| q.id.as_str()).collect::<Vec<_>>(),
        ["recentSurgery", "hipReplacement", "pregnancy", "osteoporosis", "floorTrouble", "balanceTrouble"]
    );
}
