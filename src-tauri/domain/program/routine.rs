//! Today's routine: which exercises, in which order, at the person's level in each family, and
//! the shorter "gentle day" routine. Pure: the catalog and the levels come in as arguments.
//!
//! # Rules
//! - **Order**: the catalog's family order, except that the closing stretch
//!   ([`CLOSING_STRETCH_FAMILY`], the piriformis stretch) always comes last.
//! - **Level**: each family at the person's level. A family without that level uses the nearest
//!   one it has: water falls back to modified, then to standard; harder and modified fall back to
//!   standard (every family has one). So `harder` on the piriformis stretch is its standard hold.
//! - **Normal day**: every family, and it must fit [`NORMAL_MAX_SECONDS`] (15 minutes) by the
//!   catalog's estimate ([`crate::domain::program::exercise::Dose::estimated_seconds`]: work and rest between sets,
//!   not the moment it takes to get into position). When harder levels push it over, exercises are
//!   **left out from the end of the routine, the closing stretch excepted**, until it fits; what
//!   was left out is listed in [`Routine::left_out`] so the screen can say so. With the built-in
//!   catalog every family at standard is 14.7 minutes and at modified 14.1, so nothing is left out
//!   until some families go harder (or to water, whose versions take longer). A routine can be
//!   shorter than 10 minutes only if the catalog itself holds less than that.
//! - **Gentle day**: only the [`GENTLE_FAMILIES`] (the floor exercises that load the back least,
//!   and the closing stretch), each at the modified level, or water for a family the person
//!   does in water; it must fit under [`GENTLE_MAX_SECONDS`] (10 minutes) by the same rule.

use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

use crate::domain::program::exercise::{Catalog, Exercise, ExerciseFamily, Level};

/// The family that always closes a routine and is never left out to save time.
pub const CLOSING_STRETCH_FAMILY: &str = "piriformis-stretch";
/// The families of a gentle day: lying-down glute work and the closing stretch.
pub const GENTLE_FAMILIES: [&str; 4] = ["glute-bridge", "leg-raise", "side-leg-lift", CLOSING_STRETCH_FAMILY];
/// The longest normal routine, in seconds (15 minutes).
pub const NORMAL_MAX_SECONDS: u32 = 15 * 60;
/// The shortest normal routine the program aims for, in seconds (10 minutes).
pub const NORMAL_MIN_SECONDS: u32 = 10 * 60;
/// The longest gentle routine, in seconds (10 minutes).
pub const GENTLE_MAX_SECONDS: u32 = 10 * 60;

/// A routine to run, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Routine {
    pub gentle: bool,
    pub exercises: Vec<Exercise>,
    /// The catalog's estimate for the whole routine, in seconds.
    pub estimated_seconds: u32,
    /// Family ids left out so the routine fits its time, in routine order.
    pub left_out: Vec<String>,
}

/// Builds the routine for a normal day (`gentle` false) or a gentle day. `levels` maps family
/// ids to the person's level; a family missing from it is at standard.
pub fn build_routine(catalog: &Catalog, levels: &HashMap<String, Level>, gentle: bool) -> Routine {
    let mut families: Vec<&ExerciseFamily> =
        catalog.families.iter().filter(|family| !gentle || GENTLE_FAMILIES.contains(&family.id.as_str())).collect();
    // Stable: the closing stretch moves to the end, the others keep catalog order.
    families.sort_by_key(|family| family.id == CLOSING_STRETCH_FAMILY);

    let mut exercises: Vec<Exercise> = families
        .iter()
        .filter_map(|family| {
            let level = levels.get(&family.id).copied().unwrap_or(Level::Standard);
            let level = if gentle { gentle_level(level) } else { level };
            version_at(family, level).cloned()
        })
        .collect();

    let limit = if gentle { GENTLE_MAX_SECONDS } else { NORMAL_MAX_SECONDS };
    let mut left_out: Vec<String> = Vec::new();
    let mut total: u32 = exercises.iter().map(|e| e.estimated_seconds).sum();
    while total > limit {
        let Some(index) = exercises.iter().rposition(|e| e.family != CLOSING_STRETCH_FAMILY) else {
            break;
        };
        let dropped = exercises.remove(index);
        total -= dropped.estimated_seconds;
        left_out.push(dropped.family);
    }
    left_out.reverse();
    Routine { gentle, exercises, estimated_seconds: total, left_out }
}

/// The version of `family` to do at `level`, by the fallback rule in the module docs.
pub fn version_at(family: &ExerciseFamily, level: Level) -> Option<&Exercise> {
    family.level(level).or_else(|| if level == Level::Water { family.level(Level::Modified) } else { None }).or_else(|| family.standard())
}

/// A gentle day stays in the pool for someone who trains in water; everyone else does the
/// modified version.
fn gentle_level(level: Level) -> Level {
    if level == Level::Water {
        Level::Water
    } else {
        Level::Modified
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::program::exercise::builtin_catalog;

    fn catalog() -> Catalog {
        builtin_catalog().expect("the built-in catalog must load")
    }

    fn everyone_at(catalog: &Catalog, level: Level) -> HashMap<String, Level> {
        catalog.families.iter().map(|family| (family.id.clone(), level)).collect()
    }

    fn families(routine: &Routine) -> Vec<&str> {
        routine.exercises.iter().map(|e| e.family.as_str()).collect()
    }

    #[test]
    fn a_new_person_gets_every_family_at_standard_in_catalog_order_within_ten_to_fifteen_minutes() {
        let catalog = catalog();
        let routine = build_routine(&catalog, &HashMap::new(), false);
        let order: Vec<&str> = catalog.families.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(families(&routine), order, "no level stored means standard everywhere, nothing left out");
        assert!(routine.exercises.iter().all(|e| e.level == Level::Standard));
        assert!(
            (NORMAL_MIN_SECONDS..=NORMAL_MAX_SECONDS).contains(&routine.estimated_seconds),
            "the standard routine is {} s; the program promises 10 to 15 minutes",
            routine.estimated_seconds
        );
        assert!(routine.left_out.is_empty());
    }

    #[test]
    fn every_uniform_level_fits_fifteen_minutes_and_ends_with_the_piriformis_stretch() {
        let catalog = catalog();
        for level in Level::ALL {
            let routine = build_routine(&catalog, &everyone_at(&catalog, level), false);
            assert!(routine.estimated_seconds <= NORMAL_MAX_SECONDS, "{level:?}: {} s is over 15 minutes", routine.estimated_seconds);
            assert!(routine.estimated_seconds >= NORMAL_MIN_SECONDS, "{level:?}: {} s is under 10 minutes", routine.estimated_seconds);
            assert_eq!(families(&routine).last(), Some(&CLOSING_STRETCH_FAMILY), "{level:?}: the stretch closes the routine");
            let total: u32 = routine.exercises.iter().map(|e| e.estimated_seconds).sum();
            assert_eq!(total, routine.estimated_seconds, "the total is the sum of its exercises");
        }
    }

    #[test]
    fn harder_levels_leave_out_exercises_from_the_end_but_keep_the_stretch() {
        let catalog = catalog();
        let routine = build_routine(&catalog, &everyone_at(&catalog, Level::Harder), false);
        assert_eq!(routine.left_out, ["donkey-kick", "squat", "lunge"], "dropped from the end of the catalog order, stretch excepted");
        assert_eq!(families(&routine), ["glute-bridge", "hamstring", "leg-raise", "side-leg-lift", "piriformis-stretch"]);
        let stretch = routine.exercises.last().map(|e| e.level);
        assert_eq!(stretch, Some(Level::Standard), "the stretch has no harder version, so it falls back to standard");
    }

    #[test]
    fn one_family_at_a_harder_level_changes_only_that_exercise() {
        let catalog = catalog();
        let levels = HashMap::from([("glute-bridge".to_owned(), Level::Harder)]);
        let routine = build_routine(&catalog, &levels, false);
        assert_eq!(routine.exercises[0].id, "glute-bridge.harder");
        assert!(routine.exercises[1..].iter().all(|e| e.level == Level::Standard));
    }

    #[test]
    fn a_gentle_day_is_the_gentle_families_at_modified_under_ten_minutes() {
        let catalog = catalog();
        let routine = build_routine(&catalog, &everyone_at(&catalog, Level::Harder), true);
        assert!(routine.gentle);
        assert_eq!(families(&routine), GENTLE_FAMILIES, "a gentle day is the documented subset, in order");
        assert!(routine.exercises.iter().all(|e| e.level == Level::Modified), "gentle means modified, whatever the usual level");
        assert!(routine.estimated_seconds <= GENTLE_MAX_SECONDS, "{} s is over 10 minutes", routine.estimated_seconds);
    }

    #[test]
    fn a_gentle_day_stays_in_the_pool_for_someone_on_water() {
        let catalog = catalog();
        let routine = build_routine(&catalog, &everyone_at(&catalog, Level::Water), true);
        let levels: Vec<(&str, Level)> = routine.exercises.iter().map(|e| (e.family.as_str(), e.level)).collect();
        assert_eq!(
            levels,
            [
                ("glute-bridge", Level::Modified),
                ("leg-raise", Level::Water),
                ("side-leg-lift", Level::Water),
                ("piriformis-stretch", Level::Modified),
            ],
            "water where the family has it, modified where it does not"
        );
        assert!(routine.estimated_seconds <= GENTLE_MAX_SECONDS);
    }
}
