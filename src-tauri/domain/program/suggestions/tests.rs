//! Pending suggestions, manual level choices and pause checks, read as sentences.

use chrono::{DateTime, FixedOffset};

use super::*;
use crate::domain::diary::history::group_by_day;
use crate::domain::diary::PainEntry;
use crate::domain::program::decisions::validate_level_choice;
use crate::domain::program::exercise::builtin_catalog;
use crate::domain::program::session::{ExerciseProgress, SessionKind};

fn catalog() -> Catalog {
    builtin_catalog().expect("the built-in catalog must load")
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap_or_else(|e| panic!("bad test date {text}: {e}"))
}

fn time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap_or_else(|e| panic!("bad test time {text}: {e}"))
}

fn entry(at: &str, intensity: u8) -> PainEntry {
    PainEntry::for_test(at, intensity)
}

/// A diary with pain `intensity` every day from 1 to 22 March 2026 at 08:00.
fn steady_diary(intensity: u8) -> Vec<PainDay> {
    group_by_day((1..=22).map(|d| entry(&format!("2026-03-{d:02}T08:00:00+00:00"), intensity)).collect())
}

/// A finished session on 20 March with the glute bridge and the piriformis stretch done.
fn session(before: Option<u8>, after: Option<u8>, during: Option<u8>) -> ExerciseSession {
    let done = |id: &str, position| ExerciseProgress {
        exercise_id: id.into(),
        position,
        sets_done: 2,
        reps_done: None,
        seconds_done: None,
        completed: true,
    };
    ExerciseSession {
        id: Uuid::new_v4(),
        day: day("2026-03-20"),
        started_at: time("2026-03-20T18:00:00+00:00"),
        ended_at: Some(time("2026-03-20T18:15:00+00:00")),
        time_zone: "Europe/London".into(),
        kind: SessionKind::Guided,
        gentle: false,
        pain_before: before,
        pain_after: after,
        pain_during: during,
        effort: Some(5),
        note: String::new(),
        exercises: vec![done("glute-bridge.standard", 0), done("piriformis-stretch.modified", 1)],
    }
}

struct Case {
    catalog: Catalog,
    levels: Vec<FamilyLevel>,
    session: Option<ExerciseSession>,
    diary: Vec<PainDay>,
    active: u32,
    changes: Vec<LevelChange>,
    today: NaiveDate,
}

impl Case {
    fn new(session: Option<ExerciseSession>) -> Self {
        let catalog = catalog();
        let levels = levels_with_defaults(
            &catalog,
            &[FamilyLevel { family_id: "piriformis-stretch".into(), level: Level::Modified, since: Some(day("2026-01-01")) }],
            Level::Standard,
        );
        Case { catalog, levels, session, diary: steady_diary(3), active: 0, changes: vec![], today: day("2026-03-21") }
    }

    fn suggestions(&self) -> Vec<Suggestion> {
        pending_suggestions(&SuggestionInput {
            catalog: &self.catalog,
            levels: &self.levels,
            last_finished: self.session.as_ref(),
            pain_days: &self.diary,
            active_days_in_last_two_weeks: self.active,
            weekly_goal: 3,
            recent_changes: &self.changes,
            today: self.today,
        })
    }
}

fn declined(family: &str, direction: Direction, on: &str) -> LevelChange {
    LevelChange {
        id: Uuid::new_v4(),
        family_id: family.into(),
        from_level: Level::Standard,
        to_level: Some(Level::Modified),
        day: day(on),
        direction,
        reason: String::new(),
        reason_data: None,
        decided: Decision::Declined,
        decided_at: time(&format!("{on}T09:00:00+00:00")),
    }
}

#[test]
fn pain_above_the_ceiling_during_a_session_suggests_stepping_back_each_family_done_in_it() {
    let suggestions = Case::new(Some(session(Some(3), Some(6), Some(7)))).suggestions();
    let offers: Vec<(&str, Option<Level>)> = suggestions.iter().map(|s| (s.family_id.as_str(), s.to_level)).collect();
    assert_eq!(
        offers,
        [("glute-bridge", Some(Level::Modified)), ("piriformis-stretch", None)],
        "standard steps back to modified; the stretch at modified has no pool version, so it is done gently"
    );
    assert!(suggestions[0].message.contains("reached 7 out of 10. For you, up to 5 is fine."), "{}", suggestions[0].message);
    assert_eq!(suggestions[0].reason, SuggestionReason::StepBack { reason: StepBackReason::AboveCeiling { during: 7, ceiling: 5 } });
    assert!(suggestions[1].message.contains("gentlest version"), "never a rest day: {}", suggestions[1].message);
}

#[test]
fn pain_that_rises_after_a_session_and_settles_the_next_day_suggests_nothing() {
    // 3 before and 6 after, but the diary is back at 3 on 21 March: the model's "acceptable".
    assert!(Case::new(Some(session(Some(3), Some(6), None))).suggestions().is_empty());
}

#[test]
fn an_entry_later_the_same_evening_is_just_after_the_session_not_the_next_day() {
    let mut case = Case::new(Some(session(None, None, None)));
    let mut entries: Vec<PainEntry> = case.diary.iter().flat_map(|d| d.entries.clone()).filter(|e| e.details.day <= day("2026-03-20")).collect();
    entries.push(entry("2026-03-20T21:00:00+00:00", 6));
    case.diary = group_by_day(entries);
    assert!(case.suggestions().is_empty(), "no entry on a later day yet, and 6 that evening is allowed");
}

#[test]
fn the_next_day_two_above_usual_pain_suggests_stepping_back() {
    let mut case = Case::new(Some(session(None, None, None)));
    let mut entries: Vec<PainEntry> = case.diary.iter().flat_map(|d| d.entries.clone()).filter(|e| e.details.day <= day("2026-03-20")).collect();
    entries.push(entry("2026-03-21T07:30:00+00:00", 6));
    case.diary = group_by_day(entries);
    let suggestions = case.suggestions();
    assert_eq!(suggestions.len(), 2);
    assert_eq!(suggestions[0].reason, SuggestionReason::StepBack { reason: StepBackReason::NextDayAboveUsual { usual: 3, next: 6 } });
}

#[test]
fn a_calm_session_suggests_nothing() {
    assert!(Case::new(Some(session(Some(3), Some(3), Some(4)))).suggestions().is_empty());
}

#[test]
fn a_declined_step_back_is_not_offered_again_for_a_week() {
    let mut case = Case::new(Some(session(Some(3), Some(6), Some(7))));
    case.changes = vec![declined("glute-bridge", Direction::StepBack, "2026-03-15")];
    let families: Vec<String> = case.suggestions().into_iter().map(|s| s.family_id).collect();
    assert_eq!(families, ["piriformis-stretch"], "declined six days ago: the glute bridge stays quiet");
    case.changes = vec![declined("glute-bridge", Direction::StepBack, "2026-03-13")];
    assert_eq!(case.suggestions().len(), 2, "eight days later it may be offered again");
}

#[test]
fn a_decision_after_the_session_settles_its_step_back() {
    let mut case = Case::new(Some(session(Some(3), Some(6), Some(7))));
    let mut accepted = declined("glute-bridge", Direction::StepBack, "2026-03-20");
    accepted.decided = Decision::Accepted;
    accepted.decided_at = time("2026-03-20T19:00:00+00:00");
    case.changes = vec![accepted];
    let families: Vec<String> = case.suggestions().into_iter().map(|s| s.family_id).collect();
    assert_eq!(families, ["piriformis-stretch"], "the glute bridge was already stepped back after this session");
}

#[test]
fn a_session_older_than_a_week_suggests_nothing_more() {
    let mut case = Case::new(Some(session(Some(3), Some(6), Some(7))));
    case.today = day("2026-03-28");
    assert!(case.suggestions().iter().all(|s| s.direction != Direction::StepBack));
}

#[test]
fn two_steady_weeks_with_the_goal_met_suggest_stepping_up_families_with_a_harder_rung() {
    let mut case = Case::new(None);
    case.today = day("2026-03-23"); // Monday: the weeks of 9 and 16 March are complete.
    case.active = 5; // 5 of 6 planned days: at least 80%.
    let suggestions = case.suggestions();
    let with_a_rung_above: Vec<&str> =
        case.catalog.families.iter().filter(|f| f.id == "piriformis-stretch" || f.level(Level::Harder).is_some()).map(|f| f.id.as_str()).collect();
    let offered: Vec<&str> = suggestions.iter().map(|s| s.family_id.as_str()).collect();
    assert_eq!(offered, with_a_rung_above, "every family with a rung above its level, and only those");
    assert!(!offered.contains(&"hip-hike"), "the hip hike's standard version is its top rung");
    assert!(suggestions.iter().all(|s| s.direction == Direction::StepUp), "no session, so nothing to step back from");
    assert!(suggestions.iter().any(|s| s.family_id == "glute-bridge"));
    let stretch = suggestions.iter().find(|s| s.family_id == "piriformis-stretch").map(|s| s.to_level);
    assert_eq!(stretch, Some(Some(Level::Standard)), "the stretch at modified steps up to standard");
    case.active = 4;
    assert!(case.suggestions().is_empty(), "4 of 6 is under 80% of the goal");
}

#[test]
fn a_family_changed_in_the_last_two_weeks_is_not_offered_a_step_up() {
    let mut case = Case::new(None);
    case.today = day("2026-03-23");
    case.active = 6;
    case.levels = levels_with_defaults(
        &case.catalog,
        &[FamilyLevel { family_id: "squat".into(), level: Level::Standard, since: Some(day("2026-03-16")) }],
        Level::Standard,
    );
    assert!(case.suggestions().iter().all(|s| s.family_id != "squat"), "its evidence must come from its current level");
}

#[test]
fn a_manual_level_must_exist_in_the_family_and_differ_from_the_current_one() {
    let catalog = catalog();
    let levels = levels_with_defaults(&catalog, &[], Level::Standard);
    let ok = validate_level_choice(&catalog, "squat", "water", &levels).map(|(f, from, to)| (f.id.clone(), from, to));
    assert_eq!(ok, Ok(("squat".into(), Level::Standard, Level::Water)));
    let field = |family: &str, level: &str| validate_level_choice(&catalog, family, level, &levels).err().map(|e| e.fields[0].field.clone());
    assert_eq!(field("juggling", "standard").as_deref(), Some("familyId"));
    assert_eq!(field("squat", "expert").as_deref(), Some("level"));
    assert_eq!(field("piriformis-stretch", "harder").as_deref(), Some("level"), "the stretch has no harder version");
    assert_eq!(field("squat", "standard").as_deref(), Some("level"), "already at standard");
}

#[test]
fn families_with_no_stored_level_start_where_the_person_chose() {
    let catalog = catalog();
    let levels = levels_with_defaults(&catalog, &[], Level::Modified);
    assert!(levels.iter().all(|l| l.level == Level::Modified && l.since.is_none()), "every family here has a modified version");
}
