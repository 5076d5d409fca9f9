//! The progress screen's and the program screen's domain work. Targets (issue 3): streaks,
//! weekly goal and strength over 10 years of daily sessions under 1 ms; today's routine under
//! 50 ms. Run with `cargo bench --bench program`.

// This whole crate is benchmark code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};

use backtrack::domain::dates::DayRange;
use backtrack::domain::program::exercise::{builtin_catalog, Level};
use backtrack::domain::program::habit_plan::{HabitPlan, RestPlan};
use backtrack::domain::program::progress::day_scan::ActiveDays;
use backtrack::domain::program::progress::summarize;
use backtrack::domain::program::routine::build_routine;
use backtrack::domain::program::suggestions::{level_map, levels_with_defaults, pending_suggestions, FamilyLevel, SuggestionInput};

fn program(c: &mut Criterion) {
    let start = NaiveDate::from_ymd_opt(2016, 3, 14).unwrap_or_default();
    let today = start.checked_add_days(Days::new(3652)).unwrap_or(start);
    // Ten years of sessions on every day but one in nine, with a pause each year.
    let active = ActiveDays::new((0..3652u64).filter(|d| d % 9 != 4).filter_map(|d| start.checked_add_days(Days::new(d))));
    let paused = (0..10u64)
        .filter_map(|y| {
            let from = start.checked_add_days(Days::new(y * 365 + 100))?;
            Some(DayRange { from, to: from.checked_add_days(Days::new(6))? })
        })
        .collect();
    let plan = HabitPlan { weekly_goal: 5, rest: RestPlan::PerWeek { days: 2 }, paused };
    let calendar = DayRange { from: today.checked_sub_days(Days::new(41)).unwrap_or(today), to: today };
    c.bench_function("summarize: streaks, weekly goal, strength, 6-week calendar over 10 years", |b| {
        b.iter(|| summarize(&active, &plan, today, calendar))
    });

    let catalog = builtin_catalog().expect("catalog");
    let stored = vec![
        FamilyLevel { family_id: "squat".into(), level: Level::Harder, since: None },
        FamilyLevel { family_id: "lunge".into(), level: Level::Water, since: None },
    ];
    c.bench_function("get_program domain work: levels, both routines, suggestions", |b| {
        b.iter(|| {
            let levels = levels_with_defaults(&catalog, &stored, Level::Standard);
            let by_family: HashMap<String, Level> = level_map(&levels);
            let routine = build_routine(&catalog, &by_family, false, today);
            let gentle = build_routine(&catalog, &by_family, true, today);
            let suggestions = pending_suggestions(&SuggestionInput {
                catalog: &catalog,
                levels: &levels,
                last_finished: None,
                pain_days: &[],
                active_days_in_last_two_weeks: 6,
                weekly_goal: 3,
                recent_changes: &[],
                today,
            });
            (routine, gentle, suggestions)
        })
    });
    c.bench_function("catalog parse and check (once per run)", |b| b.iter(builtin_catalog));
}

criterion_group!(benches, program);
criterion_main!(benches);
