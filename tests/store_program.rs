//! The exercise program's store on a real temp file: sessions saved as they happen, active days,
//! manual sessions, level history, the habit plan and its pauses, and the CHECK constraints.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use backtrack::domain::dates::DayRange;
use backtrack::domain::program::exercise::{builtin_catalog, Catalog, Level};
use backtrack::domain::program::habit_plan::RestPlan;
use backtrack::domain::program::habit_plan::{HabitSettings, PauseDetails};
use backtrack::domain::program::session::{
    validate_finish, validate_manual, validate_progress, validate_start, ExerciseProgress, ExerciseProgressDraft, ManualSessionDraft,
    SessionFinishDraft,
};
use backtrack::domain::program::suggestions::{Decision, Direction, NewLevelChange};
use backtrack::domain::validation::ValidationErrors;
use backtrack::store::{self, StoreError};
use chrono::{NaiveDate, Weekday};
use common::{db_path, london, temp_dir};
use uuid::Uuid;

fn catalog() -> Catalog {
    builtin_catalog().expect("catalog")
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn progress(id: &str, sets: f64, completed: bool) -> ExerciseProgress {
    let draft = ExerciseProgressDraft { exercise_id: id.into(), sets_done: Some(sets), completed: Some(completed), ..Default::default() };
    let mut errors = ValidationErrors::default();
    validate_progress(&draft, &catalog(), "", &mut errors).unwrap_or_else(|| panic!("{errors:?}"))
}

#[test]
fn sets_saved_as_they_happen_survive_closing_mid_session_and_the_day_counts() {
    let dir = temp_dir();
    let path = db_path(dir.path());
    let session_id = {
        let mut conn = store::open(&path).expect("the diary opens");
        let start = validate_start(false, Some(3.0), london(2026, 3, 14, 18, 0)).expect("the start is valid");
        let session = store::start_session(&mut conn, &start).expect("the store can start session");
        store::record_exercise_progress(&mut conn, &session.id, &progress("glute-bridge.standard", 1.0, false))
            .expect("the store can record exercise progress");
        store::record_exercise_progress(&mut conn, &session.id, &progress("squat.standard", 1.0, false))
            .expect("the store can record exercise progress");
        store::record_exercise_progress(&mut conn, &session.id, &progress("glute-bridge.standard", 2.0, true))
            .expect("the store can record exercise progress");
        session.id
        // The app closes here: the session is never finished.
    };
    let conn = store::open(&path).expect("the diary opens");
    let session = store::get_session(&conn, &session_id).expect("the store can get session");
    assert_eq!(session.ended_at, None, "never finished");
    let kept: Vec<(&str, u8, u8, bool)> = session.exercises.iter().map(|e| (e.exercise_id.as_str(), e.position, e.sets_done, e.completed)).collect();
    assert_eq!(
        kept,
        [("glute-bridge.standard", 0, 2, true), ("squat.standard", 1, 1, false)],
        "each exercise keeps its latest progress and the position it was first recorded at"
    );
    assert_eq!(session.pain_before, Some(3));
    let active = store::active_days(&conn, None, None).expect("the store can active days");
    assert_eq!(active, [day("2026-03-14")], "a partial, unfinished session still makes its day active");
}

#[test]
fn a_session_started_but_with_nothing_done_is_not_an_active_day() {
    let dir = temp_dir();
    let mut conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let start = validate_start(true, None, london(2026, 3, 14, 18, 0)).expect("the start is valid");
    let session = store::start_session(&mut conn, &start).expect("the store can start session");
    store::record_exercise_progress(&mut conn, &session.id, &progress("leg-raise.modified", 0.0, false))
        .expect("the store can record exercise progress");
    assert!(store::active_days(&conn, None, None).unwrap_or_default().is_empty(), "zero sets is nothing done yet");
}

#[test]
fn finishing_a_session_keeps_pain_and_effort_and_unknown_sessions_are_not_found() {
    let dir = temp_dir();
    let mut conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let start = validate_start(false, Some(2.0), london(2026, 3, 14, 18, 0)).expect("the start is valid");
    let session = store::start_session(&mut conn, &start).expect("the store can start session");
    let draft = SessionFinishDraft {
        pain_after: Some(4.0),
        pain_during: Some(5.0),
        effort: Some(6.0),
        note: Some("Felt fine.".into()),
        ..Default::default()
    };
    let outcome = validate_finish(&draft, session.started_at, london(2026, 3, 14, 18, 14)).expect("the finish is valid");
    let finished = store::finish_session(&mut conn, &session.id, &outcome).expect("the store can finish session");
    assert_eq!((finished.pain_before, finished.pain_after, finished.pain_during, finished.effort), (Some(2), Some(4), Some(5), Some(6)));
    assert_eq!(finished.ended_at.map(|e| e.to_rfc3339()).as_deref(), Some("2026-03-14T18:14:00+00:00"));
    assert_eq!(store::last_finished_session(&conn).ok().flatten().map(|s| s.id), Some(session.id));
    let stranger = Uuid::new_v4();
    assert!(matches!(store::finish_session(&mut conn, &stranger, &outcome), Err(StoreError::SessionNotFound(_))));
    let done = progress("squat.standard", 1.0, false);
    assert!(matches!(store::record_exercise_progress(&mut conn, &stranger, &done), Err(StoreError::SessionNotFound(_))));
    let rows: i64 = conn.query_row("SELECT count(*) FROM session_exercise", [], |r| r.get(0)).unwrap_or(-1);
    assert_eq!(rows, 0, "nothing is written for a session that does not exist");
}

#[test]
fn a_manual_session_is_stored_whole_and_counts_even_without_exercises() {
    let dir = temp_dir();
    let mut conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let catalog = catalog();
    let pool = ManualSessionDraft {
        started_at: Some("2026-03-12T10:00".into()),
        duration_minutes: Some(30.0),
        note: Some("Pool".into()),
        exercises: vec![
            ExerciseProgressDraft { exercise_id: "lunge.water".into(), sets_done: Some(2.0), reps_done: Some(8.0), ..Default::default() },
            ExerciseProgressDraft { exercise_id: "squat.water".into(), sets_done: Some(2.0), ..Default::default() },
        ],
        ..Default::default()
    };
    let manual = validate_manual(&pool, &catalog, london(2026, 3, 14, 9, 0)).expect("the manual session is valid");
    let stored = store::log_manual_session(&mut conn, &manual).expect("the store can log manual session");
    let walk = ManualSessionDraft { started_at: Some("2026-03-13T10:00".into()), ..Default::default() };
    let walk = validate_manual(&walk, &catalog, london(2026, 3, 14, 9, 0)).expect("the manual session is valid");
    store::log_manual_session(&mut conn, &walk).expect("the store can log manual session");
    let listed = store::list_sessions(&conn, Some(day("2026-03-12")), Some(day("2026-03-12"))).expect("the store can list sessions");
    assert_eq!(listed, vec![stored.clone()], "the session reads back as stored, and the range is by local day");
    assert_eq!(stored.exercises.len(), 2);
    let active = store::active_days(&conn, None, None).unwrap_or_default();
    assert_eq!(active, [day("2026-03-12"), day("2026-03-13")], "a manual session counts even with no exercise named");
}

#[test]
fn level_changes_are_kept_with_their_reason_and_only_accepted_ones_move_the_level() {
    let dir = temp_dir();
    let mut conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let catalog = catalog();
    let levels = store::current_levels(&conn, &catalog).expect("the store can current levels");
    assert_eq!(levels.len(), catalog.families.len());
    assert!(levels.iter().all(|l| l.level == Level::Standard && l.since.is_none()), "everyone starts at standard");
    let change = |to: Level, direction: Direction, decided: Decision, on: &str| NewLevelChange {
        family_id: "squat".into(),
        from_level: Level::Standard,
        to_level: Some(to),
        day: day(on),
        direction,
        reason: "Your pain went from 3 before the session to 6 after it.".into(),
        reason_data: None,
        decided,
        decided_at: london(2026, 3, day(on).format("%d").to_string().parse().unwrap_or(1), 19, 0).fixed_offset(),
    };
    store::record_level_change(&mut conn, &change(Level::Modified, Direction::StepBack, Decision::Declined, "2026-03-10"))
        .expect("the store can record level change");
    assert_eq!(store::stored_levels(&conn).unwrap_or_default(), vec![], "a declined suggestion moves nothing");
    store::record_level_change(&mut conn, &change(Level::Modified, Direction::StepBack, Decision::Accepted, "2026-03-12"))
        .expect("the store can record level change");
    let squat = store::current_levels(&conn, &catalog).unwrap_or_default().into_iter().find(|l| l.family_id == "squat");
    assert_eq!(squat.map(|l| (l.level, l.since)), Some((Level::Modified, Some(day("2026-03-12")))));
    let history = store::list_level_changes(&conn, None).expect("the store can list level changes");
    let seen: Vec<(Decision, &str)> = history.iter().map(|c| (c.decided, c.reason.as_str())).collect();
    assert_eq!(seen.len(), 2, "both decisions are in the history");
    assert_eq!(seen[0].0, Decision::Accepted, "newest first");
    assert!(seen[1].1.contains("from 3 before"), "the reason shown at the time is kept");
    assert_eq!(store::list_level_changes(&conn, Some(day("2026-03-11"))).map(|h| h.len()).unwrap_or(0), 1);
}

#[test]
fn the_plan_starts_at_three_a_week_and_saves_rest_weekdays_and_pauses() {
    let dir = temp_dir();
    let path = db_path(dir.path());
    {
        let mut conn = store::open(&path).expect("the diary opens");
        let plan = store::get_habit_plan(&conn).expect("the store can get habit plan");
        assert_eq!(plan.settings, HabitSettings::default());
        let settings = HabitSettings { weekly_goal: 4, rest: RestPlan::Weekdays { weekdays: vec![Weekday::Sun, Weekday::Wed] } };
        store::save_habit_settings(&mut conn, &settings).expect("the store can save habit settings");
        let range = DayRange { from: day("2026-03-01"), to: day("2026-03-07") };
        store::add_pause(&mut conn, &PauseDetails { range, reason: "Flu".into() }).expect("the store can add pause");
    }
    let mut conn = store::open(&path).expect("the diary opens");
    let plan = store::get_habit_plan(&conn).expect("the store can get habit plan");
    assert_eq!(plan.settings.weekly_goal, 4);
    assert_eq!(plan.settings.rest, RestPlan::Weekdays { weekdays: vec![Weekday::Wed, Weekday::Sun] }, "weekdays come back Monday first");
    assert_eq!(plan.pauses.len(), 1);
    assert_eq!(plan.plan().paused, vec![DayRange { from: day("2026-03-01"), to: day("2026-03-07") }]);
    store::remove_pause(&mut conn, &plan.pauses[0].id).expect("the store can remove pause");
    assert!(matches!(store::remove_pause(&mut conn, &plan.pauses[0].id), Err(StoreError::PauseNotFound(_))), "removing twice: not found");
}

#[test]
fn check_constraints_refuse_values_the_domain_would_reject() {
    let dir = temp_dir();
    let conn = store::open(&db_path(dir.path())).expect("the diary opens");
    let id = "6f1d7a0e-0000-4000-8000-000000000001";
    let session = |values: &str| {
        conn.execute(&format!("INSERT INTO exercise_session (id, day, started_at, time_zone, kind, pain_after, effort, note) VALUES ({values})"), [])
    };
    assert!(session(&format!("'{id}', '2026-03-14', '2026-03-15T09:00:00+00:00', 'UTC', 'guided', NULL, NULL, ''")).is_err(), "day must match start");
    assert!(session(&format!("'{id}', '2026-03-14', '2026-03-14T09:00:00+00:00', 'UTC', 'guided', 11, NULL, ''")).is_err(), "pain above 10");
    assert!(session(&format!("'{id}', '2026-03-14', '2026-03-14T09:00:00+00:00', 'UTC', 'guided', NULL, -1, ''")).is_err(), "negative effort");
    assert!(session(&format!("'{id}', '2026-03-14', '2026-03-14T09:00:00+00:00', 'UTC', 'walk', NULL, NULL, ''")).is_err(), "unknown kind");
    assert!(
        session(&format!("'{id}', '2026-03-14', '2026-03-14T09:00:00+00:00', 'UTC', 'manual', NULL, NULL, ''")).is_err(),
        "manual is always finished"
    );
    let long_note = "x".repeat(1001);
    assert!(session(&format!("'{id}', '2026-03-14', '2026-03-14T09:00:00+00:00', 'UTC', 'guided', NULL, NULL, '{long_note}'")).is_err());
    session(&format!("'{id}', '2026-03-14', '2026-03-14T09:00:00+00:00', 'UTC', 'guided', 4, 6, ''")).expect("a valid row");
    let exercise = |sets: i64, reps: &str, seconds: &str| {
        conn.execute(
            &format!("INSERT OR REPLACE INTO session_exercise (session_id, exercise_id, position, sets_done, reps_done, seconds_done) VALUES ('{id}', 'squat.standard', 0, {sets}, {reps}, {seconds})"),
            [],
        )
    };
    assert!(exercise(11, "NULL", "NULL").is_err(), "more sets than twice the largest dose");
    assert!(exercise(2, "61", "NULL").is_err(), "more reps than twice the largest dose");
    assert!(exercise(2, "10", "30").is_err(), "reps or seconds, not both");
    assert!(exercise(2, "10", "NULL").is_ok());
    assert!(
        conn.execute(&format!("UPDATE exercise_session SET ended_at = '2026-03-14T08:00:00+00:00' WHERE id = '{id}'"), []).is_err(),
        "ends before it starts"
    );
    assert!(conn.execute("INSERT INTO program_level VALUES ('squat', 'expert', '2026-03-14')", []).is_err(), "unknown level");
    assert!(conn.execute("INSERT INTO habit_plan (id, weekly_goal) VALUES (1, 8)", []).is_err(), "weekly goal over 7");
    assert!(conn.execute("INSERT INTO habit_plan (id, weekly_goal) VALUES (2, 3)", []).is_err(), "one plan row only");
    assert!(
        conn.execute("INSERT INTO habit_plan (id, rest_kind, rest_weekdays, rest_per_week) VALUES (1, 'weekdays', '1,8', 0)", []).is_err(),
        "weekday 8"
    );
    assert!(
        conn.execute(&format!("INSERT INTO pause VALUES ('{id}', '2026-03-10', '2026-03-01', '')"), []).is_err(),
        "pause ending before it starts"
    );
    let change = |direction: &str, decided: &str, to: &str| {
        conn.execute(
            &format!("INSERT INTO level_change (id, family_id, from_level, to_level, day, direction, reason, decided, decided_at) VALUES ('{id}', 'squat', 'standard', {to}, '2026-03-14', '{direction}', '', '{decided}', '2026-03-14T09:00:00+00:00')"),
            [],
        )
    };
    assert!(change("sideways", "accepted", "'modified'").is_err(), "unknown direction");
    assert!(change("manual", "declined", "'modified'").is_err(), "a manual change is always accepted");
    assert!(change("step_up", "accepted", "NULL").is_err(), "only a step back may suggest a rest day");
    assert!(change("step_back", "accepted", "NULL").is_ok());
}
