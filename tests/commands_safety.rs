//! The safety check before the program, through Tauri's IPC layer with the app's real ACL: its
//! answers and the chosen starting level shape the routine, every answer is needed, and a
//! refused form stores nothing.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

#[path = "common/test_app.rs"]
mod test_app;

use serde_json::{json, Value};
use test_app::TestApp;

fn field_names(error: &Value) -> Vec<&str> {
    error["fields"].as_array().into_iter().flatten().filter_map(|f| f["field"].as_str()).collect()
}

fn answers(yes: &[&str], start: &str) -> Value {
    let mut draft = json!({ "startingLevel": start });
    for id in ["recentSurgery", "hipReplacement", "pregnancy", "osteoporosis", "floorTrouble", "balanceTrouble"] {
        draft[id] = json!(yes.contains(&id));
    }
    draft
}

fn routine_ids(program: &Value) -> Vec<String> {
    program["routine"]["exercises"].as_array().into_iter().flatten().filter_map(|e| e["id"].as_str().map(str::to_owned)).collect()
}

#[test]
fn the_check_asks_six_questions_and_offers_two_starting_levels() {
    let app = TestApp::new();
    let check = app.ok("get_safety_check", json!({}));
    assert_eq!(check["questions"].as_array().map(Vec::len), Some(6));
    assert_eq!(check["startingLevels"].as_array().map(Vec::len), Some(2));
    assert_eq!(check["current"], Value::Null, "not answered yet");
    assert_eq!(app.ok("get_program", json!({}))["safety"], Value::Null);
}

#[test]
fn a_hip_replacement_and_a_modified_start_shape_the_routine() {
    let app = TestApp::new();
    let program = app.ok("save_safety_check", json!({ "draft": answers(&["hipReplacement"], "modified") }));
    assert!(program["levels"].as_array().into_iter().flatten().all(|l| l["level"] == "modified"), "every family starts at modified");
    let ids = routine_ids(&program);
    assert!(ids.iter().all(|id| id.ends_with(".modified")), "{ids:?}");
    assert!(!ids.iter().any(|id| id.starts_with("piriformis-stretch")), "no figure-four stretch: {ids:?}");
    assert_eq!(program["routine"]["changes"][0]["kind"], "setAside");
    assert!(program["safetyAdvice"][0].as_str().unwrap_or_default().contains("hip replacement"));
    let again = app.ok("get_safety_check", json!({}));
    assert_eq!(again["current"]["answers"]["hipReplacement"], true, "the answers are kept and can be edited");
    let changed = app.ok("save_safety_check", json!({ "draft": answers(&[], "standard") }));
    assert!(routine_ids(&changed).iter().any(|id| id.starts_with("piriformis-stretch")), "a changed answer changes the routine");
}

#[test]
fn floor_trouble_swaps_kneeling_work_and_shows_bed_versions() {
    let app = TestApp::new();
    let program = app.ok("save_safety_check", json!({ "draft": answers(&["floorTrouble"], "standard") }));
    let ids = routine_ids(&program);
    // The families take turns by date, so the kick is either swapped today or waiting its turn.
    let waiting = program["routine"]["leftOut"].as_array().into_iter().flatten().any(|f| f == "donkey-kick");
    assert!(ids.contains(&"donkey-kick.modified".to_owned()) || waiting, "the all-fours kick is swapped for a standing one: {ids:?}");
    assert!(!ids.contains(&"donkey-kick.standard".to_owned()), "{ids:?}");
    for exercise in program["routine"]["exercises"].as_array().into_iter().flatten() {
        assert!(exercise["position"] != "floor" || !exercise["bed"].is_null(), "{} is on the floor with no bed version", exercise["id"]);
    }
    // A gentle day holds all its families every day: the bridge is there, on a bed.
    let changes = program["gentleRoutine"]["changes"].as_array().cloned().unwrap_or_default();
    assert!(changes.iter().any(|c| c["kind"] == "onBed" && c["exercise"] == "glute-bridge.modified"), "{changes:?}");
}

#[test]
fn a_form_with_a_missing_answer_is_refused_and_stores_nothing() {
    let app = TestApp::new();
    let mut draft = answers(&[], "standard");
    draft.as_object_mut().map(|d| d.remove("pregnancy"));
    draft["startingLevel"] = json!("harder");
    let error = app.err("save_safety_check", json!({ "draft": draft }));
    assert_eq!(field_names(&error), ["pregnancy", "startingLevel"]);
    assert_eq!(app.ok("get_safety_check", json!({}))["current"], Value::Null);
}
