//! The person's exercise plan: the weekly goal, planned rest days and pauses, and the checks
//! a plan must pass. The streak rules in `streak.rs` read it; this file only describes it.

use std::cmp::max;

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::validation::ValidationErrors;

/// The weekly goal a new plan starts with.
pub const DEFAULT_WEEKLY_GOAL: u8 = 3;
/// The longest single pause, in days (both ends included). Longer breaks can be entered as
/// several pauses; the limit catches a mistyped year.
pub const MAX_PAUSE_DAYS: i64 = 366;

/// Local days `from` to `to`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DayRange {
    #[ts(type = "string")]
    pub from: NaiveDate,
    #[ts(type = "string")]
    pub to: NaiveDate,
}

impl DayRange {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// How many days the range covers; 0 when it ends before it starts.
    pub fn days(&self) -> i64 {
        max((self.to - self.from).num_days() + 1, 0)
    }
}

/// Which days are planned days off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum RestPlan {
    /// The same weekdays every week, such as Sunday and Wednesday.
    Weekdays {
        #[ts(type = "Array<\"Mon\" | \"Tue\" | \"Wed\" | \"Thu\" | \"Fri\" | \"Sat\" | \"Sun\">")]
        weekdays: Vec<Weekday>,
    },
    /// Any `days` inactive days of each Monday-to-Sunday week, the earliest first.
    PerWeek { days: u8 },
}

impl RestPlan {
    /// Planned rest days in a full week: distinct weekdays, or the per-week count.
    pub fn rest_days_per_week(&self) -> u8 {
        match self {
            RestPlan::Weekdays { weekdays } => weekday_mask(weekdays).count_ones() as u8,
            RestPlan::PerWeek { days } => *days,
        }
    }
}

/// The person's plan: how many sessions a week they aim for, their rest days and their pauses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HabitPlan {
    /// Active days a week the person aims for, 1 to 7.
    pub weekly_goal: u8,
    pub rest: RestPlan,
    /// Paused stretches; they may overlap and come in any order.
    pub paused: Vec<DayRange>,
}

impl Default for HabitPlan {
    /// Three sessions a week, and the other four days as rest, so that meeting the goal also
    /// keeps the streak.
    fn default() -> Self {
        Self {
            weekly_goal: DEFAULT_WEEKLY_GOAL,
            rest: RestPlan::PerWeek { days: 7 - DEFAULT_WEEKLY_GOAL },
            paused: Vec::new(),
        }
    }
}

impl HabitPlan {
    /// Days a week the plan expects a session: 7 minus the rest days, at least 1.
    pub fn scheduled_days_per_week(&self) -> u8 {
        7u8.saturating_sub(self.rest.rest_days_per_week()).max(1)
    }
}

/// Checks a plan as the settings screen sends it. Field names: `weeklyGoal`, `restDaysPerWeek`,
/// `restWeekdays`, and `paused[i].from` / `paused[i].to` for the i-th pause.
pub fn validate_plan(plan: &HabitPlan) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let goal_fits = (1..=7).contains(&plan.weekly_goal);
    if !goal_fits {
        errors.push("weeklyGoal", "Choose a weekly goal from 1 to 7 sessions.");
    }
    let rest_fits = match &plan.rest {
        RestPlan::PerWeek { days } if *days > 6 => {
            errors.push("restDaysPerWeek", "Choose from 0 to 6 rest days a week, so at least one day is left for a session.");
            false
        }
        RestPlan::Weekdays { weekdays } if weekday_mask(weekdays).count_ones() > 6 => {
            errors.push("restWeekdays", "Leave at least one day of the week without planned rest.");
            false
        }
        _ => true,
    };
    let rest = plan.rest.rest_days_per_week();
    if goal_fits && rest_fits && plan.weekly_goal > 7 - rest {
        errors.push(
            "weeklyGoal",
            format!("With {rest} rest days a week there is room for {} sessions. Lower the goal or plan fewer rest days.", 7 - rest),
        );
    }
    for (index, range) in plan.paused.iter().enumerate() {
        check_pause(range, &format!("paused[{index}]."), &mut errors);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Checks one pause as the pause form sends it. Field names: `from`, `to`.
pub fn validate_pause(range: &DayRange) -> Result<(), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    check_pause(range, "", &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn check_pause(range: &DayRange, prefix: &str, errors: &mut ValidationErrors) {
    if range.to < range.from {
        errors.push(&format!("{prefix}to"), "The pause has to end on or after the day it starts.");
    } else if range.days() > MAX_PAUSE_DAYS {
        errors.push(
            &format!("{prefix}to"),
            format!("A pause can be up to {MAX_PAUSE_DAYS} days. For a longer break, add another pause after this one."),
        );
    }
}

/// Bit 0 is Monday, bit 6 is Sunday.
pub(super) fn weekday_mask(weekdays: &[Weekday]) -> u8 {
    weekdays.iter().fold(0, |mask, weekday| mask | (1 << weekday.num_days_from_monday()))
}
