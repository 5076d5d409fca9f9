//! The program commands driven through Tauri's IPC layer with the app's real ACL: a session
//! run through start, progress and finish moves the streak; bad input names its fields and
//! stores nothing; suggestions are decided and kept in the history.

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

fn today(app: &TestApp) -> String {
    app.ok("app_status", json!({}))["today"].as_str().unwrap_or_default().to_owned()
}

fn session_count(app: &TestApp) -> usize {
    app.ok("list_sessions", json!({ "from": null, "to": null })).as_array().map_or(0, Vec::len)
}

#[test]
fn a_session_started_recorded_and_finished_makes_today_a_one_day_streak() {
    let app = TestApp::new();
    let today = today(&app);
    let session = app.ok("start_session", json!({ "gentle": false, "painBefore": 3 }));
    assert_eq!(session["day"], today.as_str(), "the session belongs to today's local date");
    assert_eq!(session["endedAt"], Value::Null);
    let id = session["id"].clone();
    let recorded = app.ok(
        "record_exercise_progress",
        json!({ "sessionId": id, "progress": { "exerciseId": "glute-bridge.standard", "setsDone": 1, "repsDone": 10 } }),
    );
    assert_eq!(recorded["exercises"][0]["setsDone"], 1, "the set is saved the moment it is done");
    let finished = app.ok("finish_session", json!({ "sessionId": id, "draft": { "painAfter": 3, "effort": 5 } }));
    assert_ne!(finished["endedAt"], Value::Null);
    let progress = app.ok("get_progress", json!({ "from": today, "to": today }));
    assert_eq!(progress["currentStreak"], 1, "one session today is a one-day streak");
    assert_eq!(progress["calendar"][0]["mark"], "active");
    assert_eq!(progress["weeklyGoal"]["doneThisWeek"], 1);
}

#[test]
fn bad_progress_names_each_field_and_stores_nothing() {
    let app = TestApp::new();
    let id = app.ok("start_session", json!({ "gentle": true }))["id"].clone();
    let error = app.err(
        "record_exercise_progress",
        json!({ "sessionId": id, "progress": { "exerciseId": "glute-bridge.standard", "setsDone": 2.5, "repsDone": 99 } }),
    );
    assert_eq!(error["kind"], "validation");
    assert_eq!(field_names(&error), ["setsDone", "repsDone"]);
    let unknown = app.err("record_exercise_progress", json!({ "sessionId": id, "progress": { "exerciseId": "cartwheel.standard", "setsDone": 1 } }));
    assert_eq!(field_names(&unknown), ["exerciseId"], "an unknown exercise is a validation error on its field");
    let sessions = app.ok("list_sessions", json!({ "from": null, "to": null }));
    assert_eq!(sessions[0]["exercises"], json!([]), "nothing was recorded");
    let error = app.err("finish_session", json!({ "sessionId": id, "draft": { "painAfter": 12, "effort": 3.3 } }));
    assert_eq!(field_names(&error), ["painAfter", "effort"]);
    assert_eq!(app.ok("list_sessions", json!({ "from": null, "to": null }))[0]["endedAt"], Value::Null, "the rejected finish changed nothing");
}

#[test]
fn an_unknown_session_is_not_found() {
    let app = TestApp::new();
    let stranger = "6f1d7a0e-0000-4000-8000-000000000000";
    let progress = json!({ "exerciseId": "squat.standard", "setsDone": 1 });
    for (cmd, args) in [
        ("record_exercise_progress", json!({ "sessionId": stranger, "progress": progress })),
        ("record_exercise_progress", json!({ "sessionId": "not-a-uuid", "progress": progress })),
        ("finish_session", json!({ "sessionId": stranger, "draft": {} })),
        ("remove_pause", json!({ "id": stranger })),
    ] {
        assert_eq!(app.err(cmd, args)["kind"], "not_found", "{cmd}");
    }
    assert_eq!(session_count(&app), 0);
}

#[test]
fn a_manual_session_is_logged_whole_or_not_at_all() {
    let app = TestApp::new();
    let error = app.err(
        "log_manual_session",
        json!({ "draft": { "startedAt": "2099-01-01T10:00", "exercises": [{ "exerciseId": "lunge.water", "setsDone": 1 }, { "exerciseId": "nope" }] } }),
    );
    assert_eq!(field_names(&error), ["startedAt", "exercises[1].exerciseId"]);
    assert_eq!(session_count(&app), 0, "nothing is written on rejection");
    let logged =
        app.ok("log_manual_session", json!({ "draft": { "durationMinutes": 1, "exercises": [{ "exerciseId": "lunge.water", "setsDone": 2 }] } }));
    assert_eq!(logged["kind"], "manual");
    assert_eq!(session_count(&app), 1);
}

#[test]
fn the_program_has_every_family_at_standard_and_routines_that_fit_their_time() {
    let app = TestApp::new();
    let catalog = app.ok("get_catalog", json!({}));
    let program = app.ok("get_program", json!({}));
    assert_eq!(program["levels"].as_array().map(Vec::len), catalog["families"].as_array().map(Vec::len));
    assert!(program["levels"].as_array().into_iter().flatten().all(|l| l["level"] == "standard"));
    let normal = program["routine"]["estimatedSeconds"].as_u64().unwrap_or(0);
    let gentle = program["gentleRoutine"]["estimatedSeconds"].as_u64().unwrap_or(u64::MAX);
    assert!((600..=900).contains(&normal), "10 to 15 minutes, got {normal} s");
    assert!(gentle <= 600, "a gentle day is under 10 minutes, got {gentle} s");
    assert_eq!(program["suggestions"], json!([]), "nothing to suggest before any session");
}

#[test]
fn pain_that_rises_just_after_a_session_is_not_a_reason_to_step_back() {
    let app = TestApp::new();
    let id = app.ok("start_session", json!({ "gentle": false, "painBefore": 2 }))["id"].clone();
    app.ok("record_exercise_progress", json!({ "sessionId": id, "progress": { "exerciseId": "squat.standard", "setsDone": 2, "completed": true } }));
    app.ok("finish_session", json!({ "sessionId": id, "draft": { "painAfter": 5, "painDuring": 5 } }));
    let program = app.ok("get_program", json!({}));
    assert_eq!(program["suggestions"], json!([]), "2 before, 5 during and after: inside the Silbernagel model");
    assert!(program["painRule"][0].as_str().unwrap_or_default().starts_with("Pain during exercise is fine up to 5 out of 10."));
}

#[test]
fn too_much_pain_during_a_session_is_offered_a_step_back_and_accepting_moves_the_level_into_the_history() {
    let app = TestApp::new();
    let id = app.ok("start_session", json!({ "gentle": false, "painBefore": 2 }))["id"].clone();
    app.ok("record_exercise_progress", json!({ "sessionId": id, "progress": { "exerciseId": "squat.standard", "setsDone": 2, "completed": true } }));
    app.ok("finish_session", json!({ "sessionId": id, "draft": { "painAfter": 5, "painDuring": 7 } }));
    let program = app.ok("get_program", json!({}));
    let suggestion = &program["suggestions"][0];
    assert_eq!((suggestion["familyId"].as_str(), suggestion["direction"].as_str()), (Some("squat"), Some("step_back")));
    assert_eq!(suggestion["toLevel"], "modified");
    let stale = app.err("decide_suggestion", json!({ "familyId": "squat", "direction": "step_back", "toLevel": "water", "accept": true }));
    assert_eq!(field_names(&stale), ["toLevel"], "a level the app did not suggest is refused");
    let after = app.ok("decide_suggestion", json!({ "familyId": "squat", "direction": "step_back", "toLevel": "modified", "accept": true }));
    let squat = after["levels"].as_array().into_iter().flatten().find(|l| l["familyId"] == "squat").cloned().unwrap_or_default();
    assert_eq!(squat["level"], "modified", "accepting moves the level");
    assert_eq!(after["history"][0]["decided"], "accepted");
    assert!(
        after["history"][0]["reason"].as_str().unwrap_or_default().contains("reached 7 out of 10. For you, up to 5 is fine."),
        "the reason shown is kept"
    );
    assert_eq!(after["history"][0]["reasonData"]["kind"], "stepBack");
    assert_eq!(after["suggestions"], json!([]), "the decided suggestion is settled");
    // The families take turns by date: today the squat is either in the routine, at its new
    // level, or waiting its turn.
    let squat_today = after["routine"]["exercises"].as_array().into_iter().flatten().find(|e| e["family"] == "squat").map(|e| e["level"].clone());
    let waiting = after["routine"]["leftOut"].as_array().into_iter().flatten().any(|f| f == "squat");
    assert!(squat_today == Some(json!("modified")) || (squat_today.is_none() && waiting), "{squat_today:?}, waiting {waiting}");
    let again = app.err("decide_suggestion", json!({ "familyId": "squat", "direction": "step_back", "toLevel": "modified", "accept": true }));
    assert_eq!(again["kind"], "not_found", "a settled suggestion cannot be decided twice");
}

#[test]
fn a_level_chosen_by_hand_is_recorded_and_impossible_levels_are_refused() {
    let app = TestApp::new();
    let program = app.ok("set_level", json!({ "familyId": "lunge", "level": "water" }));
    assert_eq!(program["history"][0]["direction"], "manual");
    assert_eq!(program["history"][0]["toLevel"], "water");
    assert_eq!(field_names(&app.err("set_level", json!({ "familyId": "piriformis-stretch", "level": "harder" }))), ["level"]);
    assert_eq!(field_names(&app.err("set_level", json!({ "familyId": "juggling", "level": "standard" }))), ["familyId"]);
    assert_eq!(app.ok("get_program", json!({}))["history"].as_array().map(Vec::len), Some(1), "refused choices leave no history");
}

#[test]
fn the_habit_plan_and_pauses_are_saved_and_checked() {
    let app = TestApp::new();
    assert_eq!(app.ok("get_habit_plan", json!({}))["settings"]["weeklyGoal"], 3);
    let saved = app.ok("save_habit_plan", json!({ "plan": { "weeklyGoal": 4, "rest": { "kind": "weekdays", "weekdays": ["Sun"] } } }));
    assert_eq!(saved["settings"]["rest"]["weekdays"], json!(["Sun"]));
    let error = app.err("save_habit_plan", json!({ "plan": { "weeklyGoal": 6, "rest": { "kind": "perWeek", "days": 3 } } }));
    assert_eq!(field_names(&error), ["weeklyGoal"], "six sessions do not fit with three rest days");
    let pause = app.ok("add_pause", json!({ "draft": { "from": "2026-03-01", "to": "2026-03-05", "reason": "Travel" } }));
    assert_eq!(field_names(&app.err("add_pause", json!({ "draft": { "from": "2026-03-05", "to": "2026-03-01" } }))), ["to"]);
    assert_eq!(app.ok("get_habit_plan", json!({}))["pauses"][0]["reason"], "Travel");
    app.ok("remove_pause", json!({ "id": pause["id"] }));
    assert_eq!(app.ok("get_habit_plan", json!({}))["pauses"], json!([]));
}

#[test]
fn a_backwards_or_huge_progress_range_is_refused() {
    let app = TestApp::new();
    assert_eq!(field_names(&app.err("get_progress", json!({ "from": "2026-03-10", "to": "2026-03-01" }))), ["to"]);
    assert_eq!(field_names(&app.err("get_progress", json!({ "from": "2020-01-01", "to": "2026-03-01" }))), ["to"]);
}

#[test]
fn with_spanish_in_force_the_program_and_catalog_are_spanish_and_sessions_keep_their_ids() {
    use backtrack::i18n::{scoped, Language};
    let app = TestApp::new();
    let id = app.ok("start_session", json!({ "gentle": false }))["id"].clone();
    app.ok(
        "record_exercise_progress",
        json!({ "sessionId": id, "progress": { "exerciseId": "glute-bridge.standard", "setsDone": 1, "repsDone": 10 } }),
    );
    let english = app.ok("get_program", json!({}));
    scoped(Language::Es, || {
        let catalog = app.ok("get_catalog", json!({}));
        let bridge = catalog["families"].as_array().into_iter().flatten().find(|f| f["id"] == "glute-bridge").cloned().unwrap_or_default();
        assert_eq!(bridge["name"], "Puente de glúteos", "the catalog is the Spanish one");

        let program = app.ok("get_program", json!({}));
        let ids = |p: &Value| -> Vec<String> {
            p["routine"]["exercises"].as_array().into_iter().flatten().filter_map(|e| e["id"].as_str().map(str::to_owned)).collect()
        };
        assert_eq!(ids(&program), ids(&english), "the routine holds the same exercises in either language");
        for (spanish, english) in
            program["routine"]["exercises"].as_array().into_iter().flatten().zip(english["routine"]["exercises"].as_array().into_iter().flatten())
        {
            assert_ne!(spanish["name"], english["name"], "{}: the name is translated", spanish["id"]);
            assert_ne!(spanish["steps"], english["steps"], "{}: the steps are translated", spanish["id"]);
            assert_ne!(spanish["feel"], english["feel"], "{}: what to feel is translated", spanish["id"]);
            assert_ne!(spanish["stopIf"], english["stopIf"], "{}: the stop signs are translated", spanish["id"]);
        }

        let sessions = app.ok("list_sessions", json!({ "from": null, "to": null }));
        assert_eq!(sessions[0]["exercises"][0]["exerciseId"], "glute-bridge.standard", "a session stored in English reads the same in Spanish");
        let more = app.ok(
            "record_exercise_progress",
            json!({ "sessionId": id, "progress": { "exerciseId": "squat.standard", "setsDone": 1, "repsDone": 10 } }),
        );
        assert_eq!(more["exercises"].as_array().map(Vec::len), Some(2), "the same ids are accepted while Spanish is in force");
    });
}
