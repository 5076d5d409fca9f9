//! The exercise part of the report: sessions, weeks against the goal, streaks, habit strength,
//! and the levels with the changes that led to them.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::{count, ReportInput, CHART_WEEKS};
use crate::domain::dates::DayRange;
use crate::domain::program::flare::Flare;
use crate::domain::program::habit_plan::HabitPlan;
use crate::domain::program::progress::day_scan::ActiveDays;
use crate::domain::program::progress::habit_strength::habit_strength;
use crate::domain::program::progress::streak::streak;
use crate::domain::program::progress::weekly_goal::{needed_in_week, weekly_goal, WeeklyGoalStatus};
use crate::domain::program::session::ExerciseSession;
use crate::domain::program::suggestions::{Decision, FamilyLevel, LevelChange};

/// The exercise program over the range.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProgramReport {
    pub sessions: u32,
    pub active_days: u32,
    pub weekly_goal: u8,
    /// Monday-to-Sunday weeks touching the range, oldest first: the latest [`CHART_WEEKS`] of them.
    pub weeks: Vec<WeekReport>,
    /// Whole weeks inside the range that met the goal, and how many whole weeks there were.
    pub weeks_goal_met: u32,
    pub whole_weeks: u32,
    pub current_streak: u32,
    pub longest_streak: u32,
    /// The weekly goal as of the range's last day.
    pub goal_status: WeeklyGoalStatus,
    /// Habit strength 0-1 as of the range's last day.
    pub strength: f64,
    /// The level of every family now.
    pub levels: Vec<LevelReport>,
    /// Accepted level changes in the range, oldest first, each with its reason.
    pub changes: Vec<LevelChange>,
    /// Flares that touch the range, oldest first, with their whole dates.
    pub flares: Vec<Flare>,
}

/// Sessions in one week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WeekReport {
    #[ts(type = "string")]
    pub week_start: NaiveDate,
    pub sessions: u32,
    pub active_days: u32,
    /// The goal, less its share for paused days (see `weekly_goal`).
    pub needed: u8,
    pub goal_met: bool,
    /// The whole week lies inside the range.
    pub whole: bool,
}

/// A family's level, with the family's name for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LevelReport {
    pub family_name: String,
    #[serde(flatten)]
    pub level: FamilyLevel,
}

pub(super) fn program_report(input: &ReportInput<'_>, sessions: &[&ExerciseSession]) -> ProgramReport {
    let range = input.range;
    let active_in_range: Vec<NaiveDate> = input.active_days.as_slice().iter().copied().filter(|d| range.contains(*d)).collect();
    let mut weeks = week_reports(range, sessions, &active_in_range, input.plan);
    let whole_weeks = count(weeks.iter().filter(|w| w.whole).count());
    let weeks_goal_met = count(weeks.iter().filter(|w| w.whole && w.goal_met).count());
    weeks.drain(..weeks.len().saturating_sub(CHART_WEEKS));
    let up_to_end = ActiveDays::new(input.active_days.as_slice().iter().copied().filter(|d| *d <= range.to));
    let streaks = streak(&up_to_end, input.plan, range.to);
    let mut changes: Vec<LevelChange> =
        input.level_changes.iter().filter(|c| range.contains(c.day) && c.decided == Decision::Accepted).cloned().collect();
    changes.sort_by_key(|c| (c.decided_at, c.id));
    let levels = input
        .levels
        .iter()
        .map(|level| LevelReport {
            family_name: input.family_names.get(&level.family_id).cloned().unwrap_or_else(|| level.family_id.clone()),
            level: level.clone(),
        })
        .collect();
    ProgramReport {
        sessions: count(sessions.len()),
        active_days: count(active_in_range.len()),
        weekly_goal: input.plan.weekly_goal,
        weeks_goal_met,
        whole_weeks,
        weeks,
        current_streak: streaks.current,
        longest_streak: streaks.longest,
        goal_status: weekly_goal(&up_to_end, input.plan, range.to),
        strength: habit_strength(&up_to_end, input.plan, range.to),
        levels,
        changes,
        flares: input.flares.iter().filter(|f| f.from <= range.to && f.last_day() >= range.from).cloned().collect(),
    }
}

/// One report per Monday-to-Sunday week that touches the range. Day arithmetic is checked: a
/// week that would run past the calendar's end is the last one.
fn week_reports(range: DayRange, sessions: &[&ExerciseSession], active: &[NaiveDate], plan: &HabitPlan) -> Vec<WeekReport> {
    let mut session_days: Vec<NaiveDate> = sessions.iter().map(|s| s.day).collect();
    session_days.sort_unstable();
    let mut active = active.to_vec();
    active.sort_unstable();
    let mut weeks = Vec::new();
    let mut next = range.from.checked_sub_days(Days::new(u64::from(range.from.weekday().num_days_from_monday())));
    while let Some(monday) = next.filter(|m| *m <= range.to) {
        let Some(sunday) = monday.checked_add_days(Days::new(6)) else { break };
        let week = DayRange { from: monday, to: sunday };
        let unpaused = monday.iter_days().take(7).filter(|d| !plan.paused.iter().any(|p| p.contains(*d))).count();
        let needed = needed_in_week(plan.weekly_goal, u8::try_from(unpaused).unwrap_or(7));
        let active_days = count(days_within(&active, week));
        weeks.push(WeekReport {
            week_start: monday,
            sessions: count(days_within(&session_days, week)),
            active_days,
            needed,
            goal_met: needed > 0 && active_days >= u32::from(needed),
            whole: range.contains(week.from) && range.contains(week.to),
        });
        next = monday.checked_add_days(Days::new(7));
    }
    weeks
}

/// How many of `sorted` days fall in `range`, by binary search: a report over decades stays fast.
fn days_within(sorted: &[NaiveDate], range: DayRange) -> usize {
    sorted.partition_point(|d| *d <= range.to) - sorted.partition_point(|d| *d < range.from)
}
