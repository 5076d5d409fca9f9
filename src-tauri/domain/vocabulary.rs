//! The fixed words of the pain diary: where it hurts, what it feels like, what changed it.
//!
//! Each list is a closed set. The wire name (snake_case) is what the UI sends, what the store
//! keeps (its CHECK constraints list the same names) and what exports use, so renaming a variant
//! is a schema change.
//!
//! Every value's words live in the `diary` catalog, as `diary-<list>-<wire name>`, and it has
//! them in two forms: [`text`](BodySite::text), what a person reads, in the language in force;
//! and [`label`](BodySite::label), the same message always in English, which machine-read files
//! keep (FHIR's `display`) and the UI's generated label list starts from.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::{message_in, Language};

/// The English words of a vocabulary message, kept for the life of the process so that
/// [`BodySite::label`] and its kin can lend them out as `&'static str`. The vocabularies are
/// closed, so this holds at most one string per value.
fn english_words(id: &'static str) -> &'static str {
    static KEPT: LazyLock<Mutex<HashMap<&'static str, &'static str>>> = LazyLock::new(Default::default);
    let mut kept = KEPT.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    kept.entry(id).or_insert_with(|| Box::leak(message_in(Language::En, id, None).into_boxed_str()))
}

/// Declares a closed vocabulary: the enum, its wire names, the catalog messages of its words
/// (`$prefix-<wire name>`), and a parser.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident $prefix:literal { $($variant:ident => $wire:literal),+ $(,)? }) => {
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

            /// The value in English whatever the language in force: FHIR's `display` and the
            /// UI's generated list keep these. For words a person reads, use [`Self::text`].
            pub fn label(self) -> &'static str {
                english_words(self.message_id())
            }

            /// The catalog message that holds the value's words for a person.
            pub fn message_id(self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, "-", $wire)),+ }
            }

            /// The value in plain words, in the language in force: what screens, the report and
            /// the command line show a person. In English it is [`Self::label`].
            pub fn text(self) -> String {
                $crate::i18n::message(self.message_id(), None)
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
    BodySite "diary-site" {
        LowerBackLeft => "lower_back_left",
        LowerBackCentre => "lower_back_centre",
        LowerBackRight => "lower_back_right",
        ButtockLeft => "buttock_left",
        ButtockRight => "buttock_right",
        HipLeft => "hip_left",
        HipRight => "hip_right",
        ThighBackLeft => "thigh_back_left",
        ThighBackRight => "thigh_back_right",
        BelowKneeLeft => "below_knee_left",
        BelowKneeRight => "below_knee_right",
    }
);

vocabulary!(
    /// What the pain feels like.
    PainQuality "diary-quality" {
        Aching => "aching",
        Sharp => "sharp",
        Burning => "burning",
        Shooting => "shooting",
        Tingling => "tingling",
        Numb => "numb",
        Stiff => "stiff",
    }
);

vocabulary!(
    /// Something that made the pain worse.
    WorseFactor "diary-worse" {
        Sitting => "sitting",
        Standing => "standing",
        Walking => "walking",
        Bending => "bending",
        Lifting => "lifting",
        Exercise => "exercise",
        LyingDown => "lying_down",
        Other => "other",
    }
);

vocabulary!(
    /// Something that made the pain better.
    BetterFactor "diary-better" {
        Rest => "rest",
        Heat => "heat",
        Ice => "ice",
        Movement => "movement",
        Stretching => "stretching",
        Medication => "medication",
        Other => "other",
    }
);

vocabulary!(
    /// Whether the pain runs down a leg, and which. Absent on an entry means "not answered".
    LegRadiation "diary-leg" {
        No => "no",
        Left => "left",
        Right => "right",
        Both => "both",
    }
);

vocabulary!(
    /// Mood at the time of the entry, on a five-step scale.
    Mood "diary-mood" {
        VeryLow => "very_low",
        Low => "low",
        Okay => "okay",
        Good => "good",
        VeryGood => "very_good",
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

    /// Every value of every list, as (message id, English label).
    fn every_value() -> Vec<(&'static str, &'static str)> {
        let mut all: Vec<(&'static str, &'static str)> = Vec::new();
        all.extend(BodySite::ALL.iter().map(|v| (v.message_id(), v.label())));
        all.extend(PainQuality::ALL.iter().map(|v| (v.message_id(), v.label())));
        all.extend(WorseFactor::ALL.iter().map(|v| (v.message_id(), v.label())));
        all.extend(BetterFactor::ALL.iter().map(|v| (v.message_id(), v.label())));
        all.extend(LegRadiation::ALL.iter().map(|v| (v.message_id(), v.label())));
        all.extend(Mood::ALL.iter().map(|v| (v.message_id(), v.label())));
        all
    }

    #[test]
    fn every_value_has_words_in_both_languages_and_its_label_stays_english() {
        use crate::i18n::{message_ids, scoped};
        for language in Language::ALL {
            let known = message_ids(language);
            for (id, _) in every_value() {
                assert!(known.iter().any(|k| k == id), "{id} is missing from the {} diary catalog", language.code());
            }
        }
        let in_spanish = scoped(Language::Es, || (BodySite::ButtockLeft.label(), Mood::VeryLow.label(), LegRadiation::Both.label()));
        assert_eq!(in_spanish, ("Left buttock", "Very low", "Yes, both legs"), "FHIR's display words do not follow the language");
        for (id, label) in every_value() {
            assert_eq!(message_in(Language::En, id, None), label, "the label is the English message");
        }
    }

    #[test]
    fn a_spanish_reader_sees_the_body_map_in_spanish_each_place_in_words_of_its_own() {
        use crate::i18n::{scoped, Language};
        let places: Vec<String> = scoped(Language::Es, || BodySite::ALL.iter().map(|site| site.text()).collect());
        assert_eq!(places[3], "Nalga izquierda", "buttocks are nalgas in the glossary");
        let unique: std::collections::HashSet<&String> = places.iter().collect();
        assert_eq!(unique.len(), places.len(), "two places share Spanish words: {places:?}");
        assert_eq!(BodySite::ButtockLeft.label(), "Left buttock", "the machine-read label stays English whatever the language");
    }

    #[test]
    fn unknown_names_are_rejected() {
        assert_eq!(BodySite::from_wire("elbow"), None);
        assert_eq!(BetterFactor::from_wire("Heat"), None, "names are case-sensitive");
    }
}
