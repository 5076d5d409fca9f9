use chrono::{DateTime, NaiveDate, TimeZone};
use chrono_tz::Tz;
use uuid::Uuid;

use super::summary::{summarize, IMPORTANT_CHANGE};
use super::*;
use crate::domain::dates::DayRange;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn now() -> DateTime<Tz> {
    chrono_tz::Europe::London.with_ymd_and_hms(2026, 3, 18, 12, 0, 0).single().unwrap_or_else(|| panic!("a plain noon"))
}

fn activity(n: u128, name: &str, retired: bool) -> FunctionActivity {
    FunctionActivity {
        id: Uuid::from_u128(n),
        name: name.into(),
        created_at: "2026-03-01T09:00:00.000Z".into(),
        retired_at: retired.then(|| "2026-03-10T09:00:00.000Z".into()),
    }
}

fn rating(n: u128, activity: u128, on: &str, score: u8) -> FunctionRating {
    let rated_at = DateTime::parse_from_rfc3339(&format!("{on}T09:00:00+00:00")).expect("parse from rfc3339 works");
    FunctionRating { id: Uuid::from_u128(1000 + n), activity_id: Uuid::from_u128(activity), day: day(on), rated_at, score }
}

fn draft(activity: u128, score: Option<f64>, at: Option<&str>) -> RatingDraft {
    RatingDraft { activity_id: Uuid::from_u128(activity).to_string(), score, rated_at: at.map(str::to_owned) }
}

fn check(draft: &RatingDraft, activities: &[FunctionActivity]) -> (Option<RatingDetails>, ValidationErrors) {
    let mut errors = ValidationErrors::default();
    let details = validate_rating(draft, activities, now(), "", &mut errors);
    (details, errors)
}

#[test]
fn a_named_activity_is_trimmed_and_accepted() {
    let name = validate_activity(&ActivityDraft { name: "  sit through a movie ".into() }, &[]).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(name, "sit through a movie");
}

#[test]
fn an_empty_or_overlong_name_is_refused_on_the_name_field() {
    let empty = validate_activity(&ActivityDraft { name: "   ".into() }, &[]).err().unwrap_or_default();
    assert!(empty.message_for("name").is_some(), "a blank name names nothing");
    let long = validate_activity(&ActivityDraft { name: "a".repeat(81) }, &[]).err().unwrap_or_default();
    assert!(long.message_for("name").is_some_and(|m| m.contains("80")), "the limit is said in the message");
    assert!(validate_activity(&ActivityDraft { name: "é".repeat(80) }, &[]).is_ok(), "80 characters, not bytes, is the limit");
}

#[test]
fn a_fourth_active_activity_is_refused_but_a_retired_one_does_not_count() {
    let three = [activity(1, "walk", false), activity(2, "sit", false), activity(3, "lift", false)];
    let error = validate_activity(&ActivityDraft { name: "garden".into() }, &three).err().unwrap_or_default();
    assert!(error.message_for("name").is_some_and(|m| m.contains("up to 3")));
    let with_retired = [activity(1, "walk", false), activity(2, "sit", true), activity(3, "lift", false)];
    assert!(validate_activity(&ActivityDraft { name: "garden".into() }, &with_retired).is_ok(), "retiring one makes room");
}

#[test]
fn the_same_active_activity_twice_is_refused_whatever_its_case() {
    let error = validate_activity(&ActivityDraft { name: "Walk".into() }, &[activity(1, "walk", false)]).err().unwrap_or_default();
    assert!(error.message_for("name").is_some());
}

#[test]
fn a_whole_rating_from_0_to_10_is_accepted_and_fixed_to_its_local_day() {
    let (details, errors) = check(&draft(1, Some(7.0), Some("2026-03-17T21:30")), &[activity(1, "walk", false)]);
    assert!(errors.is_empty(), "{errors:?}");
    let details = details.unwrap_or_else(|| panic!("accepted"));
    assert_eq!((details.score, details.day), (7, day("2026-03-17")));
    let (now_rating, _) = check(&draft(1, Some(0.0), None), &[activity(1, "walk", false)]);
    assert_eq!(now_rating.map(|d| d.day), Some(day("2026-03-18")), "no time means now");
}

#[test]
fn a_fractional_missing_or_out_of_range_rating_is_refused_on_the_score_field() {
    let activities = [activity(1, "walk", false)];
    for score in [Some(7.5), Some(11.0), Some(-1.0), None, Some(f64::NAN)] {
        let (details, errors) = check(&draft(1, score, None), &activities);
        assert!(details.is_none() && errors.message_for("score").is_some(), "{score:?} is refused");
    }
}

#[test]
fn a_rating_in_the_future_is_refused_on_the_time_field() {
    let (details, errors) = check(&draft(1, Some(5.0), Some("2026-03-19T08:00")), &[activity(1, "walk", false)]);
    assert!(details.is_none());
    assert!(errors.message_for("ratedAt").is_some_and(|m| m.contains("future")));
}

#[test]
fn an_unknown_or_retired_activity_cannot_be_rated() {
    let (_, unknown) = check(&draft(9, Some(5.0), None), &[activity(1, "walk", false)]);
    assert!(unknown.message_for("activityId").is_some());
    let mut errors = ValidationErrors::default();
    let bad_id = RatingDraft { activity_id: "not-an-id".into(), score: Some(5.0), rated_at: None };
    assert!(validate_rating(&bad_id, &[], now(), "ratings.0.", &mut errors).is_none());
    assert!(errors.message_for("ratings.0.activityId").is_some(), "the prefix places the message beside its row");
    let (_, retired) = check(&draft(1, Some(5.0), None), &[activity(1, "walk", true)]);
    assert!(retired.message_for("activityId").is_some());
}

#[test]
fn an_edit_keeps_the_time_unless_a_new_one_is_given() {
    let saved = rating(1, 1, "2026-03-16", 4);
    let kept = validate_rating_change(&RatingChange { score: Some(6.0), rated_at: None }, &saved, now()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((kept.score, kept.day, kept.rated_at), (6, saved.day, saved.rated_at));
    let refused = validate_rating_change(&RatingChange { score: Some(6.5), rated_at: Some("2026-04-01T08:00".into()) }, &saved, now());
    let errors = refused.err().unwrap_or_default();
    assert!(errors.message_for("score").is_some() && errors.message_for("ratedAt").is_some(), "every problem is listed");
}

#[test]
fn the_check_in_is_due_until_every_active_activity_is_rated_this_week() {
    let activities = [activity(1, "walk", false), activity(2, "sit", false), activity(3, "lift", true)];
    // Wednesday 18 March 2026; its week began on Monday 16 March.
    let today = day("2026-03-18");
    let last_week = [rating(1, 1, "2026-03-15", 5)];
    let status = check_in_status(today, &activities, &last_week, false);
    assert_eq!(status.week, day("2026-03-16"));
    assert!(status.due, "Sunday's rating belongs to last week");
    assert_eq!(status.activities.len(), 2, "a retired activity is not asked about");
    let one = [rating(1, 1, "2026-03-16", 5)];
    assert!(check_in_status(today, &activities, &one, false).due, "one of two rated is not done");
    let both = [rating(1, 1, "2026-03-16", 5), rating(2, 2, "2026-03-22", 6)];
    let done = check_in_status(day("2026-03-22"), &activities, &both, false);
    assert!(!done.due, "Monday to Sunday is one week");
    assert_eq!(done.rated_this_week.len(), 2);
}

#[test]
fn with_nothing_named_the_card_invites_until_put_aside() {
    let status = check_in_status(day("2026-03-18"), &[], &[], false);
    assert!(!status.due && status.invite);
    assert!(!check_in_status(day("2026-03-18"), &[], &[], true).invite, "not now is respected");
    assert!(!check_in_status(day("2026-03-18"), &[activity(1, "walk", false)], &[], false).invite, "an invitation only while nothing is named");
}

#[test]
fn the_summary_matches_the_worked_example() {
    let activities = [activity(1, "A", false), activity(2, "B", false)];
    let ratings = [rating(1, 1, "2026-03-02", 3), rating(2, 2, "2026-03-02", 2), rating(3, 1, "2026-03-16", 6), rating(4, 2, "2026-03-16", 3)];
    let summary = summarize(DayRange { from: day("2026-03-01"), to: day("2026-03-31") }, &activities, &ratings);
    let a = &summary.activities[0];
    assert_eq!((a.change, a.clinically_important), (Some(3), true), "3 points is at least 1.4");
    let b = &summary.activities[1];
    assert_eq!((b.change, b.clinically_important), (Some(1), false), "1 point is less than 1.4");
    let means: Vec<(NaiveDate, f64)> = summary.weekly_means.iter().map(|m| (m.week, m.mean)).collect();
    assert_eq!(means, [(day("2026-03-02"), 2.5), (day("2026-03-16"), 4.5)]);
    let change = summary.mean_change.unwrap_or_else(|| panic!("two activities with two ratings"));
    assert_eq!((change.first, change.latest, change.change, change.activities), (2.5, 4.5, 2.0, 2));
    assert!(change.clinically_important);
    assert_eq!(summary.important_change, IMPORTANT_CHANGE);
}

#[test]
fn a_mean_change_just_at_the_threshold_counts() {
    // Three activities rated 2 and then 2 + change: (1 + 2 + 1) / 3 = 1.33 is under 1.4, (2 + 1 + 2) / 3 = 1.67 is over.
    let activities = [activity(1, "A", false), activity(2, "B", false), activity(3, "C", false)];
    let mk = |changes: [u8; 3]| {
        let mut ratings = Vec::new();
        for (i, c) in changes.iter().enumerate() {
            let n = i as u128 + 1;
            ratings.push(rating(n * 10, n, "2026-03-02", 2));
            ratings.push(rating(n * 10 + 1, n, "2026-03-09", 2 + c));
        }
        summarize(DayRange { from: day("2026-03-01"), to: day("2026-03-31") }, &activities, &ratings).mean_change
    };
    assert_eq!(mk([1, 2, 1]).map(|c| (c.change, c.clinically_important)), Some((1.33, false)));
    assert_eq!(mk([2, 1, 2]).map(|c| (c.change, c.clinically_important)), Some((1.67, true)));
    assert!(super::summary::is_important(-1.4), "getting worse by 1.4 matters too");
}

#[test]
fn the_summary_keeps_to_its_range_and_lists_retired_activities_only_when_rated_in_it() {
    let activities = [activity(1, "walk", false), activity(2, "sit", true), activity(3, "old", true)];
    let ratings = [rating(1, 1, "2026-02-20", 2), rating(2, 1, "2026-03-05", 4), rating(3, 2, "2026-03-03", 5), rating(4, 3, "2026-01-10", 1)];
    let summary = summarize(DayRange { from: day("2026-03-01"), to: day("2026-03-31") }, &activities, &ratings);
    let names: Vec<&str> = summary.activities.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["walk", "sit"], "a retired activity without ratings in the range is left out");
    assert_eq!(summary.activities[0].ratings.len(), 1, "a rating before the range is not counted");
    assert_eq!(summary.activities[0].change, None, "one rating has no change");
    assert_eq!(summary.mean_change, None);
    assert_eq!(summary.weekly_means.len(), 1, "retired activities are left out of the mean");
    assert_eq!(summary.weekly_means[0].mean, 4.0);
}

#[test]
fn the_weekly_mean_takes_each_activitys_last_rating_of_the_week() {
    let activities = [activity(1, "walk", false)];
    let ratings = [rating(1, 1, "2026-03-02", 2), rating(2, 1, "2026-03-04", 5)];
    let summary = summarize(DayRange { from: day("2026-03-01"), to: day("2026-03-31") }, &activities, &ratings);
    assert_eq!(summary.weekly_means[0].mean, 5.0, "a corrected rating later in the week replaces the earlier one");
    assert_eq!(summary.activities[0].change, Some(3), "but both ratings stay on the time line");
}
