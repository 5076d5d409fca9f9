//! The diary commands driven through Tauri's IPC layer (mock runtime): arguments are
//! deserialised, errors cross as `{ kind, message }`, and a rejected write changes nothing.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

#[path = "common/test_app.rs"]
mod test_app;

use serde_json::{json, Value};
use test_app::TestApp;

#[test]
fn the_status_says_the_diary_is_ready_and_where_it_is() {
    let app = TestApp::new();
    let status = app.ok("app_status", json!({}));
    assert_eq!(status["ready"], true);
    assert_eq!(status["problem"], Value::Null);
    assert_eq!(status["today"].as_str().map(str::len), Some(10));
}

#[test]
fn a_quick_entry_is_saved_and_listed_under_today() {
    let app = TestApp::new();
    let entry = app.ok("log_pain", json!({ "draft": { "intensity": 4 } }));
    assert_eq!(entry["intensity"], 4);
    assert_eq!(entry["id"].as_str().map(str::len), Some(36), "every entry gets a UUID");
    let today = app.ok("app_status", json!({}))["today"].clone();
    let days = app.ok("list_pain_days", json!({ "from": today, "to": today }));
    assert_eq!(days[0]["entries"][0]["id"], entry["id"]);
    assert_eq!(days[0]["high"], 4);
    assert_eq!(entry["offerRedFlagCheck"], false, "moderate back pain does not offer the warning-signs check");
}

#[test]
fn an_entry_with_pain_down_both_legs_offers_the_warning_signs_check() {
    let app = TestApp::new();
    let entry = app.ok("log_pain", json!({ "draft": { "intensity": 3, "legRadiation": "both" } }));
    assert_eq!(entry["offerRedFlagCheck"], true, "Rust decides the offer, so every face shares it");
    assert_eq!(entry["legRadiation"], "both", "the entry itself comes back whole");
}

#[test]
fn a_rejected_entry_names_each_field_and_stores_nothing() {
    let app = TestApp::new();
    let error = app.err("log_pain", json!({ "draft": { "intensity": 4.5, "sites": ["elbow"], "note": "x".repeat(4001) } }));
    assert_eq!(error["kind"], "validation");
    let fields: Vec<&str> = error["fields"].as_array().into_iter().flatten().filter_map(|f| f["field"].as_str()).collect();
    assert_eq!(fields, ["intensity", "sites", "note"]);
    assert_eq!(app.entry_count(), 0, "nothing is written on rejection");
}

#[test]
fn a_future_time_is_rejected() {
    let app = TestApp::new();
    let error = app.err("log_pain", json!({ "draft": { "intensity": 3, "occurredAt": "2099-01-01T09:00" } }));
    assert_eq!(error["fields"][0]["field"], "occurredAt");
    assert_eq!(app.entry_count(), 0);
}

#[test]
fn editing_changes_the_entry_and_an_invalid_edit_leaves_it_alone() {
    let app = TestApp::new();
    let entry = app.ok("log_pain", json!({ "draft": { "intensity": 4, "note": "before" } }));
    let id = entry["id"].clone();
    let time = &entry["occurredAt"].as_str().unwrap_or_default()[..16];
    let updated = app.ok("update_pain", json!({ "id": id, "draft": { "intensity": 6, "occurredAt": time, "note": "after" } }));
    assert_eq!(updated["intensity"], 6);
    let error = app.err("update_pain", json!({ "id": id, "draft": { "intensity": 60 } }));
    assert_eq!(error["kind"], "validation");
    let days = app.ok("list_pain_days", json!({ "from": null, "to": null }));
    assert_eq!(days[0]["entries"][0]["note"], "after", "the rejected edit changed nothing");
}

#[test]
fn an_unknown_entry_id_is_not_found_on_edit_delete_and_undo() {
    let app = TestApp::new();
    let stranger = "6f1d7a0e-0000-4000-8000-000000000000";
    for (cmd, args) in [
        ("update_pain", json!({ "id": stranger, "draft": { "intensity": 1 } })),
        ("delete_pain", json!({ "id": stranger })),
        ("undo_delete_pain", json!({ "id": stranger })),
        ("delete_pain", json!({ "id": "not-a-uuid" })),
    ] {
        assert_eq!(app.err(cmd, args)["kind"], "not_found", "{cmd}");
    }
}

#[test]
fn delete_then_undo_restores_the_entry() {
    let app = TestApp::new();
    let entry = app.ok("log_pain", json!({ "draft": { "intensity": 5 } }));
    app.ok("delete_pain", json!({ "id": entry["id"] }));
    assert_eq!(app.entry_count(), 0);
    let restored = app.ok("undo_delete_pain", json!({ "id": entry["id"] }));
    let mut stored = entry.clone();
    stored.as_object_mut().map(|fields| fields.remove("offerRedFlagCheck"));
    assert_eq!(restored, stored, "the entry comes back as it was stored (the offer belongs to the save only)");
    assert_eq!(app.entry_count(), 1);
}

#[test]
fn a_backwards_date_range_is_rejected_on_the_end_date() {
    let app = TestApp::new();
    let error = app.err("list_pain_days", json!({ "from": "2026-03-10", "to": "2026-03-01" }));
    assert_eq!(error["kind"], "validation");
    assert_eq!(error["fields"][0]["field"], "to");
}

#[test]
fn medications_can_be_added_used_renamed_and_archived() {
    let app = TestApp::new();
    let med = app.ok("add_medication", json!({ "draft": { "name": "Ibuprofen", "defaultDose": "400 mg" } }));
    let duplicate = app.err("add_medication", json!({ "draft": { "name": "ibuprofen" } }));
    assert_eq!(duplicate["fields"][0]["field"], "name");
    let entry = app.ok("log_pain", json!({ "draft": { "intensity": 3, "medications": [{ "medicationId": med["id"], "dose": "200 mg" }] } }));
    assert_eq!(entry["medications"][0]["dose"], "200 mg");
    let renamed = app.ok("update_medication", json!({ "id": med["id"], "draft": { "name": "Ibuprofen gel", "defaultDose": "" } }));
    assert_eq!(renamed["name"], "Ibuprofen gel");
    app.ok("set_medication_archived", json!({ "id": med["id"], "archived": true }));
    assert_eq!(app.ok("list_medications", json!({ "includeArchived": false })), json!([]));
    assert_eq!(app.ok("list_medications", json!({ "includeArchived": true }))[0]["archived"], true);
}

#[test]
fn a_diary_file_that_is_not_sqlite_makes_every_command_explain_and_leaves_the_file() {
    let dir = common::temp_dir();
    let path = common::db_path(dir.path());
    std::fs::write(&path, b"not a database at all, just text").expect("the file is written");
    let app = TestApp::in_dir(dir);
    let status = app.ok("app_status", json!({}));
    assert_eq!(status["ready"], false);
    assert!(status["problem"].as_str().unwrap_or_default().contains("not a BackTrack diary"));
    assert_eq!(app.err("log_pain", json!({ "draft": { "intensity": 2 } }))["kind"], "unavailable");
    assert_eq!(std::fs::read(&path).unwrap_or_default(), b"not a database at all, just text");
}

#[test]
fn a_page_from_anywhere_but_the_app_cannot_call_commands() {
    let app = TestApp::new();
    let refused = app.call_from("https://example.com", "log_pain", json!({ "draft": { "intensity": 2 } }));
    assert!(refused.is_err(), "the capability grants commands to the app's own pages only");
    assert_eq!(app.entry_count(), 0);
}
