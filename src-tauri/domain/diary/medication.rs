//! The person's own medication list. Entries pick from it; a medication is archived, never
//! deleted, so past entries keep their meaning.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::validation::ValidationErrors;

pub const NAME_MAX_CHARS: usize = 80;

/// A medication as typed in the form.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export)]
pub struct MedicationDraft {
    pub name: String,
    pub default_dose: String,
}

/// A checked medication, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MedicationDetails {
    pub name: String,
    pub default_dose: String,
}

/// A medication on the person's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Medication {
    pub id: Uuid,
    pub name: String,
    pub default_dose: String,
    pub archived: bool,
}

/// Checks a medication form. `other_names` are the names already on the list (excluding the
/// one being edited), compared without regard to case.
pub fn validate_medication(draft: &MedicationDraft, other_names: &[String]) -> Result<MedicationDetails, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let name = draft.name.trim().to_owned();
    let default_dose = draft.default_dose.trim().to_owned();
    if name.is_empty() {
        errors.push("name", crate::t!("diary-medication-name-missing"));
    } else if name.chars().count() > NAME_MAX_CHARS {
        errors.push("name", crate::t!("diary-medication-name-too-long", max = NAME_MAX_CHARS));
    } else if other_names.iter().any(|other| other.to_lowercase() == name.to_lowercase()) {
        errors.push("name", crate::t!("diary-medication-already-listed"));
    }
    if default_dose.chars().count() > crate::domain::diary::DOSE_MAX_CHARS {
        errors.push("defaultDose", crate::t!("diary-dose-too-long", max = crate::domain::diary::DOSE_MAX_CHARS));
    }
    if errors.is_empty() {
        Ok(MedicationDetails { name, default_dose })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str, dose: &str) -> MedicationDraft {
        MedicationDraft { name: name.into(), default_dose: dose.into() }
    }

    #[test]
    fn a_named_medication_is_accepted_and_trimmed() {
        let details = validate_medication(&draft("  Ibuprofen ", " 400 mg "), &[]).expect("the medication is valid");
        assert_eq!(details, MedicationDetails { name: "Ibuprofen".into(), default_dose: "400 mg".into() });
    }

    #[test]
    fn an_empty_name_is_rejected() {
        let errors = validate_medication(&draft("   ", ""), &[]).err().unwrap_or_default();
        assert_eq!(errors.message_for("name"), Some("Enter the medication's name."));
    }

    #[test]
    fn a_duplicate_name_is_rejected_whatever_its_case() {
        let errors = validate_medication(&draft("ibuprofen", ""), &["Ibuprofen".into()]).err().unwrap_or_default();
        assert!(errors.message_for("name").is_some(), "the list holds each medication once");
    }

    #[test]
    fn an_overlong_dose_is_rejected() {
        let errors = validate_medication(&draft("Naproxen", &"9".repeat(41)), &[]).err().unwrap_or_default();
        assert!(errors.message_for("defaultDose").is_some());
    }
}
