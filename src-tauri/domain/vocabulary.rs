//! The fixed words of the pain diary: where it hurts, what it feels like, what changed it.
//!
//! Each list is a closed set. The wire name (snake_case) is what the UI sends, what the store
//! keeps (its CHECK constraints list the same names) and what exports use, so renaming a variant
//! is a schema change.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Declares a closed vocabulary: the enum, its wire names, its words for people, and a parser.
/// The words are the one source for every face: the UI reads them from the generated
/// `ui/src/lib/bindings/vocabularyLabels.ts`, and the report and the FHIR bundle call `label`.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $wire:literal, $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        #[ts(export)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order the UI lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable name used over IPC, in the database and in exports.
            pub fn wire_name(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }

            /// The value in plain words, as every screen, the report and the FHIR bundle show it.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// Parses a wire name; `None` for anything outside the vocabulary.
            pub fn from_wire(text: &str) -> Option<Self> {
                match text { $($wire => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

vocabulary!(
    /// A place on the body map. Sides are the person's own left and right.
    BodySite {
        LowerBackLeft => "lower_back_left", "Lower back, left side",
        LowerBackCentre => "lower_back_centre", "Lower back, middle",
        LowerBackRight => "lower_back_right", "Lower back, right side",
        ButtockLeft => "buttock_left", "Left buttock",
        ButtockRight => "buttock_right", "Right buttock",
        HipLeft => "hip_left", "Left hip",
        HipRight => "hip_right", "Right hip",
        ThighBackLeft => "thigh_back_left", "Back of left thigh",
        ThighBackRight => "thigh_back_right", "Back of right thigh",
        BelowKneeLeft => "below_knee_left", "Left leg below the knee",
        BelowKneeRight => "below_knee_right", "Right leg below the knee",
    }
);

vocabulary!(
    /// What the pain feels like.
    PainQuality {
        Aching => "aching", "Aching",
        Sharp => "sharp", "Sharp",
        Burning => "burning", "Burning",
        Shooting => "shooting", "Shooting",
        Tingling => "tingling", "Tingling",
        Numb => "numb", "Numb",
        Stiff => "stiff", "Stiff",
    }
);

vocabulary!(
    /// Something that made the pain worse.
    WorseFactor {
        Sitting => "sitting", "Sitting",
        Standing => "standing", "Standing",
        Walking => "walking", "Walking",
        Bending => "bending", "Bending",
        Lifting => "lifting", "Lifting",
        Exercise => "exercise", "Exercise",
        LyingDown => "lying_down", "Lying down",
        Other => "other", "Something else",
    }
);

vocabulary!(
    /// Something that made the pain better.
    BetterFactor {
        Rest => "rest", "Rest",
        Heat => "heat", "Heat",
        Ice => "ice", "Ice",
        Movement => "movement", "Moving around",
        Stretching => "stretching", "Stretching",
        Medication => "medication", "Medication",
        Other => "other", "Something else",
    }
);

vocabulary!(
    /// Whether the pain runs down a leg, and which. Absent on an entry means "not answered".
    LegRadiation {
        No => "no", "No",
        Left => "left", "Yes, left leg",
        Right => "right", "Yes, right leg",
        Both => "both", "Yes, both legs",
    }
);

vocabulary!(
    /// Mood at the time of the entry, on a five-step scale.
    Mood {
        VeryLow => "very_low", "Very low",
        Low => "low", "Low",
        Okay => "okay", "Okay",
        Good => "good", "Good",
        VeryGood => "very_good", "Very good",
    }
);

impl BodySite {
    /// Sites below the knee: pain there suggests a nerve is involved, which the report and the
    /// red-flag prompt care about.
    pub fn is_below_knee(self) -> bool {
        matches!(self, BodySite::BelowKneeLeft | BodySite::BelowKneeRight)
    }
}

/// The TypeScript module of every vocabulary's words, in the order the UI lists them:
/// `ui/src/lib/bindings/vocabularyLabels.ts`, written by the test `labels_reach_the_ui` beside
/// the ts-rs bindings, so a change here reaches the UI (and CI fails until it is committed).
pub fn labels_module() -> String {
    let mut out = String::from("// Written by `cargo test` from src-tauri/domain/vocabulary.rs (labels_module). Do not edit.\n");
    let mut lists = String::new();
    let mut list = |type_name: &str, constant: &str, items: Vec<(&str, &str)>| {
        out.push_str(&format!("import type {{ {type_name} }} from './{type_name}';\n"));
        lists.push_str(&format!("\nexport const {constant}: ReadonlyArray<{{ value: {type_name}; label: string }}> = [\n"));
        for (wire, label) in items {
            lists.push_str(&format!("  {{ value: {wire:?}, label: {label:?} }},\n"));
        }
        lists.push_str("];\n");
    };
    list("BodySite", "BODY_SITE_LABELS", BodySite::ALL.iter().map(|v| (v.wire_name(), v.label())).collect());
    list("PainQuality", "PAIN_QUALITY_LABELS", PainQuality::ALL.iter().map(|v| (v.wire_name(), v.label())).collect());
    list("WorseFactor", "WORSE_FACTOR_LABELS", WorseFactor::ALL.iter().map(|v| (v.wire_name(), v.label())).collect());
    list("BetterFactor", "BETTER_FACTOR_LABELS", BetterFactor::ALL.iter().map(|v| (v.wire_name(), v.label())).collect());
    list("LegRadiation", "LEG_RADIATION_LABELS", LegRadiation::ALL.iter().map(|v| (v.wire_name(), v.label())).collect());
    list("Mood", "MOOD_LABELS", Mood::ALL.iter().map(|v| (v.wire_name(), v.label())).collect());
    out.push_str(&lists);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes the labels beside the ts-rs bindings, as ts-rs writes the types.
    #[test]
    fn labels_reach_the_ui() {
        let dir = std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| "ui/src/lib/bindings".to_owned());
        let path = std::path::Path::new(&dir).join("vocabularyLabels.ts");
        std::fs::write(&path, labels_module()).unwrap_or_else(|e| panic!("{} could not be written: {e}", path.display()));
        let module = labels_module();
        assert!(module.contains(r#"{ value: "buttock_left", label: "Left buttock" }"#), "{module}");
        assert!(module.contains("export const MOOD_LABELS"), "{module}");
    }

    #[test]
    fn every_value_has_words_of_its_own() {
        let labels: Vec<&str> = BodySite::ALL.iter().map(|site| site.label()).collect();
        let unique: std::collections::HashSet<&&str> = labels.iter().collect();
        assert_eq!(unique.len(), labels.len(), "two places share words: {labels:?}");
        let words = PainQuality::ALL
            .iter()
            .map(|v| v.label())
            .chain(WorseFactor::ALL.iter().map(|v| v.label()))
            .chain(BetterFactor::ALL.iter().map(|v| v.label()));
        assert!(words.chain(LegRadiation::ALL.iter().map(|v| v.label())).chain(Mood::ALL.iter().map(|v| v.label())).all(|w| !w.trim().is_empty()));
    }

    #[test]
    fn every_wire_name_parses_back_to_its_variant() {
        for site in BodySite::ALL {
            assert_eq!(BodySite::from_wire(site.wire_name()), Some(*site));
        }
        for factor in WorseFactor::ALL {
            assert_eq!(WorseFactor::from_wire(factor.wire_name()), Some(*factor));
        }
        for mood in Mood::ALL {
            assert_eq!(Mood::from_wire(mood.wire_name()), Some(*mood));
        }
    }

    #[test]
    fn wire_names_match_serde_names() {
        for quality in PainQuality::ALL {
            let json = serde_json::to_string(quality).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", quality.wire_name()), "IPC and store must agree");
        }
    }

    #[test]
    fn unknown_names_are_rejected() {
        assert_eq!(BodySite::from_wire("elbow"), None);
        assert_eq!(BetterFactor::from_wire("Heat"), None, "names are case-sensitive");
    }
}
