//! Streak rules read as sentences. Properties over random histories are in `properties.rs`.
//!
//! Calendar used below: 2026-03-02 is a Monday, 2026-03-08 the Sunday after it.

use chrono::{DateTime, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;

use super::calendar::{calendar, check_calendar_range, DayMark, MAX_CALENDAR_DAYS};
use super::day_scan::ActiveDays;
use super::streak::{streak, streak_history, Streak, StreakLengths};
use super::*;
use crate::domain::dates::DayRange;
use crate::domain::local_time::resolve_local;
use crate::domain::program::habit_plan::{validate_pause, validate_plan, HabitPlan, RestPlan};
use crate::domain::program::progress::habit_strength::habit_strength;
use crate::domain::program::progress::weekly_goal::weekly_goal;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap_or_else(|e| panic!("bad test date {text}: {e}"))
}

fn active(days: &[&str]) -> ActiveDays {
    days.iter().map(|text| day(text)).collect()
}

fn days_between(from: &str, to: &str) -> Vec<NaiveDate> {
    day(from).iter_days().take_while(|d| *d <= day(to)).collect()
}

fn with(mut base: Vec<NaiveDate>, more: &[&str]) -> ActiveDays {
    base.extend(more.iter().map(|text| day(text)));
    ActiveDays::new(base)
}

fn no_rest() -> HabitPlan {
    HabitPlan { weekly_goal: 3, rest: RestPlan::Weekdays { weekdays: vec![] }, paused: vec![] }
}

fn rest_on(weekdays: &[Weekday]) -> HabitPlan {
    HabitPlan { rest: RestPlan::Weekdays { weekdays: weekdays.to_vec() }, ..no_rest() }
}

fn paused(from: &str, to: &str) -> HabitPlan {
    HabitPlan { paused: vec![DayRange { from: day(from), to: day(to) }], ..no_rest() }
}

fn marks(active: &ActiveDays, plan: &HabitPlan, today: &str, from: &str, to: &str) -> Vec<DayMark> {
    calendar(active, plan, day(today), DayRange { from: day(from), to: day(to) }).iter().map(|d| d.mark).collect()
}

fn streak_of(start: &str, end: &str, length: u32) -> Streak {
    Streak { start: day(start), end: day(end), length }
}

#[test]
fn a_streak_holds_its_own_range_and_a_rest_day_inside_it_does_not_break_it() {
    let days = active(&["2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06"]);
    let streaks = streak_history(&days, &rest_on(&[Weekday::Wed]), day("2026-03-06"));
    let current = streaks.current.expect("four active days make a streak");
    assert_eq!(current, streak_of("2026-03-02", "2026-03-06", 4), "from Monday to Friday, four active days");
    assert!(current.contains(day("2026-03-04")), "the rest day lies inside the streak");
    assert!(streaks.finished.is_empty(), "nothing ended it");
}

#[test]
fn the_streak_still_going_ends_yesterday_while_today_is_open() {
    let days = ActiveDays::new(days_between("2026-03-02", "2026-03-04"));
    let streaks = streak_history(&days, &no_rest(), day("2026-03-06"));
    assert_eq!(streaks.current, Some(streak_of("2026-03-02", "2026-03-05", 3)), "Thursday's miss is carried, Friday is not over");
    assert!(streaks.carries(day("2026-03-05")) && !streaks.carries(day("2026-03-06")));
}

#[test]
fn two_missed_days_in_a_row_end_a_streak_on_its_last_active_day() {
    let days = active(&["2026-03-02", "2026-03-03", "2026-03-06", "2026-03-07"]);
    let streaks = streak_history(&days, &no_rest(), day("2026-03-07"));
    assert_eq!(streaks.finished, [streak_of("2026-03-02", "2026-03-03", 2)], "Wednesday and Thursday are outside it");
    assert_eq!(streaks.current, Some(streak_of("2026-03-06", "2026-03-07", 2)));
    assert!(!streaks.carries(day("2026-03-04")), "no streak carries a miss followed by another");
}

#[test]
fn a_second_miss_in_one_week_ends_the_streak_and_the_next_starts_after_the_first_miss() {
    let days = with(days_between("2026-02-23", "2026-03-01"), &["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-07"]);
    let streaks = streak_history(&days, &no_rest(), day("2026-03-07"));
    assert_eq!(streaks.finished, [streak_of("2026-02-23", "2026-03-04", 9)], "it ran across Tuesday until Wednesday");
    assert_eq!(streaks.current, Some(streak_of("2026-03-04", "2026-03-07", 3)), "Wednesday starts the new one, inside the old");
    assert_eq!(streaks.longest(), Some(streak_of("2026-02-23", "2026-03-04", 9)));
}

#[test]
fn of_two_equally_long_streaks_the_latest_is_the_longest() {
    let days = active(&["2026-03-02", "2026-03-03", "2026-03-06", "2026-03-07"]);
    let streaks = streak_history(&days, &no_rest(), day("2026-03-07"));
    assert_eq!(streaks.longest(), streaks.current, "the streak still going is the best one, not an older equal");
    assert_eq!(streaks.lengths(), StreakLengths { current: 2, longest: 2 });
}

#[test]
fn no_sessions_means_no_streak_values() {
    assert_eq!(streak_history(&ActiveDays::default(), &no_rest(), day("2026-03-06")).longest(), None);
}

#[test]
fn a_planned_rest_day_does_not_break_the_streak() {
    let days = active(&["2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06"]);
    let streak = streak(&days, &rest_on(&[Weekday::Wed]), day("2026-03-06"));
    assert_eq!(streak.current, 4, "Wednesday was planned rest: it neither breaks the streak nor adds to it");
}

#[test]
fn a_session_on_a_rest_day_still_counts() {
    let days = ActiveDays::new(days_between("2026-03-02", "2026-03-06"));
    assert_eq!(streak(&days, &rest_on(&[Weekday::Wed]), day("2026-03-06")).current, 5);
}

#[test]
fn rest_days_per_week_are_the_earliest_inactive_days() {
    let plan = HabitPlan { rest: RestPlan::PerWeek { days: 1 }, ..no_rest() };
    // A session the week before, so the Monday below falls after the program started.
    let days = active(&["2026-02-27", "2026-03-03", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"]);
    let week = marks(&days, &plan, "2026-03-08", "2026-03-02", "2026-03-08");
    assert_eq!(week[0], DayMark::Rest, "Monday, the first inactive day, is the week's rest day");
    assert_eq!(week[2], DayMark::Bridged, "Wednesday is beyond the one rest day, so it is a bridged miss");
    assert_eq!(streak(&days, &plan, day("2026-03-08")).current, 5);
}

#[test]
fn one_missed_day_is_bridged_once_a_week() {
    let days = active(&["2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09"]);
    assert_eq!(streak(&days, &no_rest(), day("2026-03-09")).current, 7, "Wednesday's miss is carried across");
}

#[test]
fn a_missed_day_in_each_of_two_weeks_is_bridged_each_time() {
    let days =
        active(&["2026-03-02", "2026-03-03", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-11", "2026-03-12"]);
    assert_eq!(streak(&days, &no_rest(), day("2026-03-12")).current, 9, "each calendar week forgives one missed day");
}

#[test]
fn two_missed_days_in_a_row_end_the_streak() {
    let days = active(&["2026-03-02", "2026-03-03", "2026-03-06", "2026-03-07"]);
    let streak = streak(&days, &no_rest(), day("2026-03-07"));
    assert_eq!(streak, StreakLengths { current: 2, longest: 2 }, "never miss twice: Wednesday and Thursday end the streak");
}

#[test]
fn a_rest_day_between_two_missed_days_does_not_separate_them() {
    // Sunday missed, Monday planned rest, Tuesday missed: no session came between the two misses.
    let days = active(&["2026-03-05", "2026-03-06", "2026-03-07", "2026-03-11"]);
    assert_eq!(streak(&days, &rest_on(&[Weekday::Mon]), day("2026-03-11")).current, 1, "only a session separates two misses");
}

#[test]
fn a_second_missed_day_in_the_same_week_ends_the_streak_the_first_one_bridged() {
    // A full week, then Monday done, Tuesday missed, Wednesday done, Thursday missed, Friday and Saturday done.
    let days = with(days_between("2026-02-23", "2026-03-01"), &["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-07"]);
    let streak = streak(&days, &no_rest(), day("2026-03-07"));
    assert_eq!(streak.longest, 9, "the streak ran from 23 February to Wednesday, across Tuesday");
    assert_eq!(streak.current, 3, "Thursday ended it; the new streak starts after Tuesday: Wednesday, Friday, Saturday");
}

#[test]
fn a_paused_week_freezes_the_streak() {
    let days = with(days_between("2026-02-23", "2026-03-01"), &["2026-03-09", "2026-03-10"]);
    let streak = streak(&days, &paused("2026-03-02", "2026-03-08"), day("2026-03-10"));
    assert_eq!(streak.current, 9, "a paused week neither adds to the streak nor breaks it");
}

#[test]
fn a_session_during_a_pause_still_counts() {
    let days = with(days_between("2026-02-23", "2026-03-01"), &["2026-03-04"]);
    assert_eq!(streak(&days, &paused("2026-03-02", "2026-03-08"), day("2026-03-08")).current, 8);
}

#[test]
fn today_not_done_yet_does_not_break_the_current_streak() {
    let days = ActiveDays::new(days_between("2026-03-02", "2026-03-05"));
    assert_eq!(streak(&days, &no_rest(), day("2026-03-06")).current, 4, "the day is not over");
}

#[test]
fn today_done_counts_toward_the_current_streak() {
    let days = ActiveDays::new(days_between("2026-03-02", "2026-03-06"));
    assert_eq!(streak(&days, &no_rest(), day("2026-03-06")).current, 5);
}

#[test]
fn a_missed_yesterday_is_bridged_while_today_is_still_open() {
    let days = ActiveDays::new(days_between("2026-03-02", "2026-03-04"));
    assert_eq!(streak(&days, &no_rest(), day("2026-03-06")).current, 3, "today can still carry the streak across yesterday");
    let week = marks(&days, &no_rest(), "2026-03-06", "2026-03-05", "2026-03-06");
    assert_eq!(week, [DayMark::Bridged, DayMark::Pending]);
}

#[test]
fn no_sessions_means_no_streak() {
    assert_eq!(streak(&ActiveDays::default(), &no_rest(), day("2026-03-06")), StreakLengths::default());
}

#[test]
fn the_longest_streak_remembers_the_best_run() {
    let days = with(days_between("2026-02-23", "2026-03-01"), &["2026-03-04", "2026-03-05"]);
    assert_eq!(streak(&days, &no_rest(), day("2026-03-05")), StreakLengths { current: 2, longest: 7 });
}

#[test]
fn sessions_dated_after_today_wait_for_their_day() {
    let days = active(&["2026-03-02", "2026-03-03", "2026-03-05"]);
    assert_eq!(streak(&days, &no_rest(), day("2026-03-03")).current, 2);
    assert_eq!(marks(&days, &no_rest(), "2026-03-03", "2026-03-05", "2026-03-05"), [DayMark::Future]);
}

#[test]
fn the_calendar_marks_every_day_for_drawing() {
    let plan = HabitPlan { paused: vec![DayRange { from: day("2026-03-05"), to: day("2026-03-05") }], ..rest_on(&[Weekday::Sun]) };
    let days = active(&["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-07"]);
    use DayMark::*;
    assert_eq!(
        marks(&days, &plan, "2026-03-09", "2026-02-28", "2026-03-10"),
        [NotStarted, NotStarted, Active, Bridged, Active, Paused, Active, Active, Rest, Pending, Future],
        "the weekend before the first session is neither missed nor planned rest"
    );
}

#[test]
fn before_any_session_every_past_day_is_not_started_whatever_the_rest_plan() {
    let plan = HabitPlan { rest: RestPlan::PerWeek { days: 4 }, ..no_rest() };
    let marks = marks(&active(&[]), &plan, "2026-03-11", "2026-03-02", "2026-03-12");
    use DayMark::*;
    assert_eq!(marks, [NotStarted, NotStarted, NotStarted, NotStarted, NotStarted, NotStarted, NotStarted, NotStarted, NotStarted, Pending, Future]);
}

#[test]
fn a_bridge_followed_by_another_miss_shows_as_missed() {
    let in_a_row = active(&["2026-03-02", "2026-03-05"]);
    assert_eq!(marks(&in_a_row, &no_rest(), "2026-03-05", "2026-03-03", "2026-03-04"), [DayMark::Missed, DayMark::Missed]);
    let same_week = active(&["2026-03-02", "2026-03-04", "2026-03-06"]);
    assert_eq!(
        marks(&same_week, &no_rest(), "2026-03-06", "2026-03-03", "2026-03-05"),
        [DayMark::Missed, DayMark::Active, DayMark::Bridged],
        "the week's one bridge now belongs to the streak that is still going"
    );
}

#[test]
fn a_bridge_at_the_end_of_the_range_is_settled_by_the_days_after_it() {
    let days = active(&["2026-03-02", "2026-03-05"]);
    assert_eq!(marks(&days, &no_rest(), "2026-03-09", "2026-03-02", "2026-03-03"), [DayMark::Active, DayMark::Missed]);
}

#[test]
fn a_range_that_ends_before_it_starts_draws_nothing() {
    assert!(marks(&active(&["2026-03-02"]), &no_rest(), "2026-03-05", "2026-03-05", "2026-03-01").is_empty());
}

#[test]
fn a_late_evening_session_before_the_clocks_change_counts_for_its_local_day() {
    // New York moves its clocks forward at 02:00 on Sunday 8 March 2026.
    let zone: Tz = "America/New_York".parse().expect("a valid test value");
    let logged = resolve_local(zone, day("2026-03-07").and_hms_opt(23, 30, 0).unwrap_or_default());
    let stored: DateTime<Utc> = logged.with_timezone(&Utc);
    assert_eq!(stored.date_naive(), day("2026-03-08"), "in UTC it is already Sunday");
    let local_day = stored.with_timezone(&zone).date_naive();
    assert_eq!(local_day, day("2026-03-07"), "the session belongs to Saturday where it was logged");
    let days = with(days_between("2026-03-02", "2026-03-06"), &[]);
    let days = ActiveDays::new(days.as_slice().iter().copied().chain([local_day]));
    assert_eq!(streak(&days, &no_rest(), day("2026-03-08")).current, 6, "Saturday's late session keeps the streak");
}

#[test]
fn the_default_plan_is_valid() {
    assert_eq!(validate_plan(&HabitPlan::default()), Ok(()));
    assert_eq!(HabitPlan::default().weekly_goal, 3);
}

#[test]
fn a_weekly_goal_outside_one_to_seven_is_rejected() {
    for goal in [0, 8] {
        let plan = HabitPlan { weekly_goal: goal, ..no_rest() };
        let errors = validate_plan(&plan).err().unwrap_or_default();
        assert_eq!(errors.message_for("weeklyGoal"), Some("Choose a weekly goal from 1 to 7 sessions."), "goal {goal}");
    }
}

#[test]
fn more_than_six_rest_days_a_week_are_rejected() {
    let plan = HabitPlan { weekly_goal: 1, rest: RestPlan::PerWeek { days: 7 }, paused: vec![] };
    let errors = validate_plan(&plan).err().unwrap_or_default();
    assert!(errors.message_for("restDaysPerWeek").is_some_and(|m| m.contains("0 to 6")), "{errors:?}");
}

#[test]
fn resting_on_all_seven_weekdays_is_rejected() {
    let all = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
    let plan = HabitPlan { weekly_goal: 1, ..rest_on(&all) };
    let errors = validate_plan(&plan).err().unwrap_or_default();
    assert!(errors.message_for("restWeekdays").is_some(), "{errors:?}");
}

#[test]
fn a_goal_that_does_not_fit_beside_the_rest_days_is_rejected() {
    let plan = HabitPlan { weekly_goal: 5, rest: RestPlan::PerWeek { days: 3 }, paused: vec![] };
    let errors = validate_plan(&plan).err().unwrap_or_default();
    assert!(errors.message_for("weeklyGoal").is_some_and(|m| m.contains("room for 4")), "{errors:?}");
    let one_rest_day = HabitPlan { weekly_goal: 7, rest: RestPlan::PerWeek { days: 1 }, paused: vec![] };
    let errors = validate_plan(&one_rest_day).err().unwrap_or_default();
    let message = errors.message_for("weeklyGoal").unwrap_or_default();
    assert!(message.starts_with("With 1 rest day a week there is room for 6 sessions."), "{message}");
    let repeated = HabitPlan { weekly_goal: 6, ..rest_on(&[Weekday::Sun, Weekday::Sun]) };
    assert_eq!(validate_plan(&repeated), Ok(()), "a weekday named twice is one rest day");
}

#[test]
fn a_pause_that_ends_before_it_starts_is_rejected() {
    let errors = validate_pause(&DayRange { from: day("2026-03-05"), to: day("2026-03-04") }).err().unwrap_or_default();
    assert_eq!(errors.message_for("to"), Some("The pause has to end on or after the day it starts."));
}

#[test]
fn a_one_day_pause_is_fine_and_one_longer_than_a_year_is_rejected() {
    assert_eq!(validate_pause(&DayRange { from: day("2026-03-05"), to: day("2026-03-05") }), Ok(()));
    assert_eq!(validate_pause(&DayRange { from: day("2026-01-01"), to: day("2027-01-01") }), Ok(()), "366 days is the limit");
    let errors = validate_pause(&DayRange { from: day("2026-01-01"), to: day("2027-01-02") }).err().unwrap_or_default();
    assert!(errors.message_for("to").is_some_and(|m| m.contains("366")), "{errors:?}");
}

#[test]
fn a_wrong_pause_in_a_plan_is_named_by_its_position() {
    let plan = HabitPlan {
        paused: vec![DayRange { from: day("2026-03-01"), to: day("2026-03-02") }, DayRange { from: day("2026-03-05"), to: day("2026-03-04") }],
        ..no_rest()
    };
    let errors = validate_plan(&plan).err().unwrap_or_default();
    assert!(errors.message_for("paused[1].to").is_some(), "{errors:?}");
    assert!(errors.message_for("paused[0].to").is_none());
}

#[test]
fn the_summary_agrees_with_each_function() {
    let days = with(days_between("2026-02-23", "2026-03-01"), &["2026-03-02", "2026-03-04"]);
    let plan = HabitPlan::default();
    let today = day("2026-03-05");
    let range = DayRange { from: day("2026-03-01"), to: day("2026-03-07") };
    let summary = summarize(&days, &plan, today, range);
    let expected = streak(&days, &plan, today);
    assert_eq!((summary.current_streak, summary.longest_streak), (expected.current, expected.longest));
    assert_eq!(summary.weekly_goal, weekly_goal(&days, &plan, today));
    assert_eq!(summary.strength, habit_strength(&days, &plan, today));
    assert_eq!(summary.calendar, calendar(&days, &plan, today, range));
}

#[test]
fn the_summary_is_camel_case_on_the_wire() {
    let summary =
        summarize(&active(&["2026-03-02"]), &HabitPlan::default(), day("2026-03-03"), DayRange { from: day("2026-03-02"), to: day("2026-03-03") });
    let json = serde_json::to_value(&summary).expect("the value serialises");
    assert_eq!(json["currentStreak"], 1);
    assert_eq!(json["weeklyGoal"]["neededThisWeek"], 3);
    assert_eq!(json["weeklyGoal"]["thisWeek"], "inProgress");
    assert_eq!(json["weeklyGoal"]["weekStart"], "2026-03-02");
    assert_eq!(json["calendar"][0]["mark"], "active");
    assert_eq!(json["calendar"][1]["mark"], "pending");
}

#[test]
fn a_plan_reads_from_the_wire() {
    let per_week: HabitPlan = serde_json::from_str(r#"{"weeklyGoal":3,"rest":{"kind":"perWeek","days":2},"paused":[]}"#).expect("valid JSON");
    assert_eq!(per_week.rest, RestPlan::PerWeek { days: 2 });
    let weekdays: HabitPlan = serde_json::from_str(
        r#"{"weeklyGoal":3,"rest":{"kind":"weekdays","weekdays":["Sun","Wed"]},"paused":[{"from":"2026-03-01","to":"2026-03-04"}]}"#,
    )
    .expect("valid JSON");
    assert_eq!(weekdays.rest, RestPlan::Weekdays { weekdays: vec![Weekday::Sun, Weekday::Wed] });
    assert_eq!(weekdays.paused[0].days(), 4);
}

#[test]
fn a_calendar_needs_both_ends_and_at_most_800_days() {
    let field_of = |from: Option<&str>, to: Option<&str>| {
        check_calendar_range(from.map(day), to.map(day)).err().map(|errors| errors.fields.iter().map(|f| f.field.clone()).collect::<Vec<_>>())
    };
    assert_eq!(field_of(None, Some("2026-03-01")), Some(vec!["from".to_owned()]));
    assert_eq!(field_of(Some("2026-03-01"), None), Some(vec!["from".to_owned()]));
    let first = day("2024-01-01");
    let last_allowed = first + chrono::Duration::days(MAX_CALENDAR_DAYS - 1);
    assert_eq!(check_calendar_range(Some(first), Some(last_allowed)), Ok(DayRange { from: first, to: last_allowed }));
    let one_too_many = last_allowed + chrono::Duration::days(1);
    assert_eq!(field_of(Some("2024-01-01"), Some(&one_too_many.to_string())), Some(vec!["to".to_owned()]));
}
