//! The pain diary entry and the rules every entry obeys, wherever it comes from (the UI, the CLI,
//! an import). Pure: the current time and the time zone come in as arguments.

pub mod history;
pub mod history_pages;
pub mod medication;

use chrono::{DateTime, FixedOffset, NaiveDate};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::local_time::check_past_time;
use crate::domain::validation::ValidationErrors;
use crate::domain::vocabulary::{BetterFactor, BodySite, LegRadiation, Mood, PainQuality, WorseFactor};

/// The longest note, in characters (not bytes), so the limit reads the same in every script.
pub const NOTE_MAX_CHARS: usize = 4_000;
/// The longest dose text, such as "400 mg" or "2 tablets".
pub const DOSE_MAX_CHARS: usize = 40;

/// A pain entry as the person filled it in, before any checks. Loose types on purpose: the
/// intensity is a number that may not be whole and the lists are free text, so that each
/// mistake is reported against its own field instead of failing to parse as a whole.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct PainEntryDraft {
    /// Local wall-clock time `YYYY-MM-DDTHH:MM` (seconds optional). `None` means now.
    pub occurred_at: Option<String>,
    pub intensity: Option<f64>,
    pub sites: Vec<String>,
    pub leg_radiation: Option<String>,
    pub qualities: Vec<String>,
    pub worse: Vec<String>,
    pub better: Vec<String>,
    pub medications: Vec<MedicationDoseDraft>,
    pub sleep_quality: Option<f64>,
    pub interference: Option<f64>,
    pub mood: Option<String>,
    pub note: Option<String>,
    pub for_surgeon: Option<bool>,
}

/// One medication taken, as entered.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export)]
pub struct MedicationDoseDraft {
    pub medication_id: String,
    pub dose: String,
}

/// A medication taken with an entry: which one from the person's list, and how much.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MedicationDose {
    pub medication_id: Uuid,
    pub dose: String,
}

/// The part of an entry the person chose. Valid by construction: only `validate` makes one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PainDetails {
    /// The local calendar day the entry belongs to, fixed when it was logged.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// The moment, with the UTC offset that was in force then (RFC 3339 on the wire).
    #[ts(type = "string")]
    pub occurred_at: DateTime<FixedOffset>,
    /// The IANA time zone the person was in, such as "Europe/London".
    pub time_zone: String,
    pub intensity: u8,
    pub sites: Vec<BodySite>,
    pub leg_radiation: Option<LegRadiation>,
    pub qualities: Vec<PainQuality>,
    pub worse: Vec<WorseFactor>,
    pub better: Vec<BetterFactor>,
    pub medications: Vec<MedicationDose>,
    pub sleep_quality: Option<u8>,
    pub interference: Option<u8>,
    pub mood: Option<Mood>,
    pub note: String,
    pub for_surgeon: bool,
}

/// A stored pain entry. The UUID makes backups and restores idempotent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PainEntry {
    pub id: Uuid,
    #[serde(flatten)]
    pub details: PainDetails,
}

/// Where and when validation happens: the person's time zone, the present moment, and the
/// medications on their list (an entry may only name those).
pub struct DiaryContext<'a> {
    pub now: DateTime<Tz>,
    pub known_medications: &'a [Uuid],
}

/// Checks a draft and turns it into details ready to store, or lists every field that is wrong.
pub fn validate(draft: &PainEntryDraft, context: &DiaryContext<'_>) -> Result<PainDetails, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let occurred_at = check_past_time("occurredAt", draft.occurred_at.as_deref(), context.now, &mut errors);
    let intensity = match draft.intensity {
        None => {
            errors.push("intensity", crate::t!("diary-intensity-missing"));
            None
        }
        Some(value) => check_scale("intensity", value, Scale::Intensity, &mut errors),
    };
    let sites = check_words("sites", &draft.sites, BodySite::from_wire, &mut errors);
    let qualities = check_words("qualities", &draft.qualities, PainQuality::from_wire, &mut errors);
    let worse = check_words("worse", &draft.worse, WorseFactor::from_wire, &mut errors);
    let better = check_words("better", &draft.better, BetterFactor::from_wire, &mut errors);
    let leg_radiation = check_optional_word("legRadiation", draft.leg_radiation.as_deref(), LegRadiation::from_wire, &mut errors);
    let mood = check_optional_word("mood", draft.mood.as_deref(), Mood::from_wire, &mut errors);
    let sleep_quality = draft.sleep_quality.and_then(|v| check_scale("sleepQuality", v, Scale::Sleep, &mut errors));
    let interference = draft.interference.and_then(|v| check_scale("interference", v, Scale::Interference, &mut errors));
    let medications = check_medications(&draft.medications, context.known_medications, &mut errors);
    let note = draft.note.as_deref().unwrap_or("").trim().to_owned();
    let note_chars = note.chars().count();
    if note_chars > NOTE_MAX_CHARS {
        errors.push("note", crate::t!("common-note-too-long", max = NOTE_MAX_CHARS, count = note_chars));
    }

    match (occurred_at, intensity) {
        (Some(occurred_at), Some(intensity)) if errors.is_empty() => Ok(PainDetails {
            day: occurred_at.date_naive(),
            occurred_at: occurred_at.fixed_offset(),
            time_zone: context.now.timezone().name().to_owned(),
            intensity,
            sites,
            leg_radiation,
            qualities,
            worse,
            better,
            medications,
            sleep_quality,
            interference,
            mood,
            note,
            for_surgeon: draft.for_surgeon.unwrap_or(false),
        }),
        _ => Err(errors),
    }
}

/// Which 0-10 answer a message is about: the catalog names each in its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scale {
    Intensity,
    Sleep,
    Interference,
    PainBefore,
    PainAfter,
    PainDuring,
    Effort,
    Rating,
}

impl Scale {
    /// The `$scale` the catalog selects on.
    fn key(self) -> &'static str {
        match self {
            Scale::Intensity => "intensity",
            Scale::Sleep => "sleep",
            Scale::Interference => "interference",
            Scale::PainBefore => "pain_before",
            Scale::PainAfter => "pain_after",
            Scale::PainDuring => "pain_during",
            Scale::Effort => "effort",
            Scale::Rating => "rating",
        }
    }
}

/// A 0-10 scale answer that must be a whole number.
pub(crate) fn check_scale(field: &str, value: f64, scale: Scale, errors: &mut ValidationErrors) -> Option<u8> {
    if !value.is_finite() || value.fract() != 0.0 {
        errors.push(field, crate::t!("common-scale-not-whole", scale = scale.key()));
        None
    } else if !(0.0..=10.0).contains(&value) {
        errors.push(field, crate::t!("common-scale-out-of-range", scale = scale.key()));
        None
    } else {
        Some(value as u8)
    }
}

/// Parses a list of vocabulary words; duplicates collapse, order follows the vocabulary. The
/// field (`sites`, `qualities`, `worse`, `better`) says which list a stray word was sent for.
fn check_words<T: Ord + Copy>(field: &str, words: &[String], parse: fn(&str) -> Option<T>, errors: &mut ValidationErrors) -> Vec<T> {
    let mut parsed = Vec::with_capacity(words.len());
    for word in words {
        match parse(word) {
            Some(value) => parsed.push(value),
            None => errors.push(field, crate::t!("diary-unknown-word", list = field, word = word.as_str())),
        }
    }
    parsed.sort();
    parsed.dedup();
    parsed
}

fn check_optional_word<T>(field: &str, word: Option<&str>, parse: fn(&str) -> Option<T>, errors: &mut ValidationErrors) -> Option<T> {
    let word = word.map(str::trim).filter(|w| !w.is_empty())?;
    let parsed = parse(word);
    if parsed.is_none() {
        errors.push(field, crate::t!("diary-not-a-choice", word = word));
    }
    parsed
}

fn check_medications(drafts: &[MedicationDoseDraft], known: &[Uuid], errors: &mut ValidationErrors) -> Vec<MedicationDose> {
    let mut doses: Vec<MedicationDose> = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let id = Uuid::parse_str(draft.medication_id.trim()).ok().filter(|id| known.contains(id));
        let Some(medication_id) = id else {
            errors.push("medications", crate::t!("diary-medication-not-on-list"));
            continue;
        };
        let dose = draft.dose.trim().to_owned();
        if dose.chars().count() > DOSE_MAX_CHARS {
            errors.push("medications", crate::t!("diary-dose-too-long", max = DOSE_MAX_CHARS));
        } else if doses.iter().any(|d| d.medication_id == medication_id) {
            errors.push("medications", crate::t!("diary-medication-twice"));
        } else {
            doses.push(MedicationDose { medication_id, dose });
        }
    }
    doses
}

#[cfg(test)]
impl PainEntry {
    /// A test entry with only a time (RFC 3339 with its offset) and an intensity; its day is the
    /// local date of that time, as `validate` would fix it.
    pub(crate) fn for_test(at: &str, intensity: u8) -> Self {
        let occurred_at = DateTime::parse_from_rfc3339(at).unwrap_or_else(|e| panic!("bad test time {at}: {e}"));
        PainEntry {
            id: Uuid::new_v4(),
            details: PainDetails {
                day: occurred_at.date_naive(),
                occurred_at,
                time_zone: "Europe/London".into(),
                intensity,
                sites: vec![],
                leg_radiation: None,
                qualities: vec![],
                worse: vec![],
                better: vec![],
                medications: vec![],
                sleep_quality: None,
                interference: None,
                mood: None,
                note: String::new(),
                for_surgeon: false,
            },
        }
    }
}

#[cfg(test)]
mod tests;
