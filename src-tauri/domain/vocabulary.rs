//! The fixed words of the pain diary: where it hurts, what it feels like, what changed it.
//!
//! Each list is a closed set. The wire name (snake_case) is what the UI sends, what the store
//! keeps (its CHECK constraints list the same names) and what exports use, so renaming a variant
//! is a schema change.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Declares a closed vocabulary: the enum, its wire names and a parser that names the field
/// on failure.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $wire:literal),+ $(,)? }) => {
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
    PainQuality {
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
    WorseFactor {
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
    BetterFactor {
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
    LegRadiation {
        No => "no",
        Left => "left",
        Right => "right",
        Both => "both",
    }
);

vocabulary!(
    /// Mood at the time of the entry, on a five-step scale.
    Mood {
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

#[cfg(test)]
mod tests {
    use super::*;

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
