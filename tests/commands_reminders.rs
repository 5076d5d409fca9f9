//! The Reminders commands through Tauri's IPC layer with the app's real ACL: the first-run
//! offer, rules checked in Rust with messages per field, and a rejected change that changes
//! nothing.

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

fn rules(app: &TestApp) -> Vec<Value> {
    app.ok("get_reminders", json!({}))["rules"].as_array().cloned().unwrap_or_default()
}

fn draft(kind: &str, times: &[&str], weekdays: &[&str]) -> Value {
    json!({ "draft": { "kind": kind, "times": times, "weekdays": weekdays } })
}

#[test]
fn a_new_diary_offers_the_suggested_reminders_and_accepting_adds_them_once() {
    let app = TestApp::new();
    let fresh = app.ok("get_reminders", json!({}));
    assert_eq!(fresh["offerDefaults"], true, "a new diary offers reminders");
    assert!(rules(&app).is_empty(), "but sets none up until asked");
    let accepted = app.ok("accept_default_reminders", json!({}));
    assert_eq!(accepted["offerDefaults"], false, "the offer ends once taken");
    let kinds: Vec<&str> = accepted["rules"].as_array().into_iter().flatten().filter_map(|r| r["kind"].as_str()).collect();
    assert_eq!(kinds, ["diary", "workout"]);
    assert_eq!(accepted["rules"][0]["times"], json!(["20:00:00"]));
    assert_eq!(accepted["rules"][1]["weekdays"], json!(["Mon", "Wed", "Fri"]));
    let again = app.ok("accept_default_reminders", json!({}));
    assert_eq!(again["rules"].as_array().map_or(0, Vec::len), 2, "accepting twice adds nothing: the same times would clash");
}

#[test]
fn declining_the_offer_ends_it_without_adding_anything() {
    let app = TestApp::new();
    let declined = app.ok("dismiss_default_reminders", json!({}));
    assert_eq!(declined["offerDefaults"], false);
    assert!(rules(&app).is_empty());
}

#[test]
fn a_reminder_with_no_days_or_a_bad_time_is_refused_per_field_and_nothing_is_saved() {
    let app = TestApp::new();
    let error = app.err("add_reminder", draft("diary", &["25:00"], &[]));
    assert_eq!(error["kind"], "validation");
    assert_eq!(field_names(&error), ["weekdays", "times"], "each mistake is reported on its own field");
    assert!(rules(&app).is_empty(), "a refused rule is not stored");
    assert_eq!(app.ok("get_reminders", json!({}))["offerDefaults"], true, "a refused rule does not end the offer");
}

#[test]
fn the_same_time_twice_for_one_kind_is_refused_but_another_kind_may_share_it() {
    let app = TestApp::new();
    app.ok("add_reminder", draft("diary", &["08:00"], &["Mon", "Tue"]));
    let clash = app.err("add_reminder", draft("diary", &["08:00"], &["Tue"]));
    assert_eq!(field_names(&clash), ["times"]);
    assert!(clash["fields"][0]["message"].as_str().unwrap_or_default().contains("8:00 AM"), "{clash}");
    let twice = app.err("add_reminder", draft("workout", &["09:00", "09:00"], &["Mon"]));
    assert_eq!(field_names(&twice), ["times"], "a time listed twice in one rule");
    app.ok("add_reminder", draft("workout", &["08:00"], &["Tue"]));
    assert_eq!(rules(&app).len(), 2);
}

#[test]
fn switching_a_rule_back_on_is_checked_for_clashes_again() {
    let app = TestApp::new();
    let first = app.ok("add_reminder", draft("diary", &["08:00"], &["Mon"]));
    let id = first["id"].as_str().unwrap_or_default().to_owned();
    app.ok("set_reminder_enabled", json!({ "id": id, "enabled": false }));
    app.ok("add_reminder", draft("diary", &["08:00"], &["Mon"]));
    let clash = app.err("set_reminder_enabled", json!({ "id": id, "enabled": true }));
    assert_eq!(clash["kind"], "validation");
    let stored = rules(&app);
    let still_off = stored.iter().find(|r| r["id"] == id.as_str()).map(|r| r["enabled"].clone());
    assert_eq!(still_off, Some(json!(false)), "the refused switch changed nothing");
}

#[test]
fn a_rule_can_be_changed_and_removed_and_unknown_ids_are_not_found() {
    let app = TestApp::new();
    let rule = app.ok("add_reminder", draft("workout", &["18:00"], &["Mon", "Wed", "Fri"]));
    let id = rule["id"].as_str().unwrap_or_default().to_owned();
    let changed = app.ok("update_reminder", json!({ "id": id, "draft": { "kind": "workout", "times": ["07:30", "18:00"], "weekdays": ["sat"] } }));
    assert_eq!(changed["times"], json!(["07:30:00", "18:00:00"]));
    assert_eq!(changed["weekdays"], json!(["Sat"]), "weekday names are read in any case");
    app.ok("delete_reminder", json!({ "id": id }));
    assert!(rules(&app).is_empty());
    assert_eq!(app.err("delete_reminder", json!({ "id": id }))["kind"], "not_found");
    assert_eq!(
        app.err("update_reminder", json!({ "id": "nope", "draft": { "kind": "diary", "times": ["08:00"], "weekdays": ["Mon"] } }))["kind"],
        "not_found"
    );
}

#[test]
fn start_at_login_says_plainly_when_it_is_not_available() {
    let app = TestApp::new();
    let error = app.err("get_start_at_login", json!({}));
    assert_eq!(error["kind"], "unavailable", "the test app has no login item: {error}");
}
