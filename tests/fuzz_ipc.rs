//! Bounded fuzzing of the IPC surface: every command the window may call (but the two that open
//! native dialogs, and start at login, which writes a desktop file) gets arbitrary JSON for its
//! arguments, through the real handler and ACL. Each call answers, with a value or an error,
//! and never panics; afterwards the diary still opens and answers.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

#[path = "common/test_app.rs"]
mod test_app;

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use test_app::TestApp;

const CASES: u32 = 600;

/// Each command with the names of its arguments.
const COMMANDS: &[(&str, &[&str])] = &[
    ("app_status", &[]),
    ("log_pain", &["draft"]),
    ("update_pain", &["id", "draft"]),
    ("delete_pain", &["id"]),
    ("undo_delete_pain", &["id"]),
    ("list_pain_days", &["from", "to"]),
    ("list_medications", &["includeArchived"]),
    ("add_medication", &["draft"]),
    ("update_medication", &["id", "draft"]),
    ("set_medication_archived", &["id", "archived"]),
    ("get_program", &[]),
    ("start_session", &["gentle", "painBefore"]),
    ("record_exercise_progress", &["sessionId", "progress"]),
    ("finish_session", &["sessionId", "draft"]),
    ("log_manual_session", &["draft"]),
    ("list_sessions", &["from", "to"]),
    ("get_progress", &[]),
    ("save_habit_plan", &["plan"]),
    ("add_pause", &["draft"]),
    ("remove_pause", &["id"]),
    ("get_flares", &[]),
    ("start_flare", &["draft"]),
    ("end_flare", &[]),
    ("set_flare_last_day", &["lastDay"]),
    ("get_safety_check", &[]),
    ("save_safety_check", &["draft"]),
    ("decide_suggestion", &["familyId", "direction", "toLevel", "accept"]),
    ("set_level", &["familyId", "level"]),
    ("get_article", &["slug"]),
    ("search_articles", &["query"]),
    ("set_article_read", &["slug", "read"]),
    ("articles_for_exercise", &["familyId"]),
    ("submit_red_flag_check", &["answers"]),
    ("add_reminder", &["draft"]),
    ("update_reminder", &["id", "draft"]),
    ("set_reminder_enabled", &["id", "enabled"]),
    ("delete_reminder", &["id"]),
    ("get_insights", &["from", "to"]),
    ("report_summary", &["from", "to"]),
];

/// Field names the drafts use, so generated objects reach the validators, not only serde.
const FIELDS: &[&str] = &[
    "occurredAt",
    "intensity",
    "sites",
    "legRadiation",
    "qualities",
    "worse",
    "better",
    "medications",
    "medicationId",
    "dose",
    "sleepQuality",
    "interference",
    "mood",
    "note",
    "forSurgeon",
    "name",
    "defaultDose",
    "startedAt",
    "durationMinutes",
    "painBefore",
    "painAfter",
    "painDuring",
    "effort",
    "exercises",
    "exerciseId",
    "setsDone",
    "repsDone",
    "secondsDone",
    "kind",
    "times",
    "weekdays",
    "enabled",
    "weeklyGoal",
    "rest",
    "days",
    "from",
    "to",
    "reason",
    "questionId",
    "answer",
    "level",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        prop_oneof![Just(-1.0), Just(0.5), Just(10.0), Just(11.0), Just(1e300), Just(-0.0), (-20.0..20.0f64)].prop_map(|x| json!(x)),
        prop::sample::select(vec![
            "",
            "2026-03-14",
            "2026-03-14T08:30",
            "+262142-12-01T00:00",
            "9999-12-31T23:59",
            "buttock_left",
            "left",
            "numb",
            "very_low",
            "yes",
            "not_sure",
            "08:00",
            "Mon",
            "modified",
            "glute-bridge",
            "weak-glutes",
            "00000000-0000-4000-8000-000000000000",
        ])
        .prop_map(|s| json!(s)),
        any::<String>().prop_map(Value::String),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(FIELDS.to_vec()), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

fn text() -> impl Strategy<Value = Value> {
    leaf().prop_filter("text", Value::is_string)
}

/// A plausible value for an argument by its name (most of the time), else anything: enough
/// cases get past argument decoding to reach each command's own checks.
fn argument(name: &str) -> BoxedStrategy<Value> {
    let plausible = match name {
        "includeArchived" | "archived" | "read" | "enabled" | "gentle" | "accept" => any::<bool>().prop_map(Value::Bool).boxed(),
        "painBefore" => prop_oneof![Just(Value::Null), (-5.0..15.0f64).prop_map(|x| json!(x))].boxed(),
        "draft" | "plan" | "progress" => prop::collection::vec((prop::sample::select(FIELDS.to_vec()), value()), 0..10)
            .prop_map(|pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
            .boxed(),
        "answers" => {
            prop::collection::vec((text(), text()).prop_map(|(question, answer)| json!({ "questionId": question, "answer": answer })), 0..12)
                .prop_map(Value::Array)
                .boxed()
        }
        "toLevel" | "from" | "to" => prop_oneof![Just(Value::Null), text()].boxed(),
        _ => text().boxed(),
    };
    prop_oneof![4 => plausible, 1 => value()].boxed()
}

fn call() -> impl Strategy<Value = (&'static str, Value)> {
    prop::sample::select(COMMANDS.to_vec()).prop_flat_map(|(cmd, names)| {
        let values: Vec<BoxedStrategy<Value>> = names.iter().map(|n| argument(n)).collect();
        values.prop_map(move |values| {
            let args: Map<String, Value> = names.iter().map(|n| (*n).to_owned()).zip(values).collect();
            (cmd, Value::Object(args))
        })
    })
}

#[test]
fn no_ipc_arguments_panic_a_command() {
    let app = TestApp::new();
    let config = ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() };
    let reached = std::cell::Cell::new(0u32);
    proptest!(config, |((cmd, args) in call())| {
        let answer = app.call(cmd, args.clone());
        if answer.as_ref().map_or_else(|e| e.get("kind").is_some(), |_| true) {
            reached.set(reached.get() + 1);
        }
        if let Err(error) = answer {
            // A command's own refusals are typed; Tauri's refusals of unreadable arguments are text.
            let typed = error.get("kind").and_then(Value::as_str).is_some() && error.get("message").is_some();
            prop_assert!(typed || error.is_string(), "{cmd}({args}) gave {error}");
        }
    });
    assert!(reached.get() > CASES / 5, "enough cases get past serde to the commands' own checks ({} of {CASES})", reached.get());
    let status = app.ok("app_status", json!({}));
    assert!(status.get("problem").is_none_or(Value::is_null), "the diary still opens: {status}");
    app.ok("list_pain_days", json!({ "from": null, "to": null }));
}
