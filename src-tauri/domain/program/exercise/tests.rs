//! Rules of the exercise catalog, read as sentences.

use super::*;
use proptest::prelude::*;
use serde_json::json;
use serde_json::Value;
use std::path::Path;

const TEN_MINUTES: u32 = 10 * 60;
const FIFTEEN_MINUTES: u32 = 15 * 60;

fn builtin() -> Catalog {
    builtin_catalog().unwrap_or_else(|error| panic!("the shipped catalog must load: {error}"))
}

fn exercise(level: &str, dose: Value) -> Value {
    json!({
        "id": format!("bridge.{level}"),
        "level": level,
        "name": "Bridge",
        "steps": ["Lie on your back.", "Lift your hips.", "Lower slowly."],
        "muscles": ["gluteus_maximus", "core"],
        "dose": dose,
        "feel": "Work in your buttocks.",
        "stopIf": ["Sharp or shooting pain"],
        "illustration": "illustrations/glute-bridge.svg"
    })
}

/// The smallest catalog that passes: one family with a modified and a standard level.
fn small_catalog() -> Value {
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

/// Parses `small_catalog()` after `change`, and returns the error it must produce.
fn rejection(change: impl FnOnce(&mut Value)) -> CatalogError {
    let mut catalog = small_catalog();
    change(&mut catalog);
    match parse_catalog("test.json", &catalog.to_string()) {
        Ok(_) => panic!("expected the changed catalog to be refused: {catalog}"),
        Err(error) => error,
    }
}

fn set(pointer: impl Into<String>, value: Value) -> impl FnOnce(&mut Value) {
    let pointer = pointer.into();
    move |catalog: &mut Value| match catalog.pointer_mut(&pointer) {
        Some(slot) => *slot = value,
        None => panic!("test pointer {pointer} does not exist"),
    }
}

fn remove(pointer: &'static str, key: &'static str) -> impl FnOnce(&mut Value) {
    move |catalog: &mut Value| match catalog.pointer_mut(pointer).and_then(Value::as_object_mut) {
        Some(object) => {
            object.remove(key);
        }
        None => panic!("test pointer {pointer} is not an object"),
    }
}

fn assert_names(error: &CatalogError, path: &str, words: &str) {
    let message = error.to_string();
    assert!(message.starts_with("test.json: "), "the message names the file first: {message}");
    assert_eq!(error.path(), Some(path), "the message points at the field: {message}");
    assert!(message.contains(words), "the message explains the problem ({words:?}): {message}");
}

// The shipped catalog.

#[test]
fn the_shipped_catalog_loads() {
    let catalog = builtin();
    assert_eq!(catalog.families.len(), 8, "six glute families plus the piriformis stretch and the hamstring strengthener");
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
fn a_standard_routine_takes_ten_to_fifteen_minutes() {
    let catalog = builtin();
    let routine: Vec<&Exercise> = catalog.families.iter().filter_map(ExerciseFamily::standard).collect();
    assert_eq!(routine.len(), catalog.families.len(), "every family has a standard level");
    let total = estimated_total_seconds(routine.iter().copied());
    assert!(
        (TEN_MINUTES..=FIFTEEN_MINUTES).contains(&total),
        "10-15 minutes done regularly is what the program promises; the standard routine takes {total} s"
    );
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
    let family = catalog.family("piriformis-stretch").unwrap_or_else(|| panic!("the stretch is in the catalog"));
    assert_eq!(family.side_step(Level::Modified), None, "no pool version, see the README");
}

// Levels and look-ups.

#[test]
fn an_exercise_is_found_by_its_id() {
    let catalog = builtin();
    let bridge = catalog.exercise("glute-bridge.standard").unwrap_or_else(|| panic!("the bridge is in the catalog"));
    assert_eq!(bridge.family, "glute-bridge");
    assert_eq!(bridge.level, Level::Standard);
    assert_eq!(catalog.exercise("glute-bridge.expert"), None, "an unknown id finds nothing");
}

#[test]
fn levels_are_listed_easiest_first_with_water_last() {
    let catalog = builtin();
    let family = catalog.family("squat").unwrap_or_else(|| panic!("squats are in the catalog"));
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
    let family = catalog.family("squat").unwrap_or_else(|| panic!("squats are in the catalog"));
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
    let parsed = parse_catalog("test.json", &catalog.to_string()).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(parsed.step_back("bridge.standard"), None);
    assert_eq!(parsed.step_up("bridge.standard"), None);
}

// Durations.

#[test]
fn duration_counts_every_rep_on_each_side_and_the_rests_between_sets() {
    let dose = Dose { sets: 2, effort: Effort::Reps { count: 10, seconds_per_rep: 3 }, per_side: true, rest_seconds: 30 };
    assert_eq!(dose.estimated_seconds(), 2 * 2 * 30 + 30, "the worked example in the doc comment");
}

#[test]
fn duration_of_a_hold_is_the_hold_itself_and_no_rest_follows_the_last_set() {
    let dose = Dose { sets: 3, effort: Effort::Hold { seconds: 20 }, per_side: false, rest_seconds: 15 };
    assert_eq!(dose.estimated_seconds(), 3 * 20 + 2 * 15);
}

#[test]
fn rep_seconds_default_to_three_and_can_be_set() {
    let catalog = parse_catalog("test.json", &small_catalog().to_string()).unwrap_or_else(|error| panic!("{error}"));
    let standard = catalog.exercise("bridge.standard").map(|e| e.dose.effort);
    assert_eq!(standard, Some(Effort::Reps { count: 10, seconds_per_rep: DEFAULT_REP_SECONDS }));
    let mut slow = small_catalog();
    if let Some(dose) = slow.pointer_mut("/families/0/levels/1/dose").and_then(Value::as_object_mut) {
        dose.insert("repSeconds".into(), json!(6));
    }
    let catalog = parse_catalog("test.json", &slow.to_string()).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(catalog.exercise("bridge.standard").map(|e| e.estimated_seconds), Some(2 * 10 * 6 + 30));
}

// Malformed catalogs: each names the file and the field, and none panics.

#[test]
fn a_rep_count_out_of_range_is_reported_with_its_full_path() {
    let error = rejection(set("/families/0/levels/1/dose/reps", json!(45)));
    assert_eq!(error.to_string(), "test.json: families[0].levels[1].dose.reps: 45 is more than 30");
}

#[test]
fn every_dose_number_has_bounds() {
    let cases = [
        ("sets", json!(0), "0 is less than 1"),
        ("sets", json!(6), "6 is more than 5"),
        ("reps", json!(0), "0 is less than 1"),
        ("restSeconds", json!(181), "181 is more than 180"),
        ("restSeconds", json!(-5), "-5 is less than 0"),
    ];
    for (field, value, words) in cases {
        let error = rejection(set(format!("/families/0/levels/0/dose/{field}"), value));
        assert_names(&error, &format!("families[0].levels[0].dose.{field}"), words);
    }
}

#[test]
fn hold_and_rep_seconds_have_bounds_too() {
    let long_hold = json!({ "sets": 2, "holdSeconds": 200, "perSide": true, "restSeconds": 0 });
    let error = rejection(set("/families/0/levels/0/dose", long_hold));
    assert_names(&error, "families[0].levels[0].dose.holdSeconds", "200 is more than 120");
    let fast = json!({ "sets": 2, "reps": 8, "repSeconds": 1, "perSide": false, "restSeconds": 30 });
    let error = rejection(set("/families/0/levels/0/dose", fast));
    assert_names(&error, "families[0].levels[0].dose.repSeconds", "1 is less than 2");
}

#[test]
fn a_dose_gives_reps_or_a_hold_but_not_both_or_neither() {
    let both = json!({ "sets": 2, "reps": 8, "holdSeconds": 20, "perSide": false, "restSeconds": 30 });
    assert_names(&rejection(set("/families/0/levels/0/dose", both)), "families[0].levels[0].dose.holdSeconds", "not both");
    let neither = json!({ "sets": 2, "perSide": false, "restSeconds": 30 });
    assert_names(&rejection(set("/families/0/levels/0/dose", neither)), "families[0].levels[0].dose.reps", "either reps or holdSeconds");
    let paced_hold = json!({ "sets": 2, "holdSeconds": 20, "repSeconds": 4, "perSide": false, "restSeconds": 30 });
    assert_names(&rejection(set("/families/0/levels/0/dose", paced_hold)), "families[0].levels[0].dose.repSeconds", "only applies to reps");
}

#[test]
fn a_number_written_as_text_or_a_fraction_is_refused() {
    let error = rejection(set("/families/0/levels/0/dose/reps", json!("ten")));
    assert_names(&error, "families[0].levels[0].dose.reps", "expected a whole number");
    let error = rejection(set("/families/0/levels/0/dose/sets", json!(2.5)));
    assert_names(&error, "families[0].levels[0].dose.sets", "expected a whole number");
}

#[test]
fn an_unknown_field_is_refused_wherever_it_appears() {
    let error = rejection(|catalog| {
        if let Some(object) = catalog.pointer_mut("/families/0/levels/1").and_then(Value::as_object_mut) {
            object.insert("colour".into(), json!("blue"));
        }
    });
    assert_names(&error, "families[0].levels[1].colour", "unknown field");
    let error = rejection(|catalog| {
        if let Some(object) = catalog.as_object_mut() {
            object.insert("author".into(), json!("me"));
        }
    });
    assert_names(&error, "author", "unknown field");
    let error = rejection(|catalog| {
        if let Some(object) = catalog.pointer_mut("/families/0/levels/0/dose").and_then(Value::as_object_mut) {
            object.insert("weightKg".into(), json!(5));
        }
    });
    assert_names(&error, "families[0].levels[0].dose.weightKg", "unknown field");
}

#[test]
fn a_missing_field_is_refused_by_name() {
    assert_names(&rejection(remove("/families/0", "name")), "families[0].name", "is missing");
    assert_names(&rejection(remove("/families/0/levels/1", "feel")), "families[0].levels[1].feel", "is missing");
    assert_names(&rejection(remove("/families/0/levels/1/dose", "perSide")), "families[0].levels[1].dose.perSide", "is missing");
    assert_names(&rejection(remove("", "formatVersion")), "formatVersion", "is missing");
}

#[test]
fn steps_must_be_there_and_not_blank() {
    assert_names(&rejection(set("/families/0/levels/1/steps", json!([]))), "families[0].levels[1].steps", "is empty");
    let blank = json!(["Lie down.", "   ", "Lower slowly."]);
    assert_names(&rejection(set("/families/0/levels/1/steps", blank)), "families[0].levels[1].steps[1]", "is empty");
    let two = json!(["Lie down.", "Get up."]);
    assert_names(&rejection(set("/families/0/levels/1/steps", two)), "families[0].levels[1].steps", "expected 3 to 6");
    let seven = json!(["1", "2", "3", "4", "5", "6", "7"]);
    assert_names(&rejection(set("/families/0/levels/1/steps", seven)), "families[0].levels[1].steps", "has 7 items");
}

#[test]
fn stop_signs_are_one_to_three() {
    assert_names(&rejection(set("/families/0/levels/0/stopIf", json!([]))), "families[0].levels[0].stopIf", "is empty");
    let four = json!(["a", "b", "c", "d"]);
    assert_names(&rejection(set("/families/0/levels/0/stopIf", four)), "families[0].levels[0].stopIf", "expected 1 to 3");
}

#[test]
fn a_family_needs_its_standard_level() {
    let error = rejection(|catalog| {
        if let Some(levels) = catalog.pointer_mut("/families/0/levels").and_then(Value::as_array_mut) {
            levels.remove(1);
        }
    });
    assert_names(&error, "families[0].levels", "no standard level");
}

#[test]
fn an_exercise_id_must_match_its_family_and_level() {
    let error = rejection(set("/families/0/levels/1/id", json!("squat.standard")));
    assert_names(&error, "families[0].levels[1].id", "expected \"bridge.standard\"");
    let error = rejection(set("/families/0/levels/1/level", json!("harder")));
    assert_names(&error, "families[0].levels[1].id", "does not match");
}

#[test]
fn a_level_listed_twice_is_a_duplicate_id() {
    let error = rejection(|catalog| {
        let copy = catalog.pointer("/families/0/levels/1").cloned().unwrap_or(Value::Null);
        if let Some(levels) = catalog.pointer_mut("/families/0/levels").and_then(Value::as_array_mut) {
            levels.push(copy);
        }
    });
    assert_names(&error, "families[0].levels[2].id", "already the id of families[0].levels[1]");
}

#[test]
fn a_family_id_used_twice_is_refused() {
    let error = rejection(|catalog| {
        let copy = catalog.pointer("/families/0").cloned().unwrap_or(Value::Null);
        if let Some(families) = catalog.pointer_mut("/families").and_then(Value::as_array_mut) {
            families.push(copy);
        }
    });
    assert_names(&error, "families[1].id", "\"bridge\" is already the id of families[0]");
}

#[test]
fn a_family_id_is_a_lowercase_slug() {
    let error = rejection(set("/families/0/id", json!("Glute Bridge")));
    assert_names(&error, "families[0].id", "lowercase letters");
}

#[test]
fn unknown_levels_and_muscles_are_refused() {
    let error = rejection(set("/families/0/levels/1/level", json!("expert")));
    assert_names(&error, "families[0].levels[1].level", "unknown variant");
    let error = rejection(set("/families/0/levels/1/muscles", json!(["gluteus_maximus", "quadriceps"])));
    assert_names(&error, "families[0].levels[1].muscles", "unknown variant");
    let error = rejection(set("/families/0/levels/1/muscles", json!(["core", "core"])));
    assert_names(&error, "families[0].levels[1].muscles[1]", "repeats");
    let error = rejection(set("/families/0/levels/1/muscles", json!([])));
    assert_names(&error, "families[0].levels[1].muscles", "is empty");
}

#[test]
fn an_illustration_must_be_a_relative_svg_under_illustrations() {
    let bad = [
        "/illustrations/glute-bridge.svg",
        "glute-bridge.svg",
        "illustrations/../catalog.json",
        "illustrations//glute-bridge.svg",
        "https://example.com/bridge.svg",
        "illustrations\\glute-bridge.svg",
        "illustrations/glute-bridge.png",
        "illustrations/",
        "C:/illustrations/glute-bridge.svg",
    ];
    for path in bad {
        let error = rejection(set("/families/0/levels/0/illustration", json!(path)));
        assert_eq!(error.path(), Some("families[0].levels[0].illustration"), "{path} must be refused: {error}");
    }
}

#[test]
fn the_format_version_must_be_the_one_this_code_reads() {
    let error = rejection(set("/formatVersion", json!(2)));
    assert_names(&error, "formatVersion", "reads format 1");
}

#[test]
fn a_catalog_needs_at_least_one_family_and_the_right_shapes() {
    assert_names(&rejection(set("/families", json!([]))), "families", "is empty");
    assert_names(&rejection(set("/families", json!({}))), "families", "expected a list");
    assert_names(&rejection(set("/families/0", json!("bridge"))), "families[0]", "expected an object");
    assert_names(&rejection(set("/families/0/name", json!(7))), "families[0].name", "expected text");
}

#[test]
fn broken_json_is_reported_with_the_file_and_position() {
    let error = parse_catalog("test.json", "{ \"formatVersion\": 1, ").err();
    let message = error.as_ref().map(ToString::to_string).unwrap_or_default();
    assert!(matches!(error, Some(CatalogError::Syntax { line: 1, .. })), "{message}");
    assert!(message.starts_with("test.json: not valid JSON at line 1"), "{message}");
    let error = parse_catalog("test.json", "[]").err();
    assert_eq!(error.as_ref().and_then(CatalogError::path), Some("(top level)"), "the catalog is an object");
}

#[test]
fn a_truncated_shipped_catalog_is_an_error_and_never_a_panic() {
    let json = BUILTIN_JSON;
    for end in (0..json.len()).step_by(211).filter(|end| json.is_char_boundary(*end)) {
        assert!(parse_catalog("cut.json", &json[..end]).is_err(), "a catalog cut at byte {end} cannot be whole");
    }
}

proptest! {
    #[test]
    fn any_text_is_answered_without_a_panic(text in ".{0,200}") {
        let _ = parse_catalog("random.json", &text);
    }

    #[test]
    fn any_dose_numbers_are_answered_without_a_panic(
        sets in any::<i64>(), reps in any::<i64>(), rest in any::<i64>(), per_side in any::<bool>()
    ) {
        let mut catalog = small_catalog();
        if let Some(dose) = catalog.pointer_mut("/families/0/levels/0/dose") {
            *dose = json!({ "sets": sets, "reps": reps, "perSide": per_side, "restSeconds": rest });
        }
        let in_range = SETS_RANGE.contains(&sets) && REPS_RANGE.contains(&reps) && REST_SECONDS_RANGE.contains(&rest);
        prop_assert_eq!(parse_catalog("random.json", &catalog.to_string()).is_ok(), in_range);
    }
}

#[test]
fn level_and_muscle_wire_names_match_serde() {
    for level in Level::ALL {
        assert_eq!(serde_json::to_string(&level).unwrap_or_default(), format!("\"{}\"", level.wire_name()), "ids and IPC agree");
    }
    let muscles = serde_json::to_string(&Muscle::ALL).unwrap_or_default();
    assert_eq!(muscles, r#"["gluteus_maximus","gluteus_medius","gluteus_minimus","piriformis","hamstrings","core"]"#, "the catalog's muscle names");
}
