//! Today's routine: which exercises, in which order, at the person's level in each family, and
//! the shorter "gentle day" routine. Pure: the catalog and the levels come in as arguments.
//!
//! # Rules
//! - **Order**: the catalog's family order, except that the closing stretch
//!   ([`CLOSING_STRETCH_FAMILY`], the piriformis stretch) always comes last.
//! - **Level**: each family at the person's level. A family without that level uses the nearest
//!   one it has: water falls back to modified, then to standard; harder and modified fall back to
//!   standard (every family has one). So `harder` on the piriformis stretch is its standard hold.
//! - **Normal day**: every family, if they all fit [`NORMAL_MAX_SECONDS`] (15 minutes) by the
//!   catalog's estimate ([`crate::domain::program::exercise::Dose::estimated_seconds`]: getting
//!   into position, work, switching sides and rest). With ten families they do not, so the
//!   families **take turns**: the closing stretch always comes, and the others are taken in
//!   catalog order from the day's starting family, wrapping round, each one that still fits
//!   joining, until none fits. The starting family moves on each day by as many families as fit
//!   from the first one, so the days tile the catalog and every family comes round every two or
//!   three days. What is not done today is listed in [`Routine::left_out`] so the screen can
//!   say so. A routine can be shorter than 10 minutes only if the catalog itself holds less.
//! - **Gentle day**: only the [`GENTLE_FAMILIES`] (the floor exercises that load the back least,
//!   and the closing stretch), each at the modified level, or water for a family the person
//!   does in water; it must fit under [`GENTLE_MAX_SECONDS`] (10 minutes) by the same rule.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use crate::domain::program::exercise::{Catalog, Exercise, ExerciseFamily, Level};
use crate::domain::program::session::{stop_every_session, stop_every_session_advice};

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
    /// Signs that stop the whole session, whatever the exercise, and what to do then.
    pub stop_signs: Vec<String>,
    pub stop_advice: String,
    /// Family ids not done today so the routine fits its time, in catalog order: their turn
    /// comes on another day.
    pub left_out: Vec<String>,
}

/// Builds the routine for a normal day (`gentle` false) or a gentle day on `day` (which picks
/// whose turn it is). `levels` maps family ids to the person's level; a family missing from it
/// is at standard.
pub fn build_routine(catalog: &Catalog, levels: &HashMap<String, Level>, gentle: bool, day: NaiveDate) -> Routine {
    let mut families: Vec<&ExerciseFamily> =
        catalog.families.iter().filter(|family| !gentle || GENTLE_FAMILIES.contains(&family.id.as_str())).collect();
    // Stable: the closing stretch moves to the end, the others keep catalog order.
    families.sort_by_key(|family| family.id == CLOSING_STRETCH_FAMILY);

    let versions: Vec<Exercise> = families
        .iter()
        .filter_map(|family| {
            let level = levels.get(&family.id).copied().unwrap_or(Level::Standard);
            let level = if gentle { gentle_level(level) } else { level };
            version_at(family, level).cloned()
        })
        .collect();

    let limit = if gentle { GENTLE_MAX_SECONDS } else { NORMAL_MAX_SECONDS };
    let (closing, turns): (Vec<Exercise>, Vec<Exercise>) = versions.into_iter().partition(|e| e.family == CLOSING_STRETCH_FAMILY);
    let budget = limit.saturating_sub(closing.iter().map(|e| e.estimated_seconds).sum());
    let chosen = todays_turns(&turns, budget, day);

    let mut exercises = Vec::new();
    let mut left_out = Vec::new();
    for (index, exercise) in turns.into_iter().enumerate() {
        if chosen.contains(&index) {
            exercises.push(exercise);
        } else {
            left_out.push(exercise.family);
        }
    }
    exercises.extend(closing);
    let estimated_seconds = exercises.iter().map(|e| e.estimated_seconds).sum();
    Routine { gentle, exercises, estimated_seconds, left_out, stop_signs: stop_every_session(), stop_advice: stop_every_session_advice() }
}

/// The indexes into `turns` done on `day` within `budget` seconds, by the turn-taking rule in
/// the module docs. All of them when they all fit.
fn todays_turns(turns: &[Exercise], budget: u32, day: NaiveDate) -> Vec<usize> {
    let count = turns.len();
    if count == 0 {
        return Vec::new();
    }
    let stride = fitting_from(turns, budget, 0).len().max(1);
    if stride == count {
        return (0..count).collect();
    }
    let day_number = usize::try_from(day.num_days_from_ce()).unwrap_or_default();
    fitting_from(turns, budget, (day_number % count) * stride % count)
}

/// Taking `turns` in order from `start`, wrapping round, the indexes of each one that still fits.
fn fitting_from(turns: &[Exercise], budget: u32, start: usize) -> Vec<usize> {
    let mut used = 0;
    let mut chosen = Vec::new();
    for index in (0..turns.len()).map(|k| (start + k) % turns.len()) {
        let seconds = turns[index].estimated_seconds;
        if used + seconds <= budget {
            used += seconds;
            chosen.push(index);
        }
    }
    chosen
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

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
    }

    /// The routines of `days` days in a row from 1 March 2026.
    fn days_in_a_row(catalog: &Catalog, levels: &HashMap<String, Level>, days: u64) -> Vec<Routine> {
        let first = day("2026-03-01");
        (0..days).map(|n| build_routine(catalog, levels, false, first + chrono::Days::new(n))).collect()
    }

    fn turn_families(catalog: &Catalog) -> Vec<&str> {
        catalog.families.iter().map(|f| f.id.as_str()).filter(|id| *id != CLOSING_STRETCH_FAMILY).collect()
    }

    #[test]
    fn a_new_persons_routine_is_standard_in_catalog_order_ten_to_fifteen_minutes_and_ends_with_the_stretch() {
        let catalog = catalog();
        let routine = build_routine(&catalog, &HashMap::new(), false, day("2026-03-01"));
        let order: Vec<&str> = catalog.families.iter().map(|f| f.id.as_str()).filter(|id| families(&routine).contains(id)).collect();
        assert_eq!(families(&routine), order, "catalog order");
        assert!(routine.exercises.iter().all(|e| e.level == Level::Standard), "no level stored means standard everywhere");
        assert!(
            (NORMAL_MIN_SECONDS..=NORMAL_MAX_SECONDS).contains(&routine.estimated_seconds),
            "the standard routine is {} s; the program promises 10 to 15 minutes",
            routine.estimated_seconds
        );
        assert_eq!(families(&routine).last(), Some(&CLOSING_STRETCH_FAMILY));
        let mut everyone: Vec<&str> = families(&routine);
        everyone.extend(routine.left_out.iter().map(String::as_str));
        everyone.sort_unstable();
        let mut all: Vec<&str> = catalog.families.iter().map(|f| f.id.as_str()).collect();
        all.sort_unstable();
        assert_eq!(everyone, all, "every family is either done today or waiting its turn");
    }

    #[test]
    fn every_uniform_level_fits_ten_to_fifteen_minutes_every_day_and_ends_with_the_piriformis_stretch() {
        let catalog = catalog();
        for level in Level::ALL {
            for routine in days_in_a_row(&catalog, &everyone_at(&catalog, level), 14) {
                assert!(routine.estimated_seconds <= NORMAL_MAX_SECONDS, "{level:?}: {} s is over 15 minutes", routine.estimated_seconds);
                assert!(routine.estimated_seconds >= NORMAL_MIN_SECONDS, "{level:?}: {} s is under 10 minutes", routine.estimated_seconds);
                assert_eq!(families(&routine).last(), Some(&CLOSING_STRETCH_FAMILY), "{level:?}: the stretch closes the routine");
                let total: u32 = routine.exercises.iter().map(|e| e.estimated_seconds).sum();
                assert_eq!(total, routine.estimated_seconds, "the total is the sum of its exercises");
            }
        }
    }

    #[test]
    fn families_take_turns_so_none_waits_more_than_two_days_in_a_row() {
        let catalog = catalog();
        for level in [Level::Modified, Level::Standard, Level::Water] {
            let routines = days_in_a_row(&catalog, &everyone_at(&catalog, level), 28);
            for family in turn_families(&catalog) {
                let done: Vec<bool> = routines.iter().map(|r| families(r).contains(&family)).collect();
                let longest_wait = done.split(|d| *d).map(<[bool]>::len).max().unwrap_or_default();
                assert!(longest_wait <= 2, "{level:?}: {family} waits {longest_wait} days in a row: {done:?}");
            }
        }
    }

    #[test]
    fn at_harder_levels_every_family_still_comes_round_within_five_days() {
        let catalog = catalog();
        let routines = days_in_a_row(&catalog, &everyone_at(&catalog, Level::Harder), 28);
        for family in turn_families(&catalog) {
            let done: Vec<bool> = routines.iter().map(|r| families(r).contains(&family)).collect();
            let longest_wait = done.split(|d| *d).map(<[bool]>::len).max().unwrap_or_default();
            assert!(longest_wait <= 4, "{family} waits {longest_wait} days in a row: {done:?}");
        }
        let stretch = routines[0].exercises.last().map(|e| e.level);
        assert_eq!(stretch, Some(Level::Standard), "the stretch has no harder version, so it falls back to standard");
    }

    #[test]
    fn the_same_day_gives_the_same_routine_and_the_next_day_moves_the_turns_on() {
        let catalog = catalog();
        let today = build_routine(&catalog, &HashMap::new(), false, day("2026-03-01"));
        assert_eq!(today, build_routine(&catalog, &HashMap::new(), false, day("2026-03-01")), "pure: a screen refresh changes nothing");
        let tomorrow = build_routine(&catalog, &HashMap::new(), false, day("2026-03-02"));
        assert_ne!(families(&today), families(&tomorrow), "tomorrow starts where today stopped");
        let done_today: Vec<&str> = families(&today);
        assert!(tomorrow.exercises.iter().any(|e| !done_today.contains(&e.family.as_str())), "tomorrow brings in what waited today");
    }

    #[test]
    fn a_catalog_that_fits_is_done_whole_every_day() {
        let catalog = catalog();
        let small = Catalog { families: catalog.families.iter().filter(|f| GENTLE_FAMILIES.contains(&f.id.as_str())).cloned().collect() };
        for routine in days_in_a_row(&small, &HashMap::new(), 3) {
            assert_eq!(families(&routine), GENTLE_FAMILIES, "nothing needs to wait when everything fits");
            assert!(routine.left_out.is_empty());
        }
    }

    #[test]
    fn every_routine_carries_the_signs_that_stop_any_session() {
        let catalog = catalog();
        for gentle in [false, true] {
            let routine = build_routine(&catalog, &HashMap::new(), gentle, day("2026-03-01"));
            assert_eq!(routine.stop_signs.len(), 4);
            for sign in ["chest", "faint", "out of breath", "numbness or weakness"] {
                assert!(routine.stop_signs.iter().any(|s| s.contains(sign)), "gentle {gentle}: {sign}");
            }
            assert!(routine.stop_advice.contains("911"));
        }
    }

    #[test]
    fn one_family_at_a_harder_level_changes_only_that_exercise() {
        let catalog = catalog();
        let levels = HashMap::from([("glute-bridge".to_owned(), Level::Harder)]);
        let routines = days_in_a_row(&catalog, &levels, 3);
        let routine = routines.iter().find(|r| families(r).contains(&"glute-bridge")).expect("the bridge comes round within 3 days");
        assert!(routine.exercises.iter().any(|e| e.id == "glute-bridge.harder"));
        for exercise in &routine.exercises {
            let expected = if exercise.family == "glute-bridge" { Level::Harder } else { Level::Standard };
            assert_eq!(exercise.level, expected, "{}", exercise.id);
        }
    }

    #[test]
    fn a_gentle_day_is_the_gentle_families_at_modified_under_ten_minutes() {
        let catalog = catalog();
        let routine = build_routine(&catalog, &everyone_at(&catalog, Level::Harder), true, day("2026-03-01"));
        assert!(routine.gentle);
        assert_eq!(families(&routine), GENTLE_FAMILIES, "a gentle day is the documented subset, in order");
        assert!(routine.exercises.iter().all(|e| e.level == Level::Modified), "gentle means modified, whatever the usual level");
        assert!(routine.estimated_seconds <= GENTLE_MAX_SECONDS, "{} s is over 10 minutes", routine.estimated_seconds);
    }

    #[test]
    fn a_gentle_day_stays_in_the_pool_for_someone_on_water() {
        let catalog = catalog();
        let routine = build_routine(&catalog, &everyone_at(&catalog, Level::Water), true, day("2026-03-01"));
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
