//! The function check-in's tables on a real temp file: activities and ratings read back as
//! saved, a check-in is saved all or none, and the CHECK constraints stop a bad value whatever
//! writes it.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use backtrack::domain::function_scale::{validate_rating, FunctionActivity, RatingDetails, RatingDraft};
use backtrack::domain::validation::ValidationErrors;
use backtrack::store::{self, StoreError};
use common::{db_path, london, temp_dir};
use rusqlite::Connection;
use uuid::Uuid;

fn open(dir: &tempfile::TempDir) -> Connection {
    store::open(&db_path(dir.path())).expect("the diary opens")
}

fn rating(activities: &[FunctionActivity], activity: &FunctionActivity, score: f64, at: &str) -> RatingDetails {
    let mut errors = ValidationErrors::default();
    let draft = RatingDraft { activity_id: activity.id.to_string(), score: Some(score), rated_at: Some(at.into()) };
    validate_rating(&draft, activities, london(2026, 3, 18, 12, 0), "", &mut errors).unwrap_or_else(|| panic!("{errors:?}"))
}

#[test]
fn activities_and_ratings_read_back_as_saved() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let walk = store::add_function_activity(&conn, "walk to the shops").expect("add function activity works");
    assert!(walk.is_active());
    let activities = store::list_function_activities(&conn).expect("list function activities works");
    assert_eq!(activities, std::slice::from_ref(&walk));
    let saved =
        store::insert_function_ratings(&mut conn, &[rating(&activities, &walk, 4.0, "2026-03-16T20:15")]).expect("insert function ratings works");
    let listed = store::list_function_ratings(&conn, None, None).expect("list function ratings works");
    assert_eq!(listed, saved);
    assert_eq!((listed[0].score, listed[0].day.to_string()), (4, "2026-03-16".to_owned()));
    assert_eq!(listed[0].rated_at.to_rfc3339(), "2026-03-16T20:15:00+00:00", "the time keeps its offset");
}

#[test]
fn a_retired_activity_keeps_its_ratings_and_its_first_retirement_time() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let sit = store::add_function_activity(&conn, "sit through a movie").expect("add function activity works");
    let activities = store::list_function_activities(&conn).expect("list function activities works");
    store::insert_function_ratings(&mut conn, &[rating(&activities, &sit, 3.0, "2026-03-16T20:00")]).expect("insert function ratings works");
    let retired = store::retire_function_activity(&conn, &sit.id).expect("retire function activity works");
    assert!(!retired.is_active());
    let again = store::retire_function_activity(&conn, &sit.id).expect("retire function activity works");
    assert_eq!(again.retired_at, retired.retired_at, "retiring twice keeps the first time");
    assert_eq!(store::list_function_ratings(&conn, None, None).map(|r| r.len()).unwrap_or(0), 1, "history is kept");
    assert!(matches!(store::retire_function_activity(&conn, &Uuid::new_v4()), Err(StoreError::ActivityNotFound(_))));
}

#[test]
fn an_edited_rating_moves_to_its_new_day_and_an_unknown_one_is_not_found() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let lift = store::add_function_activity(&conn, "lift my grandson").expect("add function activity works");
    let activities = store::list_function_activities(&conn).expect("list function activities works");
    let saved =
        store::insert_function_ratings(&mut conn, &[rating(&activities, &lift, 2.0, "2026-03-16T20:00")]).expect("insert function ratings works");
    let moved = store::update_function_rating(&conn, &saved[0].id, &rating(&activities, &lift, 5.0, "2026-03-17T07:30"))
        .expect("update function rating works");
    assert_eq!((moved.score, moved.day.to_string()), (5, "2026-03-17".to_owned()));
    let missing = store::update_function_rating(&conn, &Uuid::new_v4(), &rating(&activities, &lift, 5.0, "2026-03-17T07:30"));
    assert!(matches!(missing, Err(StoreError::RatingNotFound(_))));
    let from = moved.day;
    assert_eq!(store::list_function_ratings(&conn, Some(from), Some(from)).map(|r| r.len()).unwrap_or(0), 1, "the range is by local day");
}

#[test]
fn a_check_in_is_saved_all_or_none() {
    let dir = temp_dir();
    let mut conn = open(&dir);
    let walk = store::add_function_activity(&conn, "walk").expect("add function activity works");
    let activities = store::list_function_activities(&conn).expect("list function activities works");
    let good = rating(&activities, &walk, 6.0, "2026-03-16T20:00");
    let orphan = RatingDetails { activity_id: Uuid::new_v4(), ..good.clone() };
    assert!(store::insert_function_ratings(&mut conn, &[good, orphan]).is_err(), "a rating of no activity is refused by the schema");
    assert_eq!(store::list_function_ratings(&conn, None, None).map(|r| r.len()).unwrap_or(9), 0, "the good rating was rolled back with it");
}

#[test]
fn the_schema_refuses_what_the_domain_would_refuse() {
    let dir = temp_dir();
    let conn = open(&dir);
    let walk = store::add_function_activity(&conn, "walk").expect("add function activity works");
    let insert = |score: i64, day: &str, at: &str| {
        conn.execute(
            "INSERT INTO function_rating (id, activity_id, day, rated_at, score, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, '2026-03-16T20:00:00Z')",
            rusqlite::params![Uuid::new_v4().to_string(), walk.id.to_string(), day, at, score],
        )
    };
    assert!(insert(11, "2026-03-16", "2026-03-16T20:00:00+00:00").is_err(), "a score above 10");
    assert!(insert(-1, "2026-03-16", "2026-03-16T20:00:00+00:00").is_err(), "a score below 0");
    assert!(insert(5, "2026-03-17", "2026-03-16T20:00:00+00:00").is_err(), "a day that is not the time's date");
    assert!(conn
        .execute("INSERT INTO function_activity (id, name, created_at) VALUES (?1, '  ', '2026-03-16T20:00:00Z')", [Uuid::new_v4().to_string()])
        .is_err());
    let long = "x".repeat(81);
    assert!(conn
        .execute("INSERT INTO function_activity (id, name, created_at) VALUES (?1, ?2, '2026-03-16T20:00:00Z')", [Uuid::new_v4().to_string(), long])
        .is_err());
}
