//! Rules of the exercise catalog, read as sentences.

use super::*;
use crate::i18n::Language;
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

// The Spanish catalog.

/// What a translation keeps of one exercise: id, level, muscles, dose, illustration,
/// position, cautions, and whether it has a bed note.
type Shape = (String, Level, Vec<Muscle>, Dose, String, Position, Vec<Caution>, bool);

fn spanish() -> Catalog {
    builtin_catalog_in(Language::Es).expect("the shipped Spanish catalog must load")
}

#[test]
fn the_spanish_catalog_matches_the_english_one_in_everything_but_its_words() {
    let (english, spanish) = (builtin(), spanish());
    if let Err(errors) = check_translation(&english, &spanish, "catalog.es.json") {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("catalog.es.json differs from catalog.json in {} place(s):\n{}", list.len(), list.join("\n"));
    }
    // The comparison above, spelled out: a stored session or level finds the same exercise,
    // dose and picture in either language.
    let shape = |catalog: &Catalog| -> Vec<Shape> {
        catalog
            .families
            .iter()
            .flat_map(|family| family.levels.iter())
            .map(|e| (e.id.clone(), e.level, e.muscles.clone(), e.dose, e.illustration.clone(), e.position, e.avoid_if.clone(), e.bed.is_some()))
            .collect()
    };
    assert_eq!(shape(&spanish), shape(&english), "ids, levels, muscles, doses, illustrations, positions, cautions and bed notes agree");
    let family_ids = |catalog: &Catalog| catalog.families.iter().map(|f| f.id.clone()).collect::<Vec<_>>();
    assert_eq!(family_ids(&spanish), family_ids(&english), "the families run in the same order, so routines do too");
}

#[test]
fn the_spanish_catalog_is_really_in_spanish() {
    let (english, spanish) = (builtin(), spanish());
    for (ours, theirs) in spanish.families.iter().flat_map(|f| f.levels.iter()).zip(english.families.iter().flat_map(|f| f.levels.iter())) {
        assert_ne!(ours.steps, theirs.steps, "{}: the steps are translated, not copied", ours.id);
        assert_ne!(ours.feel, theirs.feel, "{}: what to feel is translated", ours.id);
        assert_ne!(ours.stop_if, theirs.stop_if, "{}: the stop signs are translated", ours.id);
    }
}

#[test]
fn a_spanish_exercise_has_its_spanish_name_and_steps() {
    let catalog = spanish();
    let bridge = catalog.exercise("glute-bridge.standard").expect("the same id exists in Spanish");
    assert_eq!(bridge.name, "Puente de glúteos", "the name a Spanish reader sees");
    assert_eq!(
        bridge.steps.first().map(String::as_str),
        Some("Acuéstese boca arriba con las rodillas dobladas y los pies planos en el piso, separados al ancho de la cadera."),
        "the steps are the Spanish file's, in order"
    );
    assert_eq!(catalog.family("glute-bridge").map(|f| f.name.as_str()), Some("Puente de glúteos"));
}

#[test]
fn inside_a_spanish_scope_the_builtin_catalog_speaks_spanish_and_keeps_its_ids() {
    let (english_name, spanish_name) = (
        crate::i18n::scoped(Language::En, || super::builtin().map(|c| c.exercise("glute-bridge.standard").map(|e| e.name.clone()))),
        crate::i18n::scoped(Language::Es, || super::builtin().map(|c| c.exercise("glute-bridge.standard").map(|e| e.name.clone()))),
    );
    assert_eq!(english_name, Ok(Some("Glute bridge".to_owned())), "English is served in English");
    assert_eq!(spanish_name, Ok(Some("Puente de glúteos".to_owned())), "the language in force picks the catalog; the id is the same");
}

#[test]
fn every_spanish_pool_version_carries_the_care_note_in_spanish() {
    let english_note = builtin().families.iter().flat_map(|f| f.levels.iter()).find_map(|e| e.care.clone()).expect("a pool version");
    for exercise in spanish().families.iter().flat_map(|family| family.levels.iter()) {
        let care = exercise.care.as_deref().unwrap_or_default();
        if exercise.position == Position::Pool {
            assert!(care.contains("alguien más"), "{}: the note speaks Spanish: {care:?}", exercise.id);
            assert_ne!(care, english_note, "{}: not the English note", exercise.id);
        } else {
            assert!(exercise.care.is_none(), "{}: {care:?}", exercise.id);
        }
    }
}

#[test]
fn a_translation_with_another_dose_avoid_if_or_id_is_refused_with_its_path() {
    let english = parse_catalog("test.json", &small_catalog().to_string()).expect("the catalog parses");
    let mut changed = small_catalog();
    set("/families/0/levels/1/dose/reps", json!(12))(&mut changed);
    if let Some(modified) = changed.pointer_mut("/families/0/levels/0").and_then(Value::as_object_mut) {
        modified.insert("avoidIf".into(), json!(["pregnancy"]));
    }
    set("/families/0/levels/1/name", json!("Puente"))(&mut changed);
    let translated = parse_catalog("test.es.json", &changed.to_string()).expect("the translation parses");
    let errors = check_translation(&english, &translated, "test.es.json").expect_err("a changed dose and caution are not translations");
    let paths: Vec<Option<&str>> = errors.iter().map(CatalogError::path).collect();
    assert_eq!(
        paths,
        [Some("families[0].levels[bridge.modified].avoidIf"), Some("families[0].levels[bridge.standard].dose")],
        "each structural difference is named by its exercise and field, and a new name is not one: {errors:?}"
    );

    let mut renamed = small_catalog();
    set("/families/0/id", json!("puente"))(&mut renamed);
    set("/families/0/levels/0/id", json!("puente.modified"))(&mut renamed);
    set("/families/0/levels/1/id", json!("puente.standard"))(&mut renamed);
    let translated = parse_catalog("test.es.json", &renamed.to_string()).expect("the translation parses");
    let errors = check_translation(&english, &translated, "test.es.json").expect_err("a translated id would orphan stored sessions");
    assert_eq!(errors.first().and_then(CatalogError::path), Some("families"), "{errors:?}");
}
