//! The pain diary: log, change, delete and bring back an entry, and read the days back.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::{AppError, Now};
use crate::domain::diary::history::{group_by_day, PainDay};
use crate::domain::diary::history_pages::{plan_pages, HistoryPage, HISTORY_BUDGET};
use crate::domain::diary::{validate, DiaryContext, PainDetails, PainEntry, PainEntryDraft};
use crate::domain::learn::red_flags::offers_check;
use crate::store;

/// A new entry as stored, with whether the diary should offer the warning-signs check now
/// (`domain::learn::red_flags::offers_check`), so every face asks Rust the same question.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LoggedPain {
    #[serde(flatten)]
    pub entry: PainEntry,
    pub offer_red_flag_check: bool,
}

pub fn log_pain(conn: &mut Connection, now: Now, draft: &PainEntryDraft) -> Result<LoggedPain, AppError> {
    let details = checked(conn, now, draft)?;
    let entry = store::insert_pain_entry(conn, &details)?;
    Ok(LoggedPain { offer_red_flag_check: offers_check(&entry.details), entry })
}

pub fn update_pain(conn: &mut Connection, now: Now, id: &Uuid, draft: &PainEntryDraft) -> Result<PainEntry, AppError> {
    let details = checked(conn, now, draft)?;
    Ok(store::update_pain_entry(conn, id, &details)?)
}

pub fn delete_pain(conn: &mut Connection, id: &Uuid) -> Result<(), AppError> {
    Ok(store::delete_pain_entry(conn, id)?)
}

pub fn undo_delete_pain(conn: &mut Connection, id: &Uuid) -> Result<PainEntry, AppError> {
    Ok(store::restore_pain_entry(conn, id)?)
}

/// Days with entries between `from` and `to` (local dates, inclusive; either may be open).
pub fn pain_days(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<PainDay>, AppError> {
    Ok(group_by_day(store::list_pain_entries(conn, from, to)?))
}

/// One page of History over `from..=to`: whole days, newest first, within the page budget of
/// `domain::diary::history_pages`. `page` counts from 0; a page that does not exist is a
/// validation error.
pub fn history_page(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>, page: i64) -> Result<HistoryPage, AppError> {
    let plan = plan_pages(&store::pain_day_counts(conn, from, to)?, HISTORY_BUDGET);
    let index = plan.page_index(page)?;
    let days = match plan.span(index) {
        Some(span) => pain_days(conn, Some(span.oldest), Some(span.newest))?,
        None => Vec::new(),
    };
    Ok(plan.page(index, days))
}

/// The entry's rules, with the medications the diary knows.
fn checked(conn: &Connection, now: Now, draft: &PainEntryDraft) -> Result<PainDetails, AppError> {
    let known_medications = store::medication_ids(conn)?;
    Ok(validate(draft, &DiaryContext { now, known_medications: &known_medications })?)
}
