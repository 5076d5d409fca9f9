//! Where an exercise is done and who should not do it as written: the catalog facts the safety
//! check before the program (`domain::program::safety`) works from.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where the body is for an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Position {
    /// Lying or kneeling on the floor (some can be done on a firm bed: see `Exercise::bed`).
    Floor,
    Standing,
    /// Starting from a chair.
    Seated,
    /// In the water.
    Pool,
}

impl Position {
    /// A word of care for every version done here, shown with its steps, in the language in
    /// force; `None` where the steps say all that is needed.
    pub fn care_note(self) -> Option<String> {
        match self {
            Position::Pool => Some(crate::t!("content-care-pool")),
            Position::Floor | Position::Standing | Position::Seated => None,
        }
    }
}

/// A reason a version is not offered as written, matched to a "yes" in the safety check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Caution {
    /// Bending the hip up while turning the leg out (the figure-four stretches): movements that
    /// hip-replacement precautions often limit.
    HipReplacement,
    /// Standing on one leg or stepping without support.
    Balance,
    /// Lying flat on the back for a while, which is best avoided after the first trimester.
    Pregnancy,
    /// Bending the spine forward under load.
    Osteoporosis,
}
