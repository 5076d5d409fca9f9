//! The person's exercise plan: the weekly goal, planned rest days and pauses, the forms that
//! edit them, and the checks each must pass. The progress rules in `progress/` read the plan.

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::dates::DayRange;
use crate::domain::program::flare::Flare;
use crate::domain::validation::ValidationErrors;

/// The weekly goal a new plan starts with.
pub const DEFAULT_WEEKLY_GOAL: u8 = 3;
/// The longest single pause, in days (both ends included). Longer breaks can be entered as
/// several pauses; the limit catches a mistyped year.
pub const MAX_PAUSE_DAYS: i64 = 366;
/// The longest pause reason, in characters.
pub const PAUSE_REASON_MAX_CHARS: usize = 200;

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
        Self { weekly_goal: DEFAULT_WEEKLY_GOAL, rest: RestPlan::PerWeek { days: 7 - DEFAULT_WEEKLY_GOAL }, paused: Vec::new() }
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
        errors.push("weeklyGoal", crate::t!("program-weekly-goal-range"));
    }
    let rest_fits = match &plan.rest {
        RestPlan::PerWeek { days } if *days > 6 => {
            errors.push("restDaysPerWeek", crate::t!("program-rest-days-range"));
            false
        }
        RestPlan::Weekdays { weekdays } if weekday_mask(weekdays).count_ones() > 6 => {
            errors.push("restWeekdays", crate::t!("program-rest-weekdays-all"));
            false
        }
        _ => true,
    };
    let rest = plan.rest.rest_days_per_week();
    if goal_fits && rest_fits && plan.weekly_goal > 7 - rest {
        errors.push("weeklyGoal", crate::t!("program-goal-above-room", rest = rest, room = 7 - rest));
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
        errors.push(&format!("{prefix}to"), crate::t!("program-pause-end-before-start"));
    } else if range.days() > MAX_PAUSE_DAYS {
        errors.push(&format!("{prefix}to"), crate::t!("program-pause-too-long", max = MAX_PAUSE_DAYS));
    }
}

/// Bit 0 is Monday, bit 6 is Sunday.
pub(super) fn weekday_mask(weekdays: &[Weekday]) -> u8 {
    weekdays.iter().fold(0, |mask, weekday| mask | (1 << weekday.num_days_from_monday()))
}

/// The plan settings the person edits: the weekly goal and the rest days. Pauses are added and
/// removed one at a time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HabitSettings {
    pub weekly_goal: u8,
    pub rest: RestPlan,
}

impl Default for HabitSettings {
    fn default() -> Self {
        let plan = HabitPlan::default();
        Self { weekly_goal: plan.weekly_goal, rest: plan.rest }
    }
}

/// A paused stretch of the program (illness, a flare, travel).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Pause {
    pub id: Uuid,
    #[ts(type = "string")]
    pub from: NaiveDate,
    #[ts(type = "string")]
    pub to: NaiveDate,
    pub reason: String,
}

/// The habit plan as the settings screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HabitPlanView {
    pub settings: HabitSettings,
    /// By start day.
    pub pauses: Vec<Pause>,
    /// Every flare, oldest first. The streak and goal treat their days as paused.
    pub flares: Vec<Flare>,
}

impl HabitPlanView {
    /// The plan the streak rules read.
    pub fn plan(&self) -> HabitPlan {
        HabitPlan {
            weekly_goal: self.settings.weekly_goal,
            rest: self.settings.rest.clone(),
            paused: self.pauses.iter().map(|p| DayRange { from: p.from, to: p.to }).chain(self.flares.iter().map(Flare::range)).collect(),
        }
    }
}

/// Checks plan settings. Field names as [`validate_plan`]: `weeklyGoal`,
/// `restDaysPerWeek`, `restWeekdays`.
pub fn validate_settings(settings: &HabitSettings) -> Result<(), ValidationErrors> {
    validate_plan(&HabitPlan { weekly_goal: settings.weekly_goal, rest: settings.rest.clone(), paused: Vec::new() })
}

/// A pause as the pause form sends it.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct PauseDraft {
    /// Local date `YYYY-MM-DD`.
    pub from: String,
    pub to: String,
    pub reason: Option<String>,
}

/// A checked pause, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PauseDetails {
    pub range: DayRange,
    pub reason: String,
}

/// Checks a pause. Field names: `from`, `to`, `reason`.
pub fn validate_pause_draft(draft: &PauseDraft) -> Result<PauseDetails, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let mut day = |field: &str, text: &str| {
        let parsed = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
        if parsed.is_none() {
            errors.push(field, crate::t!("common-date-format"));
        }
        parsed
    };
    let from = day("from", &draft.from);
    let to = day("to", &draft.to);
    let reason = draft.reason.as_deref().unwrap_or("").trim().to_owned();
    let reason_chars = reason.chars().count();
    if reason_chars > PAUSE_REASON_MAX_CHARS {
        errors.push("reason", crate::t!("program-pause-reason-too-long", max = PAUSE_REASON_MAX_CHARS, count = reason_chars));
    }
    if let (Some(from), Some(to)) = (from, to) {
        if let Err(range_errors) = validate_pause(&DayRange { from, to }) {
            errors.fields.extend(range_errors.fields);
        }
        if errors.is_empty() {
            return Ok(PauseDetails { range: DayRange { from, to }, reason });
        }
    }
    Err(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pause_needs_real_dates_in_order_and_a_short_reason() {
        let draft = |from: &str, to: &str, reason: &str| PauseDraft { from: from.into(), to: to.into(), reason: Some(reason.into()) };
        assert!(validate_pause_draft(&draft("2026-03-01", "2026-03-07", "flu")).is_ok());
        let fields = |d: PauseDraft| validate_pause_draft(&d).err().map(|e| e.fields.into_iter().map(|f| f.field).collect::<Vec<_>>());
        assert_eq!(fields(draft("2026-03-07", "2026-03-01", "")), Some(vec!["to".to_owned()]));
        assert_eq!(fields(draft("March", "2026-03-01", &"x".repeat(201))), Some(vec!["from".to_owned(), "reason".to_owned()]));
    }
}
