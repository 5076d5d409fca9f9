//! The warning-signs check's outcome rules, read as sentences, and its article kept in step.

use super::*;

const EMERGENCY: [&str; 5] = ["saddle_numbness", "bladder_bowel", "sexual_function", "both_legs", "legs_weaker"];
const SAME_DAY: [&str; 9] = [
    "fever_unwell",
    "weight_loss",
    "cancer_history",
    "night_pain",
    "fall_injury",
    "minor_fall_older",
    "steroid_tablets",
    "weak_immune",
    "injected_drugs",
];

/// Every question answered "no", except those given.
fn answers(except: &[(&str, &str)]) -> Vec<RedFlagAnswerDraft> {
    questions()
        .into_iter()
        .map(|q| {
            let answer = except.iter().find(|(id, _)| *id == q.id).map_or("no", |(_, a)| a);
            RedFlagAnswerDraft { question_id: q.id, answer: answer.to_owned() }
        })
        .collect()
}

fn outcome_of(except: &[(&str, &str)]) -> Outcome {
    assess(&answers(except)).map(|a| a.outcome).expect("valid answers were refused")
}

#[test]
fn the_questions_have_the_contract_ids_with_emergency_signs_first() {
    let ids: Vec<String> = questions().into_iter().map(|q| q.id).collect();
    let expected: Vec<&str> = EMERGENCY.iter().chain(SAME_DAY.iter()).copied().collect();
    assert_eq!(ids, expected, "ids and order are the contract's");
    for q in questions() {
        let expected = if EMERGENCY.contains(&q.id.as_str()) { Urgency::Emergency } else { Urgency::SameDay };
        assert_eq!(q.urgency, expected, "{} has the contract's urgency", q.id);
        assert!(q.text.ends_with('?'), "{} is asked as a question", q.id);
    }
}

#[test]
fn the_questions_are_in_plain_words() {
    for q in questions() {
        let grade = crate::domain::learn::content::reading_grade(&q.text);
        assert!(grade <= 9.0, "question {} reads at grade {grade:.1}; keep it plain", q.id);
    }
}

#[test]
fn all_no_flags_nothing() {
    let assessment = assess(&answers(&[])).expect("the answers are a complete check");
    assert_eq!(assessment.outcome, Outcome::NoneFlagged);
    assert!(assessment.positives.is_empty(), "nothing to list when every answer is no");
    assert_eq!(assessment.answers.len(), SIGNS.len(), "every answer is kept");
}

#[test]
fn any_yes_to_an_emergency_question_is_an_emergency() {
    for id in EMERGENCY {
        assert_eq!(outcome_of(&[(id, "yes")]), Outcome::Emergency, "yes to {id} means go now");
    }
}

#[test]
fn a_yes_to_a_same_day_question_means_advice_today() {
    for id in SAME_DAY {
        assert_eq!(outcome_of(&[(id, "yes")]), Outcome::SameDay, "yes to {id} means advice today");
    }
}

#[test]
fn an_emergency_beats_a_same_day_sign() {
    let assessment = assess(&answers(&[("fever_unwell", "yes"), ("legs_weaker", "yes")])).expect("the answers are a complete check");
    assert_eq!(assessment.outcome, Outcome::Emergency);
    let positives: Vec<(&str, Urgency)> = assessment.positives.iter().map(|p| (p.id.as_str(), p.urgency)).collect();
    assert_eq!(positives, [("legs_weaker", Urgency::Emergency), ("fever_unwell", Urgency::SameDay)], "the most urgent is listed first");
}

#[test]
fn not_sure_about_saddle_numbness_or_the_bladder_and_bowels_means_go_now() {
    for id in ["saddle_numbness", "bladder_bowel"] {
        let assessment = assess(&answers(&[(id, "not_sure")])).expect("the answers are a complete check");
        assert_eq!(assessment.outcome, Outcome::Emergency, "the NHS cauda equina cards say go now when unsure about {id}");
        assert_eq!(assessment.positives.len(), 1, "the unsure answer is listed as the reason");
        assert_eq!(assessment.positives[0].urgency, Urgency::Emergency);
    }
}

#[test]
fn not_sure_on_another_emergency_question_means_get_advice_today() {
    for id in ["sexual_function", "both_legs", "legs_weaker"] {
        let assessment = assess(&answers(&[(id, "not_sure")])).expect("the answers are a complete check");
        assert_eq!(assessment.outcome, Outcome::SameDay, "unsure about {id}: get advice today");
        assert_eq!(assessment.positives[0].urgency, Urgency::SameDay);
    }
}

#[test]
fn not_sure_on_a_same_day_question_flags_nothing() {
    assert_eq!(outcome_of(&[("weight_loss", "not_sure")]), Outcome::NoneFlagged, "the contract counts only yes on same-day questions");
}

#[test]
fn a_missing_answer_is_refused_on_answers_and_names_the_question() {
    let mut drafts = answers(&[]);
    drafts.retain(|d| d.question_id != "night_pain");
    let errors = assess(&drafts).expect_err("an incomplete check must be refused");
    let message = errors.message_for("answers").unwrap_or_else(|| panic!("the error is on answers: {errors:?}"));
    assert!(message.contains("night_pain"), "the message names the unanswered question: {message}");
    assert_eq!(errors.fields.len(), 1, "one error, on answers");
}

#[test]
fn a_duplicate_answer_is_refused() {
    let mut drafts = answers(&[]);
    drafts.push(RedFlagAnswerDraft { question_id: "both_legs".into(), answer: "yes".into() });
    let errors = assess(&drafts).expect_err("answering twice must be refused");
    assert!(errors.message_for("answers").is_some_and(|m| m.contains("both_legs")), "{errors:?}");
}

#[test]
fn an_unknown_question_or_answer_is_refused_by_name() {
    let mut drafts = answers(&[("cancer_history", "maybe")]);
    drafts.push(RedFlagAnswerDraft { question_id: "headache".into(), answer: "yes".into() });
    let errors = assess(&drafts).expect_err("unknown ids must be refused");
    let message = errors.message_for("answers").unwrap_or_default();
    assert!(message.contains("\"headache\""), "the unknown id is named: {message}");
    assert!(message.contains("maybe"), "the bad answer is named: {message}");
}

#[test]
fn an_empty_check_is_refused() {
    assert!(assess(&[]).is_err(), "no answers at all is not a check");
}

#[test]
fn outcome_names_round_trip_for_the_store() {
    for outcome in Outcome::ALL {
        assert_eq!(Outcome::from_wire(outcome.wire_name()), Some(outcome));
    }
    for answer in Answer::ALL {
        assert_eq!(Answer::from_wire(answer.wire_name()), Some(answer));
    }
}

#[test]
fn every_sign_names_its_source() {
    for q in questions() {
        assert!(!q.source.trim().is_empty(), "{} says where it comes from", q.id);
    }
}

/// The sign ids the urgent-care article names in the list under a heading that starts with
/// `heading`: each list item there ends with a `<!-- sign:<id> -->` note.
fn article_signs(heading: &str) -> Vec<String> {
    let library = crate::domain::learn::content::builtin().expect("the built-in articles parse");
    let article = library.get("when-to-get-urgent-care").expect("the urgent-care article is built in");
    let mut in_section = false;
    let mut ids = Vec::new();
    for line in article.body.lines() {
        if let Some(title) = line.strip_prefix("## ") {
            in_section = title.starts_with(heading);
        } else if in_section && line.starts_with("- ") {
            let id = line
                .split("<!-- sign:")
                .nth(1)
                .and_then(|rest| rest.split_once("-->"))
                .map(|(id, _)| id.trim().to_owned())
                .unwrap_or_else(|| panic!("this sign in the article names no sign id: {line}"));
            ids.push(id);
        }
    }
    ids
}

#[test]
fn the_article_names_every_sign_the_check_asks_and_no_other() {
    for (heading, urgency) in [("Get help now", Urgency::Emergency), ("Get medical advice today", Urgency::SameDay)] {
        let named = article_signs(heading);
        assert!(!named.is_empty(), "the article has a list under \"{heading}\"");
        for id in &named {
            let sign = SIGNS.iter().find(|s| s.id == id.as_str());
            assert!(sign.is_some(), "the article names {id} under \"{heading}\", but the check never asks about it");
            assert_eq!(sign.map(|s| s.urgency), Some(urgency), "{id} is explained under the heading for its urgency");
        }
        for sign in SIGNS.iter().filter(|s| s.urgency == urgency) {
            assert!(named.iter().any(|id| id == sign.id), "the check asks about {}, but the article does not explain it", sign.id);
        }
    }
}

/// An entry as the diary would store it, from wire words.
fn entry(intensity: f64, sites: &[&str], qualities: &[&str], legs: Option<&str>) -> PainDetails {
    use chrono::TimeZone;
    let now = chrono_tz::Europe::London.with_ymd_and_hms(2026, 3, 14, 9, 0, 0).earliest().expect("a real London time");
    let draft = crate::domain::diary::PainEntryDraft {
        intensity: Some(intensity),
        sites: sites.iter().map(|s| (*s).to_owned()).collect(),
        qualities: qualities.iter().map(|s| (*s).to_owned()).collect(),
        leg_radiation: legs.map(str::to_owned),
        ..Default::default()
    };
    crate::domain::diary::validate(&draft, &crate::domain::diary::DiaryContext { now, known_medications: &[] }).expect("a valid entry")
}

#[test]
fn moderate_back_pain_does_not_offer_the_check() {
    assert!(!offers_check(&entry(4.0, &["lower_back_centre"], &["aching"], None)));
    assert!(!offers_check(&entry(7.0, &["thigh_back_left"], &["shooting"], Some("left"))), "one leg above the knee at 7 is not enough");
    assert!(!offers_check(&entry(0.0, &[], &[], Some("no"))));
}

#[test]
fn strong_pain_from_8_offers_the_check() {
    assert!(offers_check(&entry(8.0, &[], &[], None)), "8 is the line");
    assert!(offers_check(&entry(10.0, &[], &[], None)));
}

#[test]
fn pain_below_either_knee_offers_the_check() {
    assert!(offers_check(&entry(2.0, &["below_knee_left"], &[], None)));
    assert!(offers_check(&entry(2.0, &["hip_right", "below_knee_right"], &[], None)));
}

#[test]
fn numbness_or_tingling_offers_the_check() {
    assert!(offers_check(&entry(1.0, &[], &["stiff", "numb"], None)));
    assert!(offers_check(&entry(1.0, &[], &["tingling"], None)), "tingling is a nerve sign too");
}

#[test]
fn pain_down_both_legs_offers_the_check() {
    assert!(offers_check(&entry(3.0, &["lower_back_centre"], &["aching"], Some("both"))), "both legs is an emergency sign of its own");
}

#[test]
fn a_spanish_reader_with_an_emergency_sign_is_told_to_call_911_in_spanish() {
    use crate::i18n::{scoped, Language};
    let assessment = assess(&answers(&[("saddle_numbness", "yes")])).expect("valid answers");
    assert_eq!(assessment.outcome, Outcome::Emergency);
    let (words, positive) = scoped(Language::Es, || (assessment.outcome.words(), positives(&assessment.answers)));
    assert_eq!(words.heading, "Busque ayuda ahora");
    assert!(words.steps[0].starts_with("Llame al 911"), "in the US, 911 comes first, in Spanish too: {}", words.steps[0]);
    assert!(words.steps[0].contains("sala de emergencias"), "the glossary's word for the emergency room: {}", words.steps[0]);
    assert!(
        positive[0].text.starts_with('¿') && positive[0].text.ends_with('?'),
        "the sign that raised it is asked in Spanish: {}",
        positive[0].text
    );
}

#[test]
fn in_english_the_emergency_outcome_keeps_the_words_of_the_check_screen() {
    use crate::i18n::{scoped, Language};
    let words = scoped(Language::En, || Outcome::Emergency.words());
    assert!(words.steps[0].starts_with("Call 911 or go to the nearest emergency room now."), "{}", words.steps[0]);
    assert!(words.steps[0].contains("999 in the UK or 112 in Europe"), "other countries come after 911");
}

#[test]
fn every_question_and_hint_has_spanish_words_of_its_own() {
    use crate::i18n::{scoped, Language};
    let english = scoped(Language::En, questions);
    let spanish = scoped(Language::Es, questions);
    for (en, es) in english.iter().zip(&spanish) {
        assert_eq!(en.id, es.id, "ids stay the same in every language");
        assert!(es.text.starts_with('¿') && es.text.ends_with('?'), "{} is asked as a Spanish question: {}", es.id, es.text);
        assert_ne!(en.text, es.text, "{} is translated", es.id);
        assert_eq!(en.hint.is_some(), es.hint.is_some(), "{} has a hint in both languages or in neither", es.id);
        assert_eq!(en.source, es.source, "sources are named by their published titles");
    }
}

#[test]
fn a_report_in_another_language_can_ask_a_stored_sign_again_by_its_id() {
    use crate::i18n::{scoped, Language};
    let spanish = scoped(Language::Es, || question_text("night_pain"));
    assert_eq!(spanish.as_deref(), Some("¿El dolor es fuerte en la noche, y sigue fuerte cuando descansa o cambia de posición?"));
    assert_eq!(question_text("no_such_sign"), None, "an id the check does not ask has no words");
}
