//! The function check-in's commands through Tauri's IPC layer (mock runtime): each refusal
//! names its field and writes nothing; a check-in is all or none; the summary reads what was
//! saved.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

#[path = "common/test_app.rs"]
mod test_app;

use serde_json::{json, Value};
use test_app::TestApp;

fn fields(error: &Value) -> Vec<String> {
    error["fields"].as_array().into_iter().flatten().filter_map(|f| f["field"].as_str().map(str::to_owned)).collect()
}

fn rating_count(app: &TestApp) -> usize {
    app.ok("list_function_ratings", json!({ "from": null, "to": null })).as_array().map_or(0, Vec::len)
}

fn add(app: &TestApp, name: &str) -> Value {
    app.ok("add_function_activity", json!({ "draft": { "name": name } }))
}

#[test]
fn with_nothing_named_today_invites_and_not_now_is_kept() {
    let app = TestApp::new();
    let status = app.ok("get_function_check_in", json!({}));
    assert_eq!((status["due"].clone(), status["invite"].clone()), (json!(false), json!(true)));
    let put_aside = app.ok("put_aside_function_invite", json!({}));
    assert_eq!(put_aside["invite"], false);
    assert_eq!(app.ok("get_function_check_in", json!({}))["invite"], false, "the choice is stored");
}

#[test]
fn an_activity_is_added_rated_and_edited_and_the_check_in_is_then_done() {
    let app = TestApp::new();
    let walk = add(&app, "walk to the shops");
    assert_eq!(app.ok("get_function_check_in", json!({}))["due"], true, "a named activity makes this week's check-in due");
    let saved = app.ok("record_function_check_in", json!({ "ratings": [{ "activityId": walk["id"], "score": 4 }] }));
    assert_eq!(saved[0]["score"], 4);
    let status = app.ok("get_function_check_in", json!({}));
    assert_eq!(status["due"], false, "every active activity is rated this week");
    assert_eq!(status["ratedThisWeek"][0], walk["id"]);
    let edited = app.ok("update_function_rating", json!({ "id": saved[0]["id"], "change": { "score": 6 } }));
    assert_eq!((edited["score"].clone(), edited["ratedAt"].clone()), (json!(6), saved[0]["ratedAt"].clone()), "the time stays");
    let summary = app.ok("function_summary", json!({ "from": null, "to": null }));
    assert_eq!(summary["activities"][0]["latest"]["score"], 6);
    assert_eq!(summary["importantChange"], 1.4);
}

#[test]
fn a_bad_rating_is_refused_beside_its_field_and_nothing_is_written() {
    let app = TestApp::new();
    let walk = add(&app, "walk");
    for (score, why) in [(json!(7.5), "not whole"), (json!(11), "above 10"), (json!(-1), "below 0"), (Value::Null, "missing")] {
        let error = app.err("add_function_rating", json!({ "draft": { "activityId": walk["id"], "score": score } }));
        assert_eq!(error["kind"], "validation", "{why}");
        assert_eq!(fields(&error), ["score"], "{why}");
    }
    let future = app.err("add_function_rating", json!({ "draft": { "activityId": walk["id"], "score": 5, "ratedAt": "2099-01-01T09:00" } }));
    assert_eq!(fields(&future), ["ratedAt"]);
    let unknown = app.err("add_function_rating", json!({ "draft": { "activityId": "00000000-0000-4000-8000-000000000000", "score": 5 } }));
    assert_eq!(fields(&unknown), ["activityId"]);
    assert_eq!(rating_count(&app), 0, "nothing is written on refusal");
}

#[test]
fn one_bad_rating_in_a_check_in_keeps_all_of_it_out() {
    let app = TestApp::new();
    let walk = add(&app, "walk");
    let sit = add(&app, "sit");
    let error = app.err(
        "record_function_check_in",
        json!({ "ratings": [
        { "activityId": walk["id"], "score": 5 },
        { "activityId": sit["id"], "score": 4.5 },
    ] }),
    );
    assert_eq!(fields(&error), ["ratings.1.score"], "the message points at the second row");
    assert_eq!(rating_count(&app), 0, "the good rating is not saved alone");
    let twice = app.err(
        "record_function_check_in",
        json!({ "ratings": [
        { "activityId": walk["id"], "score": 5 }, { "activityId": walk["id"], "score": 6 },
    ] }),
    );
    assert_eq!(fields(&twice), ["ratings.1.activityId"]);
    assert_eq!(app.err("record_function_check_in", json!({ "ratings": [] }))["kind"], "validation");
}

#[test]
fn a_fourth_activity_an_empty_name_and_a_long_one_are_refused_on_the_name() {
    let app = TestApp::new();
    for name in ["walk", "sit", "lift"] {
        add(&app, name);
    }
    for name in ["garden".to_owned(), "   ".to_owned(), "x".repeat(81)] {
        let error = app.err("add_function_activity", json!({ "draft": { "name": name } }));
        assert_eq!(fields(&error), ["name"], "{name:?}");
    }
    assert_eq!(app.ok("list_function_activities", json!({})).as_array().map_or(0, Vec::len), 3);
}

#[test]
fn retiring_an_activity_makes_room_keeps_its_history_and_stops_its_rating() {
    let app = TestApp::new();
    let walk = add(&app, "walk");
    app.ok("add_function_rating", json!({ "draft": { "activityId": walk["id"], "score": 3 } }));
    for name in ["sit", "lift"] {
        add(&app, name);
    }
    let retired = app.ok("retire_function_activity", json!({ "id": walk["id"] }));
    assert!(retired["retiredAt"].is_string());
    add(&app, "garden");
    let refused = app.err("add_function_rating", json!({ "draft": { "activityId": walk["id"], "score": 5 } }));
    assert_eq!(fields(&refused), ["activityId"], "a retired activity is not rated again");
    assert_eq!(rating_count(&app), 1, "its old rating is kept");
    let summary = app.ok("function_summary", json!({ "from": null, "to": null }));
    let names: Vec<&str> = summary["activities"].as_array().into_iter().flatten().filter_map(|a| a["name"].as_str()).collect();
    assert_eq!(names, ["sit", "lift", "garden", "walk"], "active first, then the retired one with ratings in range");
}

#[test]
fn unknown_ids_are_not_found() {
    let app = TestApp::new();
    assert_eq!(app.err("retire_function_activity", json!({ "id": "nope" }))["kind"], "not_found");
    let missing = app.err("update_function_rating", json!({ "id": "00000000-0000-4000-8000-000000000000", "change": { "score": 5 } }));
    assert_eq!(missing["kind"], "not_found");
    assert_eq!(app.err("function_summary", json!({ "from": "2026-13-01", "to": null }))["fields"][0]["field"], "from");
}
