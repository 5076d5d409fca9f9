//! Malformed catalogs: each is refused with the file and the field named, and none panics.

use proptest::prelude::*;
use serde_json::{json, Value};

use super::tests::{remove, set, small_catalog};
use super::*;

/// Parses `small_catalog()` after `change`, and returns the error it must produce.
fn rejection(change: impl FnOnce(&mut Value)) -> CatalogError {
    let mut catalog = small_catalog();
    change(&mut catalog);
    match parse_catalog("test.json", &catalog.to_string()) {
        Ok(_) => panic!("expected the changed catalog to be refused: {catalog}"),
        Err(error) => error,
    }
}

fn assert_names(error: &CatalogError, path: &str, words: &str) {
    let message = error.to_string();
    assert!(message.starts_with("test.json: "), "the message names the file first: {message}");
    assert_eq!(error.path(), Some(path), "the message points at the field: {message}");
    assert!(message.contains(words), "the message explains the problem ({words:?}): {message}");
}

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
fn a_position_is_needed_a_bed_only_on_the_floor_and_cautions_are_known_and_unrepeated() {
    let add = |key: &'static str, value: Value| {
        move |catalog: &mut Value| {
            if let Some(object) = catalog.pointer_mut("/families/0/levels/1").and_then(Value::as_object_mut) {
                object.insert(key.to_owned(), value);
            }
        }
    };
    let error = rejection(remove("/families/0/levels/1", "position"));
    assert_names(&error, "families[0].levels[1].position", "missing");
    let error = rejection(set("/families/0/levels/1/position", json!("trampoline")));
    assert_names(&error, "families[0].levels[1].position", "unknown variant");
    let error = rejection(|catalog| {
        set("/families/0/levels/1/position", json!("standing"))(catalog);
        add("bed", json!("Lie on a bed."))(catalog);
    });
    assert_names(&error, "families[0].levels[1].bed", "only for floor versions");
    let error = rejection(add("avoidIf", json!(["knee_trouble"])));
    assert_names(&error, "families[0].levels[1].avoidIf", "unknown variant");
    let error = rejection(add("avoidIf", json!(["balance", "balance"])));
    assert_names(&error, "families[0].levels[1].avoidIf", "repeats");
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
    assert_eq!(
        muscles, r#"["gluteus_maximus","gluteus_medius","gluteus_minimus","piriformis","hamstrings","hip_flexors","core"]"#,
        "the catalog's muscle names"
    );
}
