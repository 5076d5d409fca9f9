//! Streak properties over random histories: a rest day, a pause or a day still open never
//! lowers a streak, habit strength stays in 0..=1, and the calendar agrees with the streak.
//! The rules read as sentences are in `tests.rs`.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use proptest::prelude::*;

use chrono::{Datelike, Days, NaiveDate};

use super::calendar::{calendar, DayMark};
use super::day_scan::ActiveDays;
use super::streak::{streak, streak_history, StreakLengths};
use super::*;
use crate::domain::dates::{monday_of, DayRange};
use crate::domain::local_time::resolve_local;
use crate::domain::program::habit_plan::{HabitPlan, RestPlan};
use crate::domain::program::progress::habit_strength::{habit_strength, next_strength};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap_or_else(|e| panic!("bad test date {text}: {e}"))
}

const ALL_WEEKDAYS: [Weekday; 7] = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

/// A Wednesday, so histories do not start on a week boundary.
fn origin() -> NaiveDate {
    day("2025-01-01")
}

fn nth_day(offset: u64) -> NaiveDate {
    origin().checked_add_days(Days::new(offset)).unwrap_or_else(|| panic!("offset {offset}"))
}

/// `done[i]` says whether `origin + i` has a session; today is the last day.
#[derive(Debug, Clone)]
struct History {
    done: Vec<bool>,
    rest: RestPlan,
    paused: Vec<DayRange>,
}

impl History {
    fn today(&self) -> NaiveDate {
        nth_day(self.done.len() as u64 - 1)
    }

    fn active(&self) -> ActiveDays {
        self.done.iter().enumerate().filter(|(_, done)| **done).map(|(i, _)| nth_day(i as u64)).collect()
    }

    fn plan(&self) -> HabitPlan {
        HabitPlan { weekly_goal: 3, rest: self.rest.clone(), paused: self.paused.clone() }
    }

    fn streak(&self) -> StreakLengths {
        streak(&self.active(), &self.plan(), self.today())
    }
}

fn rest_plan() -> impl Strategy<Value = RestPlan> {
    prop_oneof![
        prop::collection::vec(0usize..7, 0..4).prop_map(|days| RestPlan::Weekdays { weekdays: days.into_iter().map(|i| ALL_WEEKDAYS[i]).collect() }),
        (0u8..=6).prop_map(|days| RestPlan::PerWeek { days }),
    ]
}

fn pauses() -> impl Strategy<Value = Vec<DayRange>> {
    prop::collection::vec((0u64..300, 0u64..25), 0..3)
        .prop_map(|ranges| ranges.into_iter().map(|(start, length)| DayRange { from: nth_day(start), to: nth_day(start + length) }).collect())
}

fn history() -> impl Strategy<Value = History> {
    (0.3f64..0.98)
        .prop_flat_map(|density| (prop::collection::vec(prop::bool::weighted(density), 1..300), rest_plan(), pauses()))
        .prop_map(|(done, rest, paused)| History { done, rest, paused })
}

/// The streak definition from the module docs, checked the slow way: every day classified on its
/// own, then for each end day the longest stretch before it with no two misses in a row and no
/// two in one ISO week.
fn brute_force_streak(history: &History) -> StreakLengths {
    let today = history.today();
    let active: BTreeSet<NaiveDate> = history.active().as_slice().iter().copied().collect();
    let is_paused = |d: NaiveDate| history.paused.iter().any(|range| range.contains(d));
    let is_rest_weekday = |d: NaiveDate| matches!(&history.rest, RestPlan::Weekdays { weekdays } if weekdays.contains(&d.weekday()));
    let per_week = match history.rest {
        RestPlan::PerWeek { days } => usize::from(days),
        RestPlan::Weekdays { .. } => 0,
    };
    let free_for_rest = |d: NaiveDate| !active.contains(&d) && !is_paused(d) && d < today;
    // (active?, ISO week) for each day that is neither neutral nor still open.
    let mut counted: Vec<(bool, (i32, u32))> = Vec::new();
    for d in monday_of(origin()).iter_days().take_while(|d| *d <= today) {
        let week = (d.iso_week().year(), d.iso_week().week());
        if active.contains(&d) {
            counted.push((true, week));
            continue;
        }
        let earlier_free = monday_of(d).iter_days().take_while(|e| *e < d).filter(|e| free_for_rest(*e)).count();
        let neutral = is_paused(d) || is_rest_weekday(d) || d == today || earlier_free < per_week;
        if !neutral {
            counted.push((false, week));
        }
    }
    let mut streak = StreakLengths::default();
    for end in 0..counted.len() {
        let (mut actives, mut miss_weeks, mut later_is_miss) = (0, Vec::new(), false);
        for (is_active, week) in counted[..=end].iter().rev() {
            if *is_active {
                actives += 1;
                later_is_miss = false;
            } else if later_is_miss || miss_weeks.contains(week) {
                break;
            } else {
                miss_weeks.push(*week);
                later_is_miss = true;
            }
        }
        streak.longest = streak.longest.max(actives);
        streak.current = actives;
    }
    streak
}

const ZONES: [&str; 12] = [
    "Europe/London",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "America/Sao_Paulo",
    "America/St_Johns",
    "Asia/Kathmandu",
    "Pacific/Auckland",
    "America/Los_Angeles",
    "Australia/Adelaide",
    "Europe/Berlin",
];

proptest! {
    #[test]
    fn the_longest_streak_is_never_shorter_than_the_current_one(history in history()) {
        let streak = history.streak();
        prop_assert!(streak.longest >= streak.current, "{streak:?}");
    }

    #[test]
    fn streaks_match_their_definition_checked_the_slow_way(history in history()) {
        prop_assert_eq!(history.streak(), brute_force_streak(&history), "the one-pass scan must agree with the definition");
    }

    #[test]
    fn adding_a_session_never_lowers_a_streak(history in history(), pick in any::<prop::sample::Index>()) {
        let inactive: Vec<usize> = (0..history.done.len()).filter(|i| !history.done[*i]).collect();
        if inactive.is_empty() {
            return Ok(());
        }
        let mut more = history.clone();
        more.done[inactive[pick.index(inactive.len())]] = true;
        let (before, after) = (history.streak(), more.streak());
        prop_assert!(after.current >= before.current, "a session lowered the current streak: {before:?} to {after:?}");
        prop_assert!(after.longest >= before.longest, "a session lowered the longest streak: {before:?} to {after:?}");
    }

    #[test]
    fn planning_more_rest_never_lowers_a_streak(history in history(), extra in 0usize..7) {
        let mut more = history.clone();
        more.rest = match &history.rest {
            RestPlan::Weekdays { weekdays } => RestPlan::Weekdays { weekdays: [weekdays.as_slice(), &[ALL_WEEKDAYS[extra]]].concat() },
            RestPlan::PerWeek { days } => RestPlan::PerWeek { days: days + 1 },
        };
        let (before, after) = (history.streak(), more.streak());
        prop_assert!(after.current >= before.current, "more rest lowered the current streak: {before:?} to {after:?}");
        prop_assert!(after.longest >= before.longest);
    }

    #[test]
    fn pausing_more_days_never_lowers_a_streak(history in history(), start in 0u64..300, length in 0u64..10) {
        let mut more = history.clone();
        more.paused.push(DayRange { from: nth_day(start), to: nth_day(start + length) });
        let (before, after) = (history.streak(), more.streak());
        prop_assert!(after.current >= before.current, "a pause lowered the current streak: {before:?} to {after:?}");
        prop_assert!(after.longest >= before.longest);
    }

    #[test]
    fn each_streak_counts_the_active_days_in_its_range_and_ranges_never_go_back(history in history()) {
        let (active, today) = (history.active(), history.today());
        let streaks = streak_history(&active, &history.plan(), today);
        let all: Vec<_> = streaks.all().collect();
        for streak in &all {
            let inside = active.as_slice().iter().filter(|d| streak.contains(**d)).count();
            prop_assert_eq!(u32::try_from(inside).unwrap_or(u32::MAX), streak.length, "{:?}", streak);
            prop_assert!(streak.start <= streak.end && streak.end <= today);
        }
        for pair in all.windows(2) {
            prop_assert!(pair[0].start < pair[1].start && pair[0].end <= pair[1].end, "{:?}", pair);
        }
        prop_assert_eq!(streaks.lengths(), history.streak());
    }

    #[test]
    fn strength_stays_between_zero_and_one(history in history()) {
        let strength = habit_strength(&history.active(), &history.plan(), history.today());
        prop_assert!((0.0..=1.0).contains(&strength), "{strength}");
    }

    #[test]
    fn one_missed_day_never_zeroes_strength(history in history()) {
        // As of the day after the history, the last day is complete and the new day still open;
        // one day later, that open day has become a missed (or rest, or paused) day.
        let (active, plan) = (history.active(), history.plan());
        let before = habit_strength(&active, &plan, nth_day(history.done.len() as u64));
        let after = habit_strength(&active, &plan, nth_day(history.done.len() as u64 + 1));
        prop_assert!(after <= before, "a day without a session never raises strength");
        prop_assert!(after >= before * 0.86, "one missed day is a small step down: {before} to {after}");
        prop_assert!(before == 0.0 || after > 0.0, "one missed day never zeroes strength");
    }

    #[test]
    fn the_strength_formula_never_leaves_zero_to_one(previous in 0.0f64..=1.0, done: bool, scheduled in 0u8..=9) {
        let next = next_strength(previous, done, scheduled);
        prop_assert!((0.0..=1.0).contains(&next));
        prop_assert!(done || previous == 0.0 || next > 0.0);
    }

    #[test]
    fn the_calendar_agrees_with_the_streak(history in history()) {
        let range = DayRange { from: origin(), to: history.today() };
        let days = calendar(&history.active(), &history.plan(), history.today(), range);
        prop_assert_eq!(days.len(), history.done.len());
        let active_marks = days.iter().filter(|d| d.mark == DayMark::Active).count();
        prop_assert_eq!(active_marks, history.done.iter().filter(|d| **d).count());
        let mut bridged_weeks = BTreeSet::new();
        let mut previous_counted: Option<DayMark> = None;
        for d in &days {
            if d.mark == DayMark::Bridged {
                prop_assert!(bridged_weeks.insert(d.day.iso_week()), "two bridged days in the week of {}", d.day);
            }
            if matches!(d.mark, DayMark::Missed | DayMark::Bridged) {
                prop_assert!(previous_counted != Some(DayMark::Bridged), "a bridge followed by a miss on {}", d.day);
            }
            if matches!(d.mark, DayMark::Active | DayMark::Missed | DayMark::Bridged) {
                previous_counted = Some(d.mark);
            }
        }
    }

    #[test]
    fn results_depend_only_on_local_days_in_any_time_zone(
        sessions in prop::collection::vec((0u64..365, prop_oneof![Just(23 * 60 + 30), 0u32..24 * 60], 0..ZONES.len()), 0..150),
        rest in rest_plan(),
        today in 200u64..365,
    ) {
        let start = day("2026-01-01");
        let mut intended = Vec::new();
        let mut from_instants = Vec::new();
        for (offset, minute, zone) in sessions {
            let zone: Tz = ZONES[zone].parse().expect("a valid test value");
            let local_day = start.checked_add_days(Days::new(offset)).unwrap_or(start);
            let time = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap_or_default();
            // What the diary stores: the instant, in UTC, and the zone it was logged in.
            let instant: DateTime<Utc> = resolve_local(zone, local_day.and_time(time)).with_timezone(&Utc);
            let day_at_logging = instant.with_timezone(&zone).date_naive();
            prop_assert_eq!(day_at_logging, local_day, "{} at {} in {} moved day", local_day, time, zone.name());
            intended.push(local_day);
            from_instants.push(day_at_logging);
        }
        let plan = HabitPlan { weekly_goal: 3, rest, paused: vec![] };
        let today = start.checked_add_days(Days::new(today)).unwrap_or(start);
        let range = DayRange { from: start, to: today };
        prop_assert_eq!(
            summarize(&ActiveDays::new(from_instants), &plan, today, range),
            summarize(&ActiveDays::new(intended), &plan, today, range),
            "results depend only on local days"
        );
    }
}
