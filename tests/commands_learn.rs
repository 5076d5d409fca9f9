//! The Learn commands driven through Tauri's IPC layer with the app's real ACL: the library in
//! reading order, read marks that reach the diary file, search with snippets, and a red-flag
//! check stored whole or not at all.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

#[path = "common/test_app.rs"]
mod test_app;

use backtrack::domain::learn::content::READING_ORDER;
use serde_json::{json, Value};
use test_app::TestApp;

fn field_names(error: &Value) -> Vec<&str> {
    error["fields"].as_array().into_iter().flatten().filter_map(|f| f["field"].as_str()).collect()
}

fn slugs(list: &Value) -> Vec<&str> {
    list.as_array().into_iter().flatten().filter_map(|a| a["slug"].as_str()).collect()
}

/// Every question answered "no", except those given.
fn answers(app: &TestApp, except: &[(&str, &str)]) -> Value {
    let questions = app.ok("red_flag_questions", json!({}));
    let list: Vec<Value> = questions
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|q| q["id"].as_str())
        .map(|id| json!({ "questionId": id, "answer": except.iter().find(|(q, _)| *q == id).map_or("no", |(_, a)| a) }))
        .collect();
    Value::Array(list)
}

fn check_count(app: &TestApp) -> usize {
    app.ok("list_red_flag_checks", json!({})).as_array().map_or(0, Vec::len)
}

#[test]
fn the_library_lists_every_article_in_reading_order_unread() {
    let app = TestApp::new();
    let list = app.ok("list_articles", json!({}));
    assert_eq!(slugs(&list), READING_ORDER, "the contract's reading order");
    assert!(list.as_array().into_iter().flatten().all(|a| a["read"] == false), "nothing is read in a new diary");
    let first = &list[0];
    for field in ["title", "summary", "readingMinutes", "relatedExercises", "lastReviewed"] {
        assert!(!first[field].is_null(), "the summary has {field}: {first}");
    }
}

#[test]
fn marking_an_article_read_reaches_the_diary_file_and_the_list() {
    let dir = common::temp_dir();
    let path = common::db_path(dir.path());
    let app = TestApp::in_dir(dir);
    let summary = app.ok("set_article_read", json!({ "slug": "weak-glutes", "read": true }));
    assert_eq!((summary["slug"].as_str(), summary["read"].as_bool()), (Some("weak-glutes"), Some(true)));
    let list = app.ok("list_articles", json!({}));
    let read: Vec<&str> = list.as_array().into_iter().flatten().filter(|a| a["read"] == true).filter_map(|a| a["slug"].as_str()).collect();
    assert_eq!(read, ["weak-glutes"]);
    let conn = backtrack::store::open(&path).expect("the diary opens");
    assert!(backtrack::store::read_articles(&conn).unwrap_or_default().contains("weak-glutes"), "the mark is on disk, so it survives a restart");
    let unread = app.ok("set_article_read", json!({ "slug": "weak-glutes", "read": false }));
    assert_eq!(unread["read"], false);
    assert_eq!(app.ok("get_article", json!({ "slug": "weak-glutes" }))["read"], false, "unread again");
}

#[test]
fn an_article_comes_with_safe_html_sources_and_exercise_names() {
    let app = TestApp::new();
    let article = app.ok("get_article", json!({ "slug": "back-and-buttocks-link" }));
    let html = article["html"].as_str().unwrap_or_default();
    assert!(html.contains("<p>"), "the body is rendered: {html}");
    assert!(!html.contains("<script") && !html.contains("http"), "no script and no web link in the html");
    assert!(article["sources"].as_array().is_some_and(|s| !s.is_empty()), "sources are listed");
    let names = article["relatedExerciseNames"].as_array().cloned().unwrap_or_default();
    assert_eq!(names.len(), article["relatedExercises"].as_array().map_or(0, Vec::len), "each related exercise has its name");
    assert!(names.iter().all(|n| n["name"].as_str().is_some_and(|s| !s.is_empty())));
}

#[test]
fn an_unknown_article_is_not_found() {
    let app = TestApp::new();
    assert_eq!(app.err("get_article", json!({ "slug": "no-such-article" }))["kind"], "not_found");
    assert_eq!(app.err("set_article_read", json!({ "slug": "no-such-article", "read": true }))["kind"], "not_found");
}

#[test]
fn search_finds_articles_by_title_and_by_text_with_a_snippet() {
    let app = TestApp::new();
    let by_title = app.ok("search_articles", json!({ "query": "PIRIFORMIS" }));
    assert_eq!(by_title[0]["slug"], "piriformis-and-leg-pain", "the title match comes first: {by_title}");
    let article = app.ok("get_article", json!({ "slug": "three-glute-muscles" }));
    // A word from the body of one article, found through search.
    let word = if article["html"].as_str().unwrap_or_default().contains("medius") { "medius" } else { "glute" };
    let by_text = app.ok("search_articles", json!({ "query": word }));
    let hit = by_text.as_array().into_iter().flatten().find(|h| h["slug"] == "three-glute-muscles");
    let snippet = hit.and_then(|h| h["snippet"].as_str()).unwrap_or_default().to_lowercase();
    assert!(snippet.contains(word), "the snippet shows the match: {snippet:?}");
    assert_eq!(app.ok("search_articles", json!({ "query": "" })), json!([]), "an empty query finds nothing");
}

#[test]
fn articles_for_an_exercise_link_back_from_the_exercise() {
    let app = TestApp::new();
    let list = app.ok("articles_for_exercise", json!({ "familyId": "glute-bridge" }));
    assert!(!slugs(&list).is_empty(), "some article explains the glute bridge");
    assert!(list.as_array().into_iter().flatten().all(|a| a["relatedExercises"].as_array().is_some_and(|r| r.contains(&json!("glute-bridge")))));
    assert_eq!(app.ok("articles_for_exercise", json!({ "familyId": "cartwheel" })), json!([]), "an unknown family has none");
}

#[test]
fn an_emergency_answer_gives_an_emergency_outcome_with_its_positive() {
    let app = TestApp::new();
    let questions = app.ok("red_flag_questions", json!({}));
    assert_eq!(questions.as_array().map(Vec::len), Some(backtrack::domain::learn::red_flags::SIGNS.len()));
    let check = app.ok("submit_red_flag_check", json!({ "answers": answers(&app, &[("bladder_bowel", "yes"), ("fever_unwell", "yes")]) }));
    assert_eq!(check["outcome"], "emergency");
    assert_eq!(check["positives"][0]["id"], "bladder_bowel", "the emergency sign is listed first");
    assert_eq!(check["positives"][0]["urgency"], "emergency");
    assert_eq!(check["positives"][1]["id"], "fever_unwell");
    assert_eq!(check["answers"].as_array().map(Vec::len), Some(backtrack::domain::learn::red_flags::SIGNS.len()), "every answer is kept");
    let status = app.ok("app_status", json!({}));
    assert_eq!(check["day"], status["today"], "the check belongs to today's local date");
    assert_eq!(check_count(&app), 1);
}

#[test]
fn incomplete_answers_are_refused_on_answers_and_nothing_is_stored() {
    let app = TestApp::new();
    let mut partial = answers(&app, &[]);
    if let Some(list) = partial.as_array_mut() {
        list.truncate(7);
    }
    let error = app.err("submit_red_flag_check", json!({ "answers": partial }));
    assert_eq!(error["kind"], "validation");
    assert_eq!(field_names(&error), ["answers"]);
    let bad = app.err("submit_red_flag_check", json!({ "answers": answers(&app, &[("cancer_history", "perhaps")]) }));
    assert_eq!(field_names(&bad), ["answers"], "an answer outside yes/no/not_sure is a validation error too");
    assert_eq!(check_count(&app), 0, "nothing is stored on rejection");
}

#[test]
fn checks_are_listed_newest_first() {
    let app = TestApp::new();
    app.ok("submit_red_flag_check", json!({ "answers": answers(&app, &[]) }));
    app.ok("submit_red_flag_check", json!({ "answers": answers(&app, &[("weight_loss", "yes")]) }));
    let list = app.ok("list_red_flag_checks", json!({}));
    let outcomes: Vec<&str> = list.as_array().into_iter().flatten().filter_map(|c| c["outcome"].as_str()).collect();
    assert_eq!(outcomes, ["same_day", "none_flagged"], "the latest check first");
}

#[test]
fn with_spanish_in_force_the_library_search_and_exercise_links_are_spanish() {
    use backtrack::i18n::{scoped, Language};
    let app = TestApp::new();
    app.ok("set_article_read", json!({ "slug": "weak-glutes", "read": true }));
    scoped(Language::Es, || {
        let list = app.ok("list_articles", json!({}));
        assert_eq!(slugs(&list), READING_ORDER, "the same slugs in the same order, so read marks still apply");
        let weak = list.as_array().into_iter().flatten().find(|a| a["slug"] == "weak-glutes").cloned().unwrap_or_default();
        assert_eq!(weak["title"], "Glúteos débiles: la postura, el caminar y las caderas tensas", "the Spanish title is listed");
        assert_eq!(weak["read"], true, "a read mark made in English still counts in Spanish");

        let article = app.ok("get_article", json!({ "slug": "back-and-buttocks-link" }));
        let html = article["html"].as_str().unwrap_or_default();
        assert!(html.contains("nalgas"), "the body is the Spanish one: {html}");
        let names: Vec<&str> = article["relatedExerciseNames"].as_array().into_iter().flatten().filter_map(|n| n["name"].as_str()).collect();
        assert!(names.contains(&"Puente de glúteos"), "related exercises are named from the Spanish catalog: {names:?}");

        let hits = app.ok("search_articles", json!({ "query": "gluteos debiles" }));
        assert_eq!(hits[0]["slug"], "weak-glutes", "Spanish search ignores accents and puts the title match first: {hits}");

        let linked = app.ok("articles_for_exercise", json!({ "familyId": "glute-bridge" }));
        assert!(slugs(&linked).contains(&"weak-glutes"), "exercise ids link to the Spanish articles too");
    });
    let article = app.ok("get_article", json!({ "slug": "weak-glutes" }));
    assert_eq!(article["title"], "Weak glutes: posture, walking and tight hips", "English again once Spanish is no longer in force");
}
