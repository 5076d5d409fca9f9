//! The warning-signs check: one question for each sign that back pain needs urgent care (from
//! `CLINICAL.md` and the sources named on each sign, in BackTrack's own words), and the rule
//! that turns the answers into what to do. It never diagnoses: it only says how soon to get help.
//!
//! Outcome rule (`docs/learn-contract.md`):
//! - any "yes" to an emergency question, or "not sure" about saddle numbness or bladder and
//!   bowel changes → `emergency`. The NHS cauda equina symptom cards say to go now when unsure
//!   about these (see `NHS_CAUDA_EQUINA`);
//! - else any "yes" to a same-day question, or "not sure" to another emergency question → `same_day`;
//! - else `none_flagged`.

use chrono::{DateTime, FixedOffset, NaiveDate};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::diary::PainDetails;
use crate::domain::validation::ValidationErrors;
use crate::domain::vocabulary::{LegRadiation, PainQuality};

/// How soon a sign needs help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Urgency {
    /// Go to the emergency department or call emergency services now.
    Emergency,
    /// Get medical advice today.
    SameDay,
}

/// One answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotSure];

    pub fn wire_name(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::NotSure => "not_sure",
        }
    }

    pub fn from_wire(name: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|answer| answer.wire_name() == name)
    }
}

/// What the answers mean the person should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Outcome {
    Emergency,
    SameDay,
    NoneFlagged,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Emergency, Outcome::SameDay, Outcome::NoneFlagged];

    pub fn wire_name(self) -> &'static str {
        match self {
            Outcome::Emergency => "emergency",
            Outcome::SameDay => "same_day",
            Outcome::NoneFlagged => "none_flagged",
        }
    }

    pub fn from_wire(name: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|outcome| outcome.wire_name() == name)
    }
}

/// A question of the check, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RedFlagQuestion {
    pub id: String,
    pub urgency: Urgency,
    pub text: String,
    /// A plain example that helps answer, if the question needs one.
    pub hint: Option<String>,
    /// Where the sign and its urgency come from.
    pub source: String,
}

/// One warning sign: the one place its id, words, outcome and source are kept. The check asks
/// these, and `when-to-get-urgent-care.md` names each one by id (a test holds the two together).
pub struct Sign {
    /// Stored with every answer: never rename one, or old checks and backups lose it.
    pub id: &'static str,
    /// What a "yes" means.
    pub urgency: Urgency,
    /// What a "not sure" means, if it counts at all.
    pub if_not_sure: Option<Urgency>,
    pub text: &'static str,
    pub hint: Option<&'static str>,
    pub source: &'static str,
}

/// NICE Clinical Knowledge Summaries, "Back pain - low (without radiculopathy)": the red flags
/// for infection, fracture and cancer.
const CKS: &str = "NICE CKS: Back pain - low (without radiculopathy), red flags";
/// Finucane and others (2020), the international red-flag framework in JOSPT.
const FRAMEWORK: &str = "International framework for red flags for potential serious spinal pathologies (JOSPT, 2020)";
/// The NHS page on cauda equina syndrome, and the cauda equina symptom cards NHS spine services
/// give patients (Greenhalgh, Mercer and Finucane). The cards tell a person who is unsure about
/// saddle numbness or bladder and bowel changes to go to the emergency department now.
const NHS_CAUDA_EQUINA: &str = "NHS: Cauda equina syndrome, and the NHS cauda equina symptom cards";
/// NICE NG59 (2016, updated 2020): rule out other causes, such as cancer, infection and trauma.
const NG59: &str = "NICE NG59: Low back pain and sciatica in over 16s";

/// The signs, emergency signs first, in the order they are asked.
pub const SIGNS: [Sign; 14] = [
    Sign {
        id: "saddle_numbness",
        urgency: Urgency::Emergency,
        if_not_sure: Some(Urgency::Emergency),
        text: "Do you have numbness or tingling in the area you would sit on: between your legs, your buttocks or inner thighs?",
        hint: Some("For example, toilet paper feels different when you wipe."),
        source: NHS_CAUDA_EQUINA,
    },
    Sign {
        id: "bladder_bowel",
        urgency: Urgency::Emergency,
        if_not_sure: Some(Urgency::Emergency),
        text: "Is it newly hard to start peeing or to hold it in, or have you lost control of your bowels?",
        hint: Some("This counts even if you feel no pain there, or you cannot tell when your bladder is full."),
        source: NHS_CAUDA_EQUINA,
    },
    Sign {
        id: "sexual_function",
        urgency: Urgency::Emergency,
        if_not_sure: Some(Urgency::SameDay),
        text: "Have you had new problems with sex, such as less feeling in your genitals or trouble getting an erection?",
        hint: None,
        source: NHS_CAUDA_EQUINA,
    },
    Sign {
        id: "both_legs",
        urgency: Urgency::Emergency,
        if_not_sure: Some(Urgency::SameDay),
        text: "Do you have new pain, numbness or tingling in both legs?",
        hint: None,
        source: NHS_CAUDA_EQUINA,
    },
    Sign {
        id: "legs_weaker",
        urgency: Urgency::Emergency,
        if_not_sure: Some(Urgency::SameDay),
        text: "Are your legs getting weaker, so that a foot drags or a leg gives way?",
        hint: Some("Answer yes if this is getting worse over hours or days."),
        source: NHS_CAUDA_EQUINA,
    },
    Sign {
        id: "fever_unwell",
        urgency: Urgency::SameDay,
        if_not_sure: None,
        text: "Do you have a fever, or feel hot, shivery or unwell, as well as the back pain?",
        hint: None,
        source: CKS,
    },
    Sign {
        id: "weight_loss",
        urgency: Urgency::SameDay,
        if_not_sure: None,
        text: "Have you lost weight lately without trying?",
        hint: None,
        source: CKS,
    },
    Sign {
        id: "cancer_history",
        urgency: Urgency::SameDay,
        if_not_sure: None,
        text: "Have you had cancer, and is this back pain new, or different from the back pain you had before?",
        hint: Some("A past cancer matters most when the back pain is new or has changed."),
        source: FRAMEWORK,
    },
    Sign {
        id: "night_pain",
        urgency: Urgency::SameDay,
        if_not_sure: None,
        text: "Is the pain bad at night, and does it stay bad when you rest or change position?",
        hint: None,
        source: CKS,
    },
    Sign {
        id: "fall_injury",
        urgency: Urgency::SameDay,
        if_not_sure: None,
        text: "Did the pain start after a bad fall, a car crash or another big injury?",
        hint: None,
        source: NG59,
    },
    Sign {
        id: "minor_fall_older",
        urgency: Urgency::SameDay,
        if_not_sure: None,
        text: "Did the pain start after a small fall, bump or strain, and are you older or have thin bones (osteoporosis)?",
        hint: Some("In older people or people with thin bones, even a small fall can break a bone in the back."),
        source: CKS,
    },
    Sign {
        id: "steroid_tablets",
        urgency: Urgency::SameDay,
        if_not_sure: None,
        text: "Have you taken steroid tablets, such as prednisone, for a long time?",
        hint: Some("For example, every day for three months or more."),
        source: CKS,
    },
    Sign {
        id: "weak_immune",
        urgency: Urgency::SameDay,
        if_not_sure: None,
        text: "Is your immune system weak from chemo, a transplant, HIV, or a medicine that lowers it?",
        hint: Some("Chemo is short for chemotherapy, a cancer treatment. Ask your pharmacist if you are not sure what a medicine does."),
        source: CKS,
    },
    Sign {
        id: "injected_drugs",
        urgency: Urgency::SameDay,
        if_not_sure: None,
        text: "Do you inject drugs that a doctor did not give you?",
        hint: Some("A doctor asks this because it can raise the risk of an infection in the spine."),
        source: CKS,
    },
];

/// Every question, in the order they are asked.
pub fn questions() -> Vec<RedFlagQuestion> {
    SIGNS
        .iter()
        .map(|q| RedFlagQuestion {
            id: q.id.to_owned(),
            urgency: q.urgency,
            text: q.text.to_owned(),
            hint: q.hint.map(str::to_owned),
            source: q.source.to_owned(),
        })
        .collect()
}

/// An answer as the UI sent it: loose text, so every mistake is reported on `answers`.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export)]
pub struct RedFlagAnswerDraft {
    pub question_id: String,
    #[ts(type = "\"yes\" | \"no\" | \"not_sure\"")]
    pub answer: String,
}

/// One checked answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RedFlagAnswer {
    pub question_id: String,
    pub answer: Answer,
}

/// An answer that raised the outcome: a "yes", or a "not sure" that counts (its `urgency` is then
/// the sign's `if_not_sure`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RedFlagPositive {
    pub id: String,
    pub urgency: Urgency,
    pub text: String,
}

/// The checked answers (in question order), their outcome and the positives (emergency first,
/// then same-day, each in question order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub outcome: Outcome,
    pub answers: Vec<RedFlagAnswer>,
    pub positives: Vec<RedFlagPositive>,
}

/// Checks the answers and works out the outcome. Every question must be answered exactly once
/// with "yes", "no" or "not_sure"; otherwise one validation error on `answers` says what is
/// wrong, naming the questions.
pub fn assess(drafts: &[RedFlagAnswerDraft]) -> Result<Assessment, ValidationErrors> {
    let mut problems: Vec<String> = Vec::new();
    let mut given: Vec<Option<Answer>> = vec![None; SIGNS.len()];
    for draft in drafts {
        let id = draft.question_id.trim();
        let Some(index) = SIGNS.iter().position(|q| q.id == id) else {
            problems.push(format!("\"{id}\" is not a question of this check."));
            continue;
        };
        let Some(answer) = Answer::from_wire(draft.answer.trim()) else {
            problems.push(format!("The answer to {id} must be yes, no or not sure, not \"{}\".", draft.answer));
            continue;
        };
        match given.get_mut(index) {
            Some(slot @ None) => *slot = Some(answer),
            _ => problems.push(format!("{id} is answered more than once.")),
        }
    }
    let unanswered: Vec<&str> = SIGNS.iter().zip(&given).filter(|(_, a)| a.is_none()).map(|(q, _)| q.id).collect();
    if !unanswered.is_empty() && problems.is_empty() {
        problems.push(format!("Please answer every question. Not answered yet: {}.", unanswered.join(", ")));
    } else if !unanswered.is_empty() {
        problems.push(format!("Not answered: {}.", unanswered.join(", ")));
    }
    if !problems.is_empty() {
        let mut errors = ValidationErrors::default();
        errors.push("answers", problems.join(" "));
        return Err(errors);
    }
    let answers: Vec<RedFlagAnswer> =
        SIGNS.iter().zip(given).filter_map(|(q, answer)| answer.map(|answer| RedFlagAnswer { question_id: q.id.to_owned(), answer })).collect();
    Ok(Assessment { outcome: outcome(&answers), positives: positives(&answers), answers })
}

/// The outcome of a set of answers; answers to unknown questions count for nothing.
pub fn outcome(answers: &[RedFlagAnswer]) -> Outcome {
    let positives = positives(answers);
    if positives.iter().any(|p| p.urgency == Urgency::Emergency) {
        Outcome::Emergency
    } else if positives.is_empty() {
        Outcome::NoneFlagged
    } else {
        Outcome::SameDay
    }
}

/// The answers that raised the outcome, most urgent first, each group in question order.
pub fn positives(answers: &[RedFlagAnswer]) -> Vec<RedFlagPositive> {
    let mut positives: Vec<RedFlagPositive> = SIGNS
        .iter()
        .filter_map(|q| {
            let answer = answers.iter().find(|a| a.question_id == q.id)?.answer;
            let urgency = match answer {
                Answer::Yes => q.urgency,
                Answer::NotSure => q.if_not_sure?,
                Answer::No => return None,
            };
            Some(RedFlagPositive { id: q.id.to_owned(), urgency, text: q.text.to_owned() })
        })
        .collect();
    // Stable: question order is kept within each urgency.
    positives.sort_by_key(|p| p.urgency);
    positives
}

/// A check ready to store, taken at `now` in the person's zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRedFlagCheck {
    pub taken_at: DateTime<FixedOffset>,
    pub day: NaiveDate,
    pub time_zone: String,
    pub outcome: Outcome,
    pub answers: Vec<RedFlagAnswer>,
}

impl NewRedFlagCheck {
    pub fn taken(assessment: Assessment, now: DateTime<Tz>) -> Self {
        NewRedFlagCheck {
            taken_at: now.fixed_offset(),
            day: now.date_naive(),
            time_zone: now.timezone().name().to_owned(),
            outcome: assessment.outcome,
            answers: assessment.answers,
        }
    }
}

/// A stored check, as the UI and the surgeon's report see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RedFlagCheck {
    pub id: Uuid,
    /// RFC 3339 with the offset in force then.
    #[ts(type = "string")]
    pub taken_at: DateTime<FixedOffset>,
    /// The local calendar day, fixed when the check was taken.
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub outcome: Outcome,
    pub answers: Vec<RedFlagAnswer>,
    pub positives: Vec<RedFlagPositive>,
}

/// Pain at or above this level brings the offer to check for warning signs.
pub const OFFER_INTENSITY: u8 = 8;

/// Whether a saved diary entry should gently offer the warning-signs check: strong pain
/// (`OFFER_INTENSITY` or more), pain below either knee, numbness, tingling, or pain down both
/// legs (an emergency sign of its own). It only offers: the check itself decides nothing here.
pub fn offers_check(entry: &PainDetails) -> bool {
    entry.intensity >= OFFER_INTENSITY
        || entry.sites.iter().any(|site| site.is_below_knee())
        || entry.qualities.iter().any(|q| matches!(q, PainQuality::Numb | PainQuality::Tingling))
        || entry.leg_radiation == Some(LegRadiation::Both)
}

#[cfg(test)]
mod tests;
