//! The exercise catalog: which exercises exist, how hard each one is, how much of it to do and
//! what to watch for. The catalog is data (`assets/exercises/catalog.json`, described in
//! `assets/exercises/README.md`); this module gives it types and refuses a file that breaks
//! the rules, naming the file and the field, so a mistake in the content never reaches a person.
//!
//! Families are identified by string ids, not a Rust enum, so that adding a family is a change
//! to the data only.
//!
//! The catalog is written in each language: `catalog.es.json` is the Spanish one, with the same
//! ids, levels, doses, muscles, illustrations, positions and cautions and only its words
//! translated ([`check_translation`]). [`builtin`] serves the language in force; sessions and
//! levels are stored by id, so they read the same whichever language is chosen.
//!
//! Levels of a family form a ladder, easiest first:
//!
//! ```text
//!     modified  ->  standard  ->  harder        (step up / step back move along this line)
//!        |
//!      water                                    (a side step: a pool version at about the
//!                                                 effort of `modified`, not a rung of its own)
//! ```
//!
//! Stepping up from `water` goes to `standard`; there is nothing to step back to from `water` or
//! from `modified`. Moving between `modified` and `water` is [`ExerciseFamily::side_step`],
//! because it depends on having a pool, not on how the back feels.

use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The catalog format this code reads. A file with another number is refused rather than
/// half-understood.
pub const FORMAT_VERSION: i64 = 1;
/// How long one repetition takes when the dose does not say: lift, brief pause, lower.
pub const DEFAULT_REP_SECONDS: u8 = 3;

/// Sane bounds for a dose. Anything outside is a typing mistake in the catalog, not a program.
pub const SETS_RANGE: RangeInclusive<i64> = 1..=5;
pub const REPS_RANGE: RangeInclusive<i64> = 1..=30;
pub const REP_SECONDS_RANGE: RangeInclusive<i64> = 2..=10;
pub const HOLD_SECONDS_RANGE: RangeInclusive<i64> = 5..=120;
pub const REST_SECONDS_RANGE: RangeInclusive<i64> = 0..=180;
/// Steps are short on purpose: a person reads them on a phone lying on the floor.
pub const STEPS_RANGE: RangeInclusive<usize> = 3..=6;
pub const STOP_IF_RANGE: RangeInclusive<usize> = 1..=3;
/// Illustration paths are relative to `assets/exercises/` and must sit in this folder.
pub const ILLUSTRATION_DIR: &str = "illustrations/";
/// Time to read the steps and get into position for an exercise, counted in its estimate.
/// Moving between exercises on the floor is quick; getting down there the first time is slower,
/// so this is an average.
pub const SETUP_SECONDS: u32 = 15;
/// Time to change sides in a per-side set (turn over, step round), counted in the estimate.
pub const SIDE_SWITCH_SECONDS: u32 = 5;

const BUILTIN_FILE: &str = "catalog.json";
const BUILTIN_JSON: &str = include_str!("../../../../assets/exercises/catalog.json");
/// The Spanish catalog: the same structure, ids and numbers as the English one, in Spanish
/// words (checked by [`check_translation`]).
const BUILTIN_FILE_ES: &str = "catalog.es.json";
const BUILTIN_JSON_ES: &str = include_str!("../../../../assets/exercises/catalog.es.json");

/// How hard a version of an exercise is. Declaration order is display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Level {
    /// For days or people whose pain makes the standard version too much.
    Modified,
    Standard,
    /// A progression once the standard version is comfortable.
    Harder,
    /// A pool version, roughly as demanding as `Modified`.
    Water,
}

impl Level {
    /// Every level, in display order.
    pub const ALL: [Level; 4] = [Level::Modified, Level::Standard, Level::Harder, Level::Water];

    /// The name used in the catalog, in exercise ids and over IPC.
    pub fn wire_name(self) -> &'static str {
        match self {
            Level::Modified => "modified",
            Level::Standard => "standard",
            Level::Harder => "harder",
            Level::Water => "water",
        }
    }

    /// Height on the ladder. Water shares the bottom rung with modified, which is why stepping
    /// up from it lands on standard.
    fn rung(self) -> u8 {
        match self {
            Level::Modified | Level::Water => 0,
            Level::Standard => 1,
            Level::Harder => 2,
        }
    }

    /// The level with this wire name, if any.
    pub fn from_wire(name: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|level| level.wire_name() == name)
    }

    fn is_on_ladder(self) -> bool {
        self != Level::Water
    }
}

/// The muscles the program talks about. Thigh-front and calf muscles work too in some
/// exercises but are not what BackTrack trains for, so they are not listed; the hip flexors
/// are, because the hip flexor stretch is for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Muscle {
    GluteusMaximus,
    GluteusMedius,
    GluteusMinimus,
    Piriformis,
    Hamstrings,
    /// The muscles at the front of the hip (iliopsoas and friends), which sitting shortens.
    HipFlexors,
    Core,
}

impl Muscle {
    /// Every muscle, in the order the UI lists them.
    pub const ALL: [Muscle; 7] = [
        Muscle::GluteusMaximus,
        Muscle::GluteusMedius,
        Muscle::GluteusMinimus,
        Muscle::Piriformis,
        Muscle::Hamstrings,
        Muscle::HipFlexors,
        Muscle::Core,
    ];
}

/// What one set asks for: a number of repetitions, or one hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum Effort {
    Reps {
        count: u8,
        /// How long one repetition takes, pauses included; used only for time estimates.
        #[serde(rename = "secondsPerRep")]
        seconds_per_rep: u8,
    },
    Hold {
        seconds: u16,
    },
}

/// How much of an exercise to do. With `per_side`, every set is done once on each side
/// (left then right), and the other side's turn is that side's rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Dose {
    pub sets: u8,
    pub effort: Effort,
    pub per_side: bool,
    /// The pause after each set but the last.
    pub rest_seconds: u16,
}

impl Dose {
    /// Estimated time for the whole exercise, in seconds, getting into position included, so
    /// "about 15 minutes" on the routine is true:
    ///
    /// `SETUP + sets × sides × work + (sets − 1) × rest + switches`, where `sides` is 2 for a
    /// per-side dose, `work` is `reps × secondsPerRep` or the hold, and `switches` is
    /// [`SIDE_SWITCH_SECONDS`] for each change of side (one per set of a per-side dose).
    ///
    /// Worked example: 2 sets of 10 reps each side at 3 s, 30 s rest:
    /// 15 + 2 × 2 × 30 + 1 × 30 + 2 × 5 = 175 s.
    pub fn estimated_seconds(&self) -> u32 {
        let sets = u32::from(self.sets);
        let sides = if self.per_side { 2 } else { 1 };
        let work = match self.effort {
            Effort::Reps { count, seconds_per_rep } => u32::from(count) * u32::from(seconds_per_rep),
            Effort::Hold { seconds } => u32::from(seconds),
        };
        let switches = if self.per_side { sets * SIDE_SWITCH_SECONDS } else { 0 };
        SETUP_SECONDS + sets * sides * work + sets.saturating_sub(1) * u32::from(self.rest_seconds) + switches
    }
}

/// One version of one exercise, such as `glute-bridge.standard`. Valid by construction: only
/// [`parse_catalog`] makes one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Exercise {
    /// Always `<family id>.<level>`; stable, so sessions stored today still find it later.
    pub id: String,
    pub family: String,
    pub level: Level,
    pub name: String,
    /// 3 to 6 steps in order; the UI numbers them.
    pub steps: Vec<String>,
    /// At least one, no repeats, in the catalog's order.
    pub muscles: Vec<Muscle>,
    pub dose: Dose,
    /// What the person should feel, in one sentence.
    pub feel: String,
    /// 1 to 3 signs to stop the exercise.
    pub stop_if: Vec<String>,
    /// Relative to `assets/exercises/`, always under `illustrations/`.
    pub illustration: String,
    /// Where the body is: floor, standing, seated or pool.
    pub position: Position,
    /// How to do it on a firm bed instead, for floor versions that allow it.
    pub bed: Option<String>,
    /// Who should not do this version as written (matched to the safety check), no repeats.
    pub avoid_if: Vec<Caution>,
    /// A word of care that comes with where it is done, in the catalog's language (see
    /// [`Position::care_note`]).
    pub care: Option<String>,
    /// `dose.estimated_seconds()`, worked out once at load so the UI does not repeat the formula.
    pub estimated_seconds: u32,
}

/// An exercise and its versions. `levels` is sorted by [`Level`] order, holds each level at
/// most once and always holds `Standard`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExerciseFamily {
    pub id: String,
    pub name: String,
    /// One sentence on why this exercise is in the program.
    pub summary: String,
    pub levels: Vec<Exercise>,
}

impl ExerciseFamily {
    /// The version at `level`, if this family has one.
    pub fn level(&self, level: Level) -> Option<&Exercise> {
        self.levels.iter().find(|exercise| exercise.level == level)
    }

    /// The standard version; every family has one.
    pub fn standard(&self) -> Option<&Exercise> {
        self.level(Level::Standard)
    }

    /// The next harder version on the ladder, or `None` at the top.
    pub fn step_up(&self, from: Level) -> Option<&Exercise> {
        self.levels.iter().find(|e| e.level.is_on_ladder() && e.level.rung() > from.rung())
    }

    /// The next easier version on the ladder, or `None` at the bottom (and from water).
    pub fn step_back(&self, from: Level) -> Option<&Exercise> {
        self.levels.iter().rev().find(|e| e.level.is_on_ladder() && e.level.rung() < from.rung())
    }

    /// The version beside `from`: water for modified and modified for water; `None` otherwise
    /// or when the family has no pool version.
    pub fn side_step(&self, from: Level) -> Option<&Exercise> {
        match from {
            Level::Modified => self.level(Level::Water),
            Level::Water => self.level(Level::Modified),
            Level::Standard | Level::Harder => None,
        }
    }
}

/// The whole exercise catalog. Family ids and exercise ids are unique; families keep the
/// catalog's order, which is the order a routine runs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Catalog {
    pub families: Vec<ExerciseFamily>,
}

impl Catalog {
    pub fn family(&self, id: &str) -> Option<&ExerciseFamily> {
        self.families.iter().find(|family| family.id == id)
    }

    /// Looks an exercise up by its id, such as `glute-bridge.standard`.
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.families.iter().flat_map(|family| family.levels.iter()).find(|exercise| exercise.id == id)
    }

    /// The next harder version of the exercise with this id; `None` at the top or for an
    /// unknown id.
    pub fn step_up(&self, exercise_id: &str) -> Option<&Exercise> {
        let exercise = self.exercise(exercise_id)?;
        self.family(&exercise.family)?.step_up(exercise.level)
    }

    /// The next easier version of the exercise with this id; `None` at the bottom or for an
    /// unknown id.
    pub fn step_back(&self, exercise_id: &str) -> Option<&Exercise> {
        let exercise = self.exercise(exercise_id)?;
        self.family(&exercise.family)?.step_back(exercise.level)
    }

    /// The version of every family at `level`, in catalog order, skipping families without it.
    pub fn at_level(&self, level: Level) -> Vec<&Exercise> {
        self.families.iter().filter_map(|family| family.level(level)).collect()
    }
}

/// Estimated time for a list of exercises done one after the other, in seconds.
pub fn estimated_total_seconds<'a>(exercises: impl IntoIterator<Item = &'a Exercise>) -> u32 {
    exercises.into_iter().map(|exercise| exercise.estimated_seconds).sum()
}

mod placement;
pub use placement::{Caution, Position};

mod reader;
pub use reader::{builtin, builtin_catalog, builtin_catalog_in, builtin_in, parse_catalog, CatalogError};
mod translation;
pub use translation::check_translation;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod malformed_tests;
