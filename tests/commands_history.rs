//! `history_page` through Tauri's IPC layer (mock runtime) over seeded diaries: the pages split
//! the range into whole days without losing or repeating an entry, each within the page budget,
//! and a bad page or date is a validation error on its own field.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

#[path = "common/test_app.rs"]
mod test_app;

#[path = "../benches/support/seed.rs"]
mod seed;

use std::collections::HashSet;

use chrono::NaiveDate;
use serde_json::{json, Value};
use test_app::TestApp;

/// The most entries one page may hold (`domain::history_pages::HISTORY_BUDGET`).
const PAGE_ENTRIES: usize = 60;

/// An app over a seeded diary of `days` days ending 2026-03-10, `per_day` entries each.
fn seeded_app(days: u32, per_day: u32) -> TestApp {
    let dir = common::temp_dir();
    let mut conn = backtrack::store::open(&common::db_path(dir.path())).expect("open");
    let last_day = NaiveDate::from_ymd_opt(2026, 3, 10).expect("valid day");
    let options = seed::SeedOptions { days, last_day, entries_per_day: per_day, seed: 11 };
    seed::seed(&mut conn, &options).expect("seed");
    drop(conn);
    TestApp::in_dir(dir)
}

fn page(app: &TestApp, from: Value, to: Value, page: i64) -> Value {
    app.ok("history_page", json!({ "from": from, "to": to, "page": page }))
}

fn entry_ids(days: &Value) -> Vec<String> {
    days.as_array()
        .into_iter()
        .flatten()
        .flat_map(|d| d["entries"].as_array().cloned().unwrap_or_default())
        .filter_map(|e| e["id"].as_str().map(str::to_owned))
        .collect()
}

fn number(value: &Value) -> u64 {
    value.as_u64().unwrap_or_else(|| panic!("expected a number, got {value}"))
}

/// Every page of the range in order, checked against the budget as it goes.
fn all_pages(app: &TestApp, from: Value, to: Value) -> Vec<Value> {
    let first = page(app, from.clone(), to.clone(), 0);
    let count = number(&first["pageCount"]) as i64;
    let mut pages = vec![first];
    pages.extend((1..count).map(|n| page(app, from.clone(), to.clone(), n)));
    for (n, shown) in pages.iter().enumerate() {
        assert_eq!(number(&shown["page"]), n as u64, "each page says which it is");
        let ids = entry_ids(&shown["days"]);
        assert!(!ids.is_empty() && ids.len() <= PAGE_ENTRIES, "page {n} holds {} entries; a page holds 1 to {PAGE_ENTRIES}", ids.len());
    }
    pages
}

#[test]
fn the_pages_of_a_long_diary_hold_every_entry_once_in_the_order_of_the_whole_list() {
    let app = seeded_app(150, 3);
    let pages = all_pages(&app, Value::Null, Value::Null);
    assert!(pages.len() >= 8, "450 entries need at least 8 pages of 60; got {}", pages.len());

    let paged: Vec<String> = pages.iter().flat_map(|p| entry_ids(&p["days"])).collect();
    let whole = entry_ids(&app.ok("list_pain_days", json!({ "from": null, "to": null })));
    assert_eq!(paged.len(), 450, "150 days of 3 entries");
    assert_eq!(paged, whole, "read page after page, History lists exactly what the whole list holds, in the same order");
    assert_eq!(paged.iter().collect::<HashSet<_>>().len(), paged.len(), "no entry appears on two pages");

    let days_on_pages: Vec<&str> = pages.iter().flat_map(|p| p["days"].as_array().into_iter().flatten()).filter_map(|d| d["day"].as_str()).collect();
    assert_eq!(days_on_pages.iter().collect::<HashSet<_>>().len(), 150, "a day never straddles two pages");
    assert_eq!((number(&pages[0]["totalDays"]), number(&pages[0]["totalEntries"])), (150, 450));
}

#[test]
fn the_month_index_covers_the_range_and_each_month_jumps_to_a_page_showing_it() {
    let app = seeded_app(150, 3);
    let first = page(&app, json!("2025-11-01"), json!("2026-02-28"), 0);
    let months: Vec<Value> = first["months"].as_array().cloned().unwrap_or_default();
    let names: Vec<&str> = months.iter().filter_map(|m| m["month"].as_str()).collect();
    assert_eq!(names, ["2026-02", "2026-01", "2025-12", "2025-11"], "the range's months, newest first");
    assert_eq!(months.iter().map(|m| number(&m["entries"])).sum::<u64>(), number(&first["totalEntries"]));
    assert_eq!(number(&months[0]["days"]), 28, "February 2026 has 28 seeded days");
    for month in &months {
        let target = page(&app, json!("2025-11-01"), json!("2026-02-28"), number(&month["firstPage"]) as i64);
        let newest_day = target["days"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| d["day"].as_str())
            .find(|d| d.starts_with(month["month"].as_str().unwrap_or("?")));
        assert!(newest_day.is_some(), "the first page of {} shows some of its days", month["month"]);
    }
}

#[test]
fn a_day_busier_than_a_page_is_shown_in_parts_with_the_whole_days_figures() {
    let app = seeded_app(2, 130);
    let pages = all_pages(&app, Value::Null, Value::Null);
    let parts: Vec<(String, u64, u64, u64)> = pages
        .iter()
        .map(|p| {
            let part = &p["part"];
            (part["day"].as_str().unwrap_or("").to_owned(), number(&part["first"]), number(&part["last"]), number(&part["of"]))
        })
        .collect();
    assert_eq!(
        parts,
        [
            ("2026-03-10".into(), 1, 60, 130),
            ("2026-03-10".into(), 61, 120, 130),
            ("2026-03-10".into(), 121, 130, 130),
            ("2026-03-09".into(), 1, 60, 130),
            ("2026-03-09".into(), 61, 120, 130),
            ("2026-03-09".into(), 121, 130, 130)
        ],
        "each busy day of 130 is split into parts of 60, 60 and 10"
    );
    let whole = app.ok("list_pain_days", json!({ "from": "2026-03-10", "to": "2026-03-10" }));
    assert_eq!(pages[1]["days"][0]["high"], whole[0]["high"], "the figures are the whole day's, not the part's");
    let paged: Vec<String> = pages.iter().flat_map(|p| entry_ids(&p["days"])).collect();
    assert_eq!(paged, entry_ids(&app.ok("list_pain_days", json!({ "from": null, "to": null }))), "the parts together are the whole days");
}

#[test]
fn a_deleted_entry_leaves_the_pages_and_comes_back_with_undo() {
    let app = seeded_app(10, 3);
    let before = page(&app, Value::Null, Value::Null, 0);
    let id = before["days"][0]["entries"][0]["id"].clone();
    app.ok("delete_pain", json!({ "id": id }));
    let after = page(&app, Value::Null, Value::Null, 0);
    assert_eq!(number(&after["totalEntries"]), 29, "the deleted entry is not counted");
    assert!(!entry_ids(&after["days"]).contains(&id.as_str().unwrap_or("").to_owned()));
    app.ok("undo_delete_pain", json!({ "id": id }));
    assert_eq!(page(&app, Value::Null, Value::Null, 0), before, "undo brings back exactly the page there was");
}

#[test]
fn an_empty_range_is_one_empty_page() {
    let app = seeded_app(10, 3);
    let shown = page(&app, json!("2020-01-01"), json!("2020-12-31"), 0);
    assert_eq!(shown["days"], json!([]));
    assert_eq!((number(&shown["pageCount"]), number(&shown["totalEntries"])), (1, 0));
    assert_eq!(shown["months"], json!([]));
}

#[test]
fn a_page_that_does_not_exist_is_rejected_on_page_and_a_bad_date_on_its_field() {
    let app = seeded_app(150, 3);
    let count = number(&page(&app, Value::Null, Value::Null, 0)["pageCount"]) as i64;
    for bad in [-1, count, count + 100] {
        let error = app.err("history_page", json!({ "from": null, "to": null, "page": bad }));
        assert_eq!(error["kind"], "validation", "page {bad}");
        assert_eq!(error["fields"][0]["field"], "page", "page {bad} is a problem with the page, not the dates");
        assert!(error["fields"][0]["message"].as_str().unwrap_or("").contains(&format!("from 1 to {count}")), "the message says which pages exist");
    }
    let error = app.err("history_page", json!({ "from": "2026-13-01", "to": null, "page": 0 }));
    assert_eq!((error["kind"].as_str(), error["fields"][0]["field"].as_str()), (Some("validation"), Some("from")));
    let error = app.err("history_page", json!({ "from": "2026-03-10", "to": "2026-03-01", "page": 0 }));
    assert_eq!(error["fields"][0]["field"], "to", "an end before the start is rejected on the end date, as in list_pain_days");
}
