//! Flares driven through Tauri's IPC layer with the app's real ACL: one is marked from today,
//! refused while another is under way, moved, ended, and seen by the program, the calendar and
//! the surgeon's report. A refused request changes nothing.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

#[path = "common/test_app.rs"]
mod test_app;

use chrono::{Days, NaiveDate};
use serde_json::{json, Value};
use test_app::TestApp;

fn field_names(error: &Value) -> Vec<&str> {
    error["fields"].as_array().into_iter().flatten().filter_map(|f| f["field"].as_str()).collect()
}

fn today(app: &TestApp) -> NaiveDate {
    app.ok("app_status", json!({}))["today"].as_str().and_then(|t| t.parse().ok()).expect("app_status names today")
}

fn later(day: NaiveDate, count: u64) -> String {
    day.checked_add_days(Days::new(count)).expect("a day in range").to_string()
}

#[test]
fn a_flare_is_marked_from_today_for_the_days_chosen_and_the_program_offers_gentle_days() {
    let app = TestApp::new();
    let today = today(&app);
    let flares = app.ok("start_flare", json!({ "draft": { "days": 3, "mode": "gentle" } }));
    assert_eq!(flares["current"]["from"], today.to_string());
    assert_eq!(flares["current"]["plannedTo"], later(today, 2), "three days, today included");
    assert_eq!(flares["current"]["mode"], "gentle");
    let program = app.ok("get_program", json!({}));
    assert_eq!(program["flare"]["id"], flares["current"]["id"], "the Program screen knows about the flare");
}

#[test]
fn bad_flares_are_refused_on_their_fields_and_change_nothing() {
    let app = TestApp::new();
    assert_eq!(field_names(&app.err("start_flare", json!({ "draft": { "days": 15, "mode": "pause" } }))), ["days"]);
    assert_eq!(field_names(&app.err("start_flare", json!({ "draft": { "days": 2, "mode": "rest" } }))), ["mode"]);
    assert_eq!(app.ok("get_flares", json!({}))["all"], json!([]), "nothing was stored");
    app.ok("start_flare", json!({ "draft": { "days": 2, "mode": "pause" } }));
    let twice = app.err("start_flare", json!({ "draft": { "days": 5, "mode": "pause" } }));
    assert_eq!(field_names(&twice), ["days"], "one flare at a time");
    assert_eq!(app.ok("get_flares", json!({}))["all"].as_array().map(Vec::len), Some(1));
}

#[test]
fn the_last_day_moves_within_fourteen_days_and_ending_makes_today_the_last() {
    let app = TestApp::new();
    let today = today(&app);
    app.ok("start_flare", json!({ "draft": { "days": 2, "mode": "pause" } }));
    let longer = app.ok("set_flare_last_day", json!({ "lastDay": later(today, 6) }));
    assert_eq!(longer["current"]["plannedTo"], later(today, 6));
    let too_long = app.err("set_flare_last_day", json!({ "lastDay": later(today, 14) }));
    assert_eq!(field_names(&too_long), ["lastDay"]);
    assert_eq!(field_names(&app.err("set_flare_last_day", json!({ "lastDay": "soon" }))), ["lastDay"]);
    assert_eq!(app.ok("get_flares", json!({}))["current"]["plannedTo"], later(today, 6), "refusals changed nothing");
    let ended = app.ok("end_flare", json!({}));
    assert_eq!(ended["current"], Value::Null, "the flare is over");
    assert_eq!(ended["all"][0]["endedOn"], today.to_string());
    assert_eq!(app.err("end_flare", json!({}))["kind"], "not_found", "nothing left to end");
}

#[test]
fn flare_days_are_paused_days_for_the_calendar_and_the_report_lists_the_flare() {
    let app = TestApp::new();
    let today = today(&app);
    app.ok("start_flare", json!({ "draft": { "days": 2, "mode": "pause" } }));
    let progress = app.ok("get_progress", json!({ "from": today.to_string(), "to": today.to_string() }));
    assert_eq!(progress["calendar"][0]["mark"], "paused", "a flare day is a paused day, never a broken streak");
    let report = app.ok("report_summary", json!({ "from": today.to_string(), "to": today.to_string() }));
    assert_eq!(report["program"]["flares"][0]["from"], today.to_string(), "the surgeon sees the flare");
}
