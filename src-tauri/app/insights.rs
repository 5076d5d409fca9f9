//! Insights: what the diary says back, for a range of local days, and Today's line comparing
//! this week with the last. The figures are `domain::insights`'; this file picks the range and
//! reads the rows in one snapshot.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::builtin::catalog;
use super::AppError;
use crate::domain::dates::{days_before, DayRange};
use crate::domain::insights::{self, Insights, WeekAgainstWeek};
use crate::domain::report::{summarize_report, ReportSummary};
use crate::export::job::report_range;
use crate::store;

/// Days shown when the diary is still empty and no start is given.
const EMPTY_DIARY_DAYS: u64 = 30;

/// The figures for `from..=to`. Without `to` the range ends today; without `from` it starts
/// on the diary's first day ("everything"). A range may not end after today.
pub fn insights(conn: &mut Connection, today: NaiveDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Insights, AppError> {
    let range = insights_range(conn, today, from, to)?;
    let rows = store::load_report_rows(conn, range, catalog()?)?;
    Ok(insights::insights(&rows.insights_input()))
}

/// The report's figures and the insights of the same range, read in one snapshot: what
/// `backtrack summary --json` prints. The report's keys stay at the top level, as before
/// insights existed; the insights sit under `insights`.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryFigures {
    #[serde(flatten)]
    pub report: ReportSummary,
    pub insights: Insights,
}

/// [`SummaryFigures`] over `from..=to`, by the report's range rule (by default the 90 days up
/// to today).
pub fn summary_figures(conn: &mut Connection, today: NaiveDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<SummaryFigures, AppError> {
    let rows = store::load_report_rows(conn, report_range(from, to, today), catalog()?)?;
    Ok(SummaryFigures { report: summarize_report(&rows.input()), insights: insights::insights(&rows.insights_input()) })
}

/// This week so far against last week, for Today.
pub fn week_against_week(conn: &Connection, today: NaiveDate) -> Result<WeekAgainstWeek, AppError> {
    let entries = store::list_pain_entries(conn, Some(days_before(today, 14)), Some(today))?;
    Ok(insights::week_against_week(&entries, today))
}

fn insights_range(conn: &Connection, today: NaiveDate, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<DayRange, AppError> {
    let to = to.unwrap_or(today);
    if to > today {
        return Err(AppError::field("to", crate::t!("insights-last-day-in-future")));
    }
    let from = match from {
        Some(from) => from,
        None => store::first_diary_day(conn)?.filter(|first| *first <= to).unwrap_or_else(|| days_before(to, EMPTY_DIARY_DAYS - 1)),
    };
    if from > to {
        return Err(AppError::field("from", crate::t!("insights-first-day-after-last")));
    }
    Ok(DayRange { from, to })
}
