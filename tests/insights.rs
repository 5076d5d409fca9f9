//! Insights from outside: the figures of a seeded diary against their golden file, and the
//! Insights commands through Tauri's IPC layer with their refusals.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

#[path = "common/test_app.rs"]
mod test_app;

#[path = "../benches/support/seed.rs"]
mod seed;

use backtrack::app;
use chrono::NaiveDate;
use common::fixed_diary::{assert_golden, fixed_diary_in};
use serde_json::{json, Value};
use test_app::TestApp;

/// The seeded diary the golden file and the e2e test both read: 400 days ending here.
const SEED_LAST_DAY: &str = "2026-03-31";

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a test date")
}

/// A diary seeded like `cargo run --example seed -- --seed 7`, over 400 days to 31 March 2026.
fn seeded_diary() -> (tempfile::TempDir, rusqlite::Connection) {
    let dir = common::temp_dir();
    let mut conn = backtrack::store::open(&common::db_path(dir.path())).expect("a new diary opens");
    let options = seed::SeedOptions { days: 400, last_day: day(SEED_LAST_DAY), entries_per_day: 4, seed: 7 };
    seed::seed(&mut conn, &options).expect("the seed writes");
    (dir, conn)
}

#[test]
fn the_insights_of_a_seeded_quarter_match_their_golden_file() {
    let (_dir, mut conn) = seeded_diary();
    let insights = app::insights::insights(&mut conn, day(SEED_LAST_DAY), Some(day("2026-01-01")), Some(day(SEED_LAST_DAY)))
        .expect("insights of a seeded diary");
    let mut bytes = serde_json::to_vec_pretty(&insights).expect("insights serialise");
    bytes.push(b'\n');
    assert_golden("insights_2026q1.json", &bytes);
    assert_eq!(insights.days_in_range, 90);
    assert!(!insights.factors.is_empty(), "a quarter of four entries a day has factors to compare");
    assert!(insights.factors.iter().any(|f| f.noteworthy), "the seed ties some words to pain, so some differences are clear");
    for factor in &insights.factors {
        assert_eq!(factor.with_days + factor.without_days, insights.days_logged, "every logged day is on one side");
    }
}

#[test]
fn everything_starts_on_the_diarys_first_day() {
    let (_dir, mut conn) = seeded_diary();
    let all = app::insights::insights(&mut conn, day(SEED_LAST_DAY), None, None).expect("insights of everything");
    assert_eq!(all.range.from, day("2025-02-25"), "400 days back from 31 March 2026, the first seeded day");
    assert_eq!(all.days_in_range, 400);
}

#[test]
fn get_insights_answers_for_a_range_in_one_call() {
    let dir = common::temp_dir();
    drop(fixed_diary_in(dir.path()));
    let app = TestApp::in_dir(dir);
    let insights = app.ok("get_insights", json!({ "from": "2026-03-01", "to": "2026-03-31" }));
    assert_eq!(insights["range"], json!({ "from": "2026-03-01", "to": "2026-03-31" }));
    assert_eq!(insights["daysInRange"], 31);
    assert!(insights["daysLogged"].as_u64().is_some_and(|n| n > 0), "the fixed diary has March entries");
    assert!(insights["pain"]["days"].is_array() && insights["factors"].is_array());
}

fn field_of(error: &Value) -> Vec<&str> {
    error["fields"].as_array().map(|fields| fields.iter().filter_map(|f| f["field"].as_str()).collect()).unwrap_or_default()
}

#[test]
fn get_insights_refuses_bad_ranges_beside_their_field() {
    let app = TestApp::new();
    let future = app.err("get_insights", json!({ "from": null, "to": "2999-01-01" }));
    assert_eq!((future["kind"].as_str(), field_of(&future)), (Some("validation"), vec!["to"]), "a range may not end after today");
    let backwards = app.err("get_insights", json!({ "from": "2026-03-10", "to": "2026-03-01" }));
    assert_eq!(field_of(&backwards), ["to"], "an end before the start is the end's problem");
    let garbled = app.err("get_insights", json!({ "from": "March", "to": null }));
    assert_eq!(field_of(&garbled), ["from"]);
}

#[test]
fn an_empty_diary_has_insights_without_figures_and_no_week_line() {
    let app = TestApp::new();
    let insights = app.ok("get_insights", json!({ "from": null, "to": null }));
    assert_eq!(insights["daysInRange"], 30, "an empty diary looks at the last 30 days");
    assert_eq!(insights["daysLogged"], 0);
    assert_eq!(insights["pain"]["average"], Value::Null, "no entries is no figure, never 0");
    let weeks = app.ok("get_week_against_week", json!({}));
    assert_eq!((weeks["thisWeekAverage"].clone(), weeks["lastWeekAverage"].clone()), (Value::Null, Value::Null));
}
