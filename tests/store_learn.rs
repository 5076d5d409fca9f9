//! Learn's storage: read marks, and red-flag checks stored whole with their answers.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use backtrack::domain::learn::red_flags::{assess, questions, NewRedFlagCheck, Outcome, RedFlagAnswerDraft};
use backtrack::store;
use common::{db_path, london, temp_dir};

fn open(dir: &std::path::Path) -> rusqlite::Connection {
    store::open(&db_path(dir)).expect("the diary opens")
}

/// A check with every answer "no" except `yes_to`, taken at `now`.
fn check(yes_to: &[&str], now: chrono::DateTime<chrono_tz::Tz>) -> NewRedFlagCheck {
    let drafts: Vec<RedFlagAnswerDraft> = questions()
        .into_iter()
        .map(|q| RedFlagAnswerDraft { answer: if yes_to.contains(&q.id.as_str()) { "yes" } else { "no" }.into(), question_id: q.id })
        .collect();
    NewRedFlagCheck::taken(assess(&drafts).expect("the answers are a complete check"), now)
}

#[test]
fn a_read_mark_is_kept_after_reopening_and_can_be_taken_back() {
    let dir = temp_dir();
    let at = london(2026, 3, 1, 9, 0).fixed_offset();
    {
        let conn = open(dir.path());
        store::set_article_read(&conn, "weak-glutes", true, &at).expect("the store can set article read");
        store::set_article_read(&conn, "weak-glutes", true, &at).expect("marking twice must be fine");
        store::set_article_read(&conn, "three-glute-muscles", true, &at).expect("the store can set article read");
    }
    let conn = open(dir.path());
    let read = store::read_articles(&conn).expect("the store can read articles");
    assert!(read.contains("weak-glutes") && read.contains("three-glute-muscles"), "read marks survive a restart: {read:?}");
    store::set_article_read(&conn, "weak-glutes", false, &at).expect("the store can set article read");
    let read = store::read_articles(&conn).expect("the store can read articles");
    assert_eq!(read.len(), 1, "unread removes the mark");
    assert!(!read.contains("weak-glutes"));
}

#[test]
fn a_slug_that_is_not_a_slug_is_refused_by_the_schema() {
    let dir = temp_dir();
    let conn = open(dir.path());
    let at = london(2026, 3, 1, 9, 0).fixed_offset();
    assert!(store::set_article_read(&conn, "<script>", true, &at).is_err(), "the CHECK refuses what no article could be called");
}

#[test]
fn a_check_is_stored_with_its_day_answers_and_positives() {
    let dir = temp_dir();
    let mut conn = open(dir.path());
    let stored = store::insert_red_flag_check(&mut conn, &check(&["legs_weaker", "night_pain"], london(2026, 7, 1, 23, 30)))
        .expect("the store can insert red flag check");
    assert_eq!(stored.outcome, Outcome::Emergency);
    assert_eq!(stored.day.to_string(), "2026-07-01", "the local day, not the UTC one");
    assert_eq!(stored.taken_at.to_rfc3339(), "2026-07-01T23:30:00+01:00", "the moment keeps its offset");
    assert_eq!(stored.answers.len(), questions().len(), "every answer is stored");
    assert_eq!(stored.answers[0].question_id, "saddle_numbness", "answers come back in question order");
    let positives: Vec<&str> = stored.positives.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(positives, ["legs_weaker", "night_pain"], "positives are recomputed, most urgent first");
    let listed = store::list_red_flag_checks(&conn).expect("the store can list red flag checks");
    assert_eq!(listed, [stored], "the list returns what was stored");
}

#[test]
fn checks_are_listed_newest_first_whatever_their_offset() {
    let dir = temp_dir();
    let mut conn = open(dir.path());
    let new_york: chrono_tz::Tz = "America/New_York".parse().unwrap_or(chrono_tz::Tz::UTC);
    // 20:00 in New York on 1 March is 01:00 on 2 March in London: later than 23:00 London on 1 March.
    let later = chrono::TimeZone::with_ymd_and_hms(&new_york, 2026, 3, 1, 20, 0, 0).earliest().expect("valid time");
    for (yes, at) in [(vec![], london(2026, 3, 1, 23, 0)), (vec!["cancer_history"], later), (vec!["both_legs"], london(2026, 2, 27, 8, 0))] {
        store::insert_red_flag_check(&mut conn, &check(&yes, at)).expect("the store can insert red flag check");
    }
    let outcomes: Vec<Outcome> = store::list_red_flag_checks(&conn).expect("the store can list red flag checks").iter().map(|c| c.outcome).collect();
    assert_eq!(outcomes, [Outcome::SameDay, Outcome::NoneFlagged, Outcome::Emergency], "ordered by the moment, not the text");
}

#[test]
fn a_check_whose_answers_fail_is_not_stored_at_all() {
    let dir = temp_dir();
    let mut conn = open(dir.path());
    let mut bad = check(&[], london(2026, 3, 1, 9, 0));
    let first = bad.answers[0].clone();
    bad.answers.push(first); // the same question twice breaks the primary key
    assert!(store::insert_red_flag_check(&mut conn, &bad).is_err());
    assert!(store::list_red_flag_checks(&conn).expect("the store can list red flag checks").is_empty(), "one transaction: nothing is left behind");
}

#[test]
fn a_check_from_before_the_new_signs_still_loads_with_its_ten_answers() {
    use backtrack::domain::learn::red_flags::{Answer, RedFlagAnswer};
    let dir = temp_dir();
    let mut conn = open(dir.path());
    let old_ids = [
        "saddle_numbness",
        "bladder_bowel",
        "sexual_function",
        "both_legs",
        "legs_weaker",
        "fever_unwell",
        "weight_loss",
        "cancer_history",
        "night_pain",
        "fall_injury",
    ];
    let answers = old_ids
        .iter()
        .map(|id| RedFlagAnswer { question_id: (*id).to_owned(), answer: if *id == "cancer_history" { Answer::Yes } else { Answer::No } })
        .collect();
    let mut old = check(&[], london(2025, 1, 5, 9, 0));
    old.answers = answers;
    old.outcome = Outcome::SameDay;
    store::insert_red_flag_check(&mut conn, &old).expect("an old check can be stored");
    let listed = store::list_red_flag_checks(&conn).expect("an old check can be read back");
    assert_eq!(listed[0].answers.len(), 10, "a check keeps the answers it was taken with");
    assert_eq!(listed[0].outcome, Outcome::SameDay, "its stored outcome is kept");
    let ids: Vec<&str> = listed[0].positives.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["cancer_history"], "every old question id is still a question of the check");
}
