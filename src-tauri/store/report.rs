//! Loads what the surgeon's report needs for a range of local days, in one read transaction so
//! every figure comes from the same moment of the diary.

use std::collections::HashMap;

use rusqlite::Connection;
use uuid::Uuid;

use crate::domain::dates::DayRange;
use crate::domain::diary::PainEntry;
use crate::domain::function_scale::{FunctionActivity, FunctionRating};
use crate::domain::insights::InsightsInput;
use crate::domain::learn::red_flags::RedFlagCheck;
use crate::domain::program::exercise::Catalog;
use crate::domain::program::flare::Flare;
use crate::domain::program::habit_plan::HabitPlan;
use crate::domain::program::progress::day_scan::ActiveDays;
use crate::domain::program::session::ExerciseSession;
use crate::domain::program::suggestions::{FamilyLevel, LevelChange};
use crate::domain::report::ReportInput;

use super::StoreError;

/// The diary's rows for one report. Owns them; [`ReportRows::input`] lends them to the domain.
pub struct ReportRows {
    pub range: DayRange,
    /// Entries in the range, oldest first.
    pub entries: Vec<PainEntry>,
    /// Sessions in the range, oldest first.
    pub sessions: Vec<ExerciseSession>,
    /// Every active day up to the range's end, for streaks that began before it.
    pub active_days: ActiveDays,
    pub plan: HabitPlan,
    pub levels: Vec<FamilyLevel>,
    pub level_changes: Vec<LevelChange>,
    pub red_flag_checks: Vec<RedFlagCheck>,
    pub medication_names: HashMap<Uuid, String>,
    pub family_names: HashMap<String, String>,
    pub function_activities: Vec<FunctionActivity>,
    /// Function check-in ratings in the range, in time order.
    pub function_ratings: Vec<FunctionRating>,
    pub flares: Vec<Flare>,
}

impl ReportRows {
    pub fn input(&self) -> ReportInput<'_> {
        ReportInput {
            range: self.range,
            entries: &self.entries,
            sessions: &self.sessions,
            active_days: &self.active_days,
            plan: &self.plan,
            levels: &self.levels,
            level_changes: &self.level_changes,
            red_flag_checks: &self.red_flag_checks,
            medication_names: &self.medication_names,
            family_names: &self.family_names,
            function_activities: &self.function_activities,
            function_ratings: &self.function_ratings,
            flares: &self.flares,
        }
    }

    /// The same rows lent to Insights, so the screen and the report read one snapshot.
    pub fn insights_input(&self) -> InsightsInput<'_> {
        InsightsInput {
            range: self.range,
            entries: &self.entries,
            sessions: &self.sessions,
            plan: &self.plan,
            level_changes: &self.level_changes,
            medication_names: &self.medication_names,
            family_names: &self.family_names,
            function_activities: &self.function_activities,
            function_ratings: &self.function_ratings,
        }
    }
}

/// The first local day with a pain entry or a session, or `None` for an empty diary: where
/// "everything" starts.
pub fn first_diary_day(conn: &Connection) -> Result<Option<chrono::NaiveDate>, StoreError> {
    let day: Option<String> =
        conn.query_row("SELECT MIN(day) FROM (SELECT MIN(day) AS day FROM pain_entry UNION ALL SELECT MIN(day) FROM exercise_session)", [], |row| {
            row.get(0)
        })?;
    day.as_deref().map(super::columns::parse_day).transpose()
}

/// Reads the rows for `range`. Archived medications keep their names, so old entries still say
/// what was taken.
pub fn load_report_rows(conn: &mut Connection, range: DayRange, catalog: &Catalog) -> Result<ReportRows, StoreError> {
    let tx = conn.transaction()?;
    let entries = super::list_pain_entries(&tx, Some(range.from), Some(range.to))?;
    let sessions = super::list_sessions(&tx, Some(range.from), Some(range.to))?;
    let active_days = ActiveDays::new(super::active_days(&tx, None, Some(range.to))?);
    let plan_view = super::get_habit_plan(&tx)?;
    let plan = plan_view.plan();
    let flares = plan_view.flares;
    let levels = super::current_levels(&tx, catalog)?;
    let level_changes = super::list_level_changes(&tx, Some(range.from))?;
    let red_flag_checks = super::list_red_flag_checks(&tx)?.into_iter().filter(|c| range.contains(c.day)).collect();
    let medication_names = super::list_medications(&tx, true)?.into_iter().map(|m| (m.id, m.name)).collect();
    let function_activities = super::list_function_activities(&tx)?;
    let function_ratings = super::list_function_ratings(&tx, Some(range.from), Some(range.to))?;
    tx.commit()?;
    let family_names = catalog.families.iter().map(|f| (f.id.clone(), f.name.clone())).collect();
    Ok(ReportRows {
        range,
        entries,
        sessions,
        active_days,
        plan,
        levels,
        level_changes,
        red_flag_checks,
        medication_names,
        family_names,
        function_activities,
        function_ratings,
        flares,
    })
}
