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

    /// The answer as a person reads it ("Yes", "No", "Not sure"), in the language in force.
    pub fn label(self) -> String {
        match self {
            Answer::Yes => crate::t!("learn-answer-yes"),
            Answer::No => crate::t!("learn-answer-no"),
            Answer::NotSure => crate::t!("learn-answer-not-sure"),
        }
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

    /// What the outcome tells the person to do, in the language in force: the same words the
    /// check's result shows (`CLINICAL.md`: never a diagnosis, never a promise that all is well).
    pub fn words(self) -> OutcomeWords {
        match self {
            Outcome::Emergency => OutcomeWords {
                heading: crate::t!("learn-outcome-emergency-heading"),
                steps: vec![
                    crate::t!("learn-outcome-emergency-step-call"),
                    crate::t!("learn-outcome-emergency-step-wait"),
                    crate::t!("learn-outcome-emergency-step-company"),
                ],
                short: crate::t!("learn-outcome-emergency-short"),
            },
            Outcome::SameDay => OutcomeWords {
                heading: crate::t!("learn-outcome-same-day-heading"),
                steps: vec![
                    crate::t!("learn-outcome-same-day-step-doctor"),
                    crate::t!("learn-outcome-same-day-step-closed"),
                    crate::t!("learn-outcome-same-day-step-worse"),
                ],
                short: crate::t!("learn-outcome-same-day-short"),
            },
            Outcome::NoneFlagged => OutcomeWords {
                heading: crate::t!("learn-outcome-none-heading"),
                steps: vec![crate::t!("learn-outcome-none-step")],
                short: crate::t!("learn-outcome-none-short"),
            },
        }
    }
}

/// The words of an outcome: a heading, what to do (one sentence a step), and a few words for a
/// list of past checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeWords {
    pub heading: String,
    pub steps: Vec<String>,
    pub short: String,
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
    /// Where the sign comes from: the title of an English-language source, kept as published.
    pub source: &'static str,
}

impl Sign {
    /// The question, in the language in force (the `learn` catalog, `learn-red-flag-<id>`).
    pub fn text(&self) -> String {
        match self.id {
            "saddle_numbness" => crate::t!("learn-red-flag-saddle-numbness"),
            "bladder_bowel" => crate::t!("learn-red-flag-bladder-bowel"),
            "sexual_function" => crate::t!("learn-red-flag-sexual-function"),
            "both_legs" => crate::t!("learn-red-flag-both-legs"),
            "legs_weaker" => crate::t!("learn-red-flag-legs-weaker"),
            "fever_unwell" => crate::t!("learn-red-flag-fever-unwell"),
            "weight_loss" => crate::t!("learn-red-flag-weight-loss"),
            "cancer_history" => crate::t!("learn-red-flag-cancer-history"),
            "night_pain" => crate::t!("learn-red-flag-night-pain"),
            "fall_injury" => crate::t!("learn-red-flag-fall-injury"),
            "minor_fall_older" => crate::t!("learn-red-flag-minor-fall-older"),
            "steroid_tablets" => crate::t!("learn-red-flag-steroid-tablets"),
            "weak_immune" => crate::t!("learn-red-flag-weak-immune"),
            "injected_drugs" => crate::t!("learn-red-flag-injected-drugs"),
            other => other.to_owned(),
        }
    }

    /// A plain example that helps answer, if the question needs one, in the language in force.
    pub fn hint(&self) -> Option<String> {
        match self.id {
            "saddle_numbness" => Some(crate::t!("learn-red-flag-saddle-numbness-hint")),
            "bladder_bowel" => Some(crate::t!("learn-red-flag-bladder-bowel-hint")),
            "legs_weaker" => Some(crate::t!("learn-red-flag-legs-weaker-hint")),
            "cancer_history" => Some(crate::t!("learn-red-flag-cancer-history-hint")),
            "minor_fall_older" => Some(crate::t!("learn-red-flag-minor-fall-older-hint")),
            "steroid_tablets" => Some(crate::t!("learn-red-flag-steroid-tablets-hint")),
            "weak_immune" => Some(crate::t!("learn-red-flag-weak-immune-hint")),
            "injected_drugs" => Some(crate::t!("learn-red-flag-injected-drugs-hint")),
            _ => None,
        }
    }
}

/// NICE Clinical Knowledge Summaries, "Back pain - low (without radiculopathy)": the red flags
/// for infection, fracture and cancer.
const CKS: &str = "NICE CKS: Back pain - low (without radiculopathy), red flags"; // i18n-ignore: a source's published title
/// Finucane and others (2020), the international red-flag framework in JOSPT.
const FRAMEWORK: &str = "International framework for red flags for potential serious spinal pathologies (JOSPT, 2020)"; // i18n-ignore: a source's published title
/// The NHS page on cauda equina syndrome, and the cauda equina symptom cards NHS spine services
/// give patients (Greenhalgh, Mercer and Finucane). The cards tell a person who is unsure about
/// saddle numbness or bladder and bowel changes to go to the emergency department now.
const NHS_CAUDA_EQUINA: &str = "NHS: Cauda equina syndrome, and the NHS cauda equina symptom cards"; // i18n-ignore: a source's published title
/// NICE NG59 (2016, updated 2020): rule out other causes, such as cancer, infection and trauma.
const NG59: &str = "NICE NG59: Low back pain and sciatica in over 16s"; // i18n-ignore: a source's published title

/// The signs, emergency signs first, in the order they are asked.
pub const SIGNS: [Sign; 14] = [
    Sign { id: "saddle_numbness", urgency: Urgency::Emergency, if_not_sure: Some(Urgency::Emergency), source: NHS_CAUDA_EQUINA },
    Sign { id: "bladder_bowel", urgency: Urgency::Emergency, if_not_sure: Some(Urgency::Emergency), source: NHS_CAUDA_EQUINA },
    Sign { id: "sexual_function", urgency: Urgency::Emergency, if_not_sure: Some(Urgency::SameDay), source: NHS_CAUDA_EQUINA },
    Sign { id: "both_legs", urgency: Urgency::Emergency, if_not_sure: Some(Urgency::SameDay), source: NHS_CAUDA_EQUINA },
    Sign { id: "legs_weaker", urgency: Urgency::Emergency, if_not_sure: Some(Urgency::SameDay), source: NHS_CAUDA_EQUINA },
    Sign { id: "fever_unwell", urgency: Urgency::SameDay, if_not_sure: None, source: CKS },
    Sign { id: "weight_loss", urgency: Urgency::SameDay, if_not_sure: None, source: CKS },
    Sign { id: "cancer_history", urgency: Urgency::SameDay, if_not_sure: None, source: FRAMEWORK },
    Sign { id: "night_pain", urgency: Urgency::SameDay, if_not_sure: None, source: CKS },
    Sign { id: "fall_injury", urgency: Urgency::SameDay, if_not_sure: None, source: NG59 },
    Sign { id: "minor_fall_older", urgency: Urgency::SameDay, if_not_sure: None, source: CKS },
    Sign { id: "steroid_tablets", urgency: Urgency::SameDay, if_not_sure: None, source: CKS },
    Sign { id: "weak_immune", urgency: Urgency::SameDay, if_not_sure: None, source: CKS },
    Sign { id: "injected_drugs", urgency: Urgency::SameDay, if_not_sure: None, source: CKS },
];

/// The question of the sign `id`, in the language in force; `None` for an id the check does not
/// ask. A stored check's positives carry their text in the language of the moment they were
/// loaded, so a report written in another language asks here again, by id.
pub fn question_text(id: &str) -> Option<String> {
    SIGNS.iter().find(|sign| sign.id == id).map(Sign::text)
}

/// Every question, in the order they are asked.
pub fn questions() -> Vec<RedFlagQuestion> {
    SIGNS
        .iter()
        .map(|q| RedFlagQuestion { id: q.id.to_owned(), urgency: q.urgency, text: q.text(), hint: q.hint(), source: q.source.to_owned() })
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
            problems.push(crate::t!("learn-red-flag-unknown-question", id = id));
            continue;
        };
        let Some(answer) = Answer::from_wire(draft.answer.trim()) else {
            problems.push(crate::t!("learn-red-flag-bad-answer", id = id, answer = draft.answer.as_str()));
            continue;
        };
        match given.get_mut(index) {
            Some(slot @ None) => *slot = Some(answer),
            _ => problems.push(crate::t!("learn-red-flag-answered-twice", id = id)),
        }
    }
    let unanswered: Vec<&str> = SIGNS.iter().zip(&given).filter(|(_, a)| a.is_none()).map(|(q, _)| q.id).collect();
    if !unanswered.is_empty() && problems.is_empty() {
        problems.push(crate::t!("learn-red-flag-unanswered", ids = unanswered.join(", ")));
    } else if !unanswered.is_empty() {
        problems.push(crate::t!("learn-red-flag-also-unanswered", ids = unanswered.join(", ")));
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
            Some(RedFlagPositive { id: q.id.to_owned(), urgency, text: q.text() })
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
