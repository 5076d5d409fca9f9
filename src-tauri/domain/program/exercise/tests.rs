//! Rules of the exercise catalog, read as sentences.

use super::*;
use serde_json::json;
use serde_json::Value;
use std::path::Path;

const TEN_MINUTES: u32 = 10 * 60;

fn builtin() -> Catalog {
    builtin_catalog().expect("the shipped catalog must load")
}

pub(super) fn exercise(level: &str, dose: Value) -> Value {
    json!({
        "id": format!("bridge.{level}"),
        "level": level,
        "name": "Bridge",
        "steps": ["Lie on your back.", "Lift your hips.", "Lower slowly."],
        "muscles": ["gluteus_maximus", "core"],
        "dose": dose,
        "feel": "Work in your buttocks.",
        "stopIf": ["Sharp or shooting pain"],
        "illustration": "illustrations/glute-bridge.svg",
        "position": "floor"
    })
}

/// The smallest catalog that passes: one family with a modified and a standard level.
pub(super) fn small_catalog() -> Value {
    json!({
        "formatVersion": 1,
        "families": [{
            "id": "bridge",
            "name": "Bridge",
            "summary": "Builds the buttocks.",
            "levels": [
                exercise("modified", json!({ "sets": 2, "reps": 8, "perSide": false, "restSeconds": 30 })),
                exercise("standard", json!({ "sets": 2, "reps": 10, "perSide": false, "restSeconds": 30 }))
            ]
        }]
    })
}

pub(super) fn set(pointer: impl Into<String>, value: Value) -> impl FnOnce(&mut Value) {
    let pointer = pointer.into();
    move |catalog: &mut Value| match catalog.pointer_mut(&pointer) {
        Some(slot) => *slot = value,
        None => panic!("test pointer {pointer} does not exist"),
    }
}

pub(super) fn remove(pointer: &'static str, key: &'static str) -> impl FnOnce(&mut Value) {
    move |catalog: &mut Value| match catalog.pointer_mut(pointer).and_then(Value::as_object_mut) {
        Some(object) => {
            object.remove(key);
        }
        None => panic!("test pointer {pointer} is not an object"),
    }
}

// The shipped catalog.

#[test]
fn the_shipped_catalog_loads() {
    let catalog = builtin();
    assert_eq!(catalog.families.len(), 10, "seven glute families, the hamstring strengthener and two stretches (piriformis, hip flexor)");
}

#[test]
fn every_shipped_family_has_a_modified_and_a_standard_level() {
    for family in &builtin().families {
        assert!(family.level(Level::Modified).is_some(), "{} needs a version for days when pain limits movement", family.id);
        assert!(family.level(Level::Standard).is_some(), "{} needs a standard version", family.id);
    }
}

#[test]
fn every_illustration_file_exists_and_is_a_plain_small_svg() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/exercises");
    for exercise in builtin().families.iter().flat_map(|family| family.levels.iter()) {
        let path = base.join(&exercise.illustration);
        let svg = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{} for {}: {error}", path.display(), exercise.id));
        assert!(svg.contains("viewBox=") && svg.contains("<title"), "{}: scales and has a title for screen readers", exercise.illustration);
        for forbidden in ["<script", "<image", "<foreignObject", "href", "@font-face", "url("] {
            assert!(!svg.contains(forbidden), "{}: must not contain {forbidden}, so it loads nothing and runs nothing", exercise.illustration);
        }
        assert!(svg.len() <= 3 * 1024, "{}: {} bytes; keep illustrations under 3 KB", exercise.illustration, svg.len());
    }
}

#[test]
fn every_exercise_has_an_illustration_of_its_own() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/exercises");
    for exercise in builtin().families.iter().flat_map(|family| family.levels.iter()) {
        let own = format!("{ILLUSTRATION_DIR}{}.svg", exercise.id);
        assert_eq!(exercise.illustration, own, "{}: shows its own pose, not its family's", exercise.id);
        assert!(base.join(&own).is_file(), "{own} is missing");
    }
}

#[test]
fn no_illustration_file_is_left_without_an_exercise() {
    let catalog = builtin();
    let shown: Vec<&str> = catalog.families.iter().flat_map(|family| family.levels.iter()).map(|e| e.illustration.as_str()).collect();
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/exercises").join(ILLUSTRATION_DIR);
    for entry in std::fs::read_dir(&folder).expect("the illustrations folder") {
        let name = entry.expect("a folder entry").file_name().to_string_lossy().into_owned();
        let path = format!("{ILLUSTRATION_DIR}{name}");
        assert!(shown.contains(&path.as_str()), "{path} is shipped but no exercise shows it");
    }
}

#[test]
fn no_family_at_standard_is_longer_than_four_minutes() {
    // A routine takes turns through the families (see `routine`); one long exercise would
    // crowd the others out of a 15-minute day.
    for exercise in builtin().at_level(Level::Standard) {
        assert!(exercise.estimated_seconds <= 4 * 60, "{}: {} s", exercise.id, exercise.estimated_seconds);
    }
}

#[test]
fn a_gentle_day_of_modified_exercises_takes_under_ten_minutes() {
    let catalog = builtin();
    let gentle = ["glute-bridge.modified", "side-leg-lift.modified", "squat.modified", "piriformis-stretch.modified"];
    let exercises: Vec<&Exercise> = gentle.iter().map(|id| catalog.exercise(id).unwrap_or_else(|| panic!("{id} is in the catalog"))).collect();
    let total = estimated_total_seconds(exercises);
    assert!(total < TEN_MINUTES, "a short session on a bad day must stay short; it takes {total} s");
}

#[test]
fn shipped_doses_stay_conservative() {
    for exercise in builtin().families.iter().flat_map(|family| family.levels.iter()) {
        let dose = exercise.dose;
        assert!(dose.sets <= 3, "{}: no more than 3 sets at home", exercise.id);
        assert!(dose.rest_seconds <= 45, "{}: rests of up to 45 s keep the session short", exercise.id);
        if let Effort::Hold { seconds } = dose.effort {
            assert!((20..=30).contains(&seconds), "{}: stretches are held 20-30 s", exercise.id);
        }
        assert!(exercise.stop_if.iter().any(|sign| sign.contains("leg")), "{}: pain or numbness in the leg always means stop", exercise.id);
    }
}

#[test]
fn the_piriformis_stretch_has_no_harder_or_water_version() {
    let catalog = builtin();
    assert_eq!(catalog.step_up("piriformis-stretch.standard"), None, "a stronger pull is not progress for this stretch");
    let family = catalog.family("piriformis-stretch").expect("the stretch is in the catalog");
    assert_eq!(family.side_step(Level::Modified), None, "no pool version, see the README");
}

// Levels and look-ups.

#[test]
fn an_exercise_is_found_by_its_id() {
    let catalog = builtin();
    let bridge = catalog.exercise("glute-bridge.standard").expect("the bridge is in the catalog");
    assert_eq!(bridge.family, "glute-bridge");
    assert_eq!(bridge.level, Level::Standard);
    assert_eq!(catalog.exercise("glute-bridge.expert"), None, "an unknown id finds nothing");
}

#[test]
fn levels_are_listed_easiest_first_with_water_last() {
    let catalog = builtin();
    let family = catalog.family("squat").expect("squats are in the catalog");
    let levels: Vec<Level> = family.levels.iter().map(|exercise| exercise.level).collect();
    assert_eq!(levels, vec![Level::Modified, Level::Standard, Level::Harder, Level::Water]);
}

#[test]
fn stepping_up_and_back_walks_the_ladder_and_stops_at_the_ends() {
    let catalog = builtin();
    let id = |exercise: Option<&Exercise>| exercise.map(|e| e.id.clone());
    assert_eq!(id(catalog.step_up("squat.modified")), Some("squat.standard".into()));
    assert_eq!(id(catalog.step_up("squat.standard")), Some("squat.harder".into()));
    assert_eq!(id(catalog.step_up("squat.harder")), None, "nothing above harder");
    assert_eq!(id(catalog.step_back("squat.harder")), Some("squat.standard".into()));
    assert_eq!(id(catalog.step_back("squat.standard")), Some("squat.modified".into()));
    assert_eq!(id(catalog.step_back("squat.modified")), None, "water is a side step, not a step back");
}

#[test]
fn water_sits_beside_modified() {
    let catalog = builtin();
    let family = catalog.family("squat").expect("squats are in the catalog");
    assert_eq!(family.side_step(Level::Modified).map(|e| e.level), Some(Level::Water));
    assert_eq!(family.side_step(Level::Water).map(|e| e.level), Some(Level::Modified));
    assert_eq!(family.side_step(Level::Standard), None, "only modified has a pool neighbour");
    assert_eq!(family.step_up(Level::Water).map(|e| e.level), Some(Level::Standard), "out of the pool, the next step is standard");
    assert_eq!(family.step_back(Level::Water), None, "nothing is gentler than the pool version");
}

#[test]
fn a_family_without_a_modified_level_has_no_step_back_from_standard() {
    let mut catalog = small_catalog();
    if let Some(levels) = catalog.pointer_mut("/families/0/levels").and_then(Value::as_array_mut) {
        levels.remove(0);
    }
    let parsed = parse_catalog("test.json", &catalog.to_string()).expect("the catalog parses");
    assert_eq!(parsed.step_back("bridge.standard"), None);
    assert_eq!(parsed.step_up("bridge.standard"), None);
}

// Durations.

#[test]
fn duration_counts_getting_ready_every_rep_on_each_side_the_switches_and_the_rests_between_sets() {
    let dose = Dose { sets: 2, effort: Effort::Reps { count: 10, seconds_per_rep: 3 }, per_side: true, rest_seconds: 30 };
    assert_eq!(dose.estimated_seconds(), 15 + 2 * 2 * 30 + 30 + 2 * 5, "the worked example in the doc comment");
    assert_eq!(dose.estimated_seconds(), 175);
}

#[test]
fn duration_of_a_hold_is_the_hold_itself_and_no_rest_follows_the_last_set() {
    let dose = Dose { sets: 3, effort: Effort::Hold { seconds: 20 }, per_side: false, rest_seconds: 15 };
    assert_eq!(dose.estimated_seconds(), SETUP_SECONDS + 3 * 20 + 2 * 15, "one side: no switches");
}

#[test]
fn rep_seconds_default_to_three_and_can_be_set() {
    let catalog = parse_catalog("test.json", &small_catalog().to_string()).expect("the catalog parses");
    let standard = catalog.exercise("bridge.standard").map(|e| e.dose.effort);
    assert_eq!(standard, Some(Effort::Reps { count: 10, seconds_per_rep: DEFAULT_REP_SECONDS }));
    let mut slow = small_catalog();
    if let Some(dose) = slow.pointer_mut("/families/0/levels/1/dose").and_then(Value::as_object_mut) {
        dose.insert("repSeconds".into(), json!(6));
    }
    let catalog = parse_catalog("test.json", &slow.to_string()).expect("the catalog parses");
    assert_eq!(catalog.exercise("bridge.standard").map(|e| e.estimated_seconds), Some(SETUP_SECONDS + 2 * 10 * 6 + 30));
}

#[test]
fn every_pool_version_says_to_have_someone_around_and_no_land_version_does() {
    for exercise in builtin().families.iter().flat_map(|family| family.levels.iter()) {
        let care = exercise.care.as_deref().unwrap_or_default();
        if exercise.position == Position::Pool {
            assert!(care.contains("someone else is around"), "{}: {care:?}", exercise.id);
        } else {
            assert!(exercise.care.is_none(), "{}: {care:?}", exercise.id);
        }
    }
}
