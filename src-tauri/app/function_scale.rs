//! The weekly function check-in: naming, retiring and rating activities, this week's status and
//! the summary over a range. The checks are `domain::function_scale`'s; nothing is written when
//! one fails.

use chrono::NaiveDate;
use rusqlite::Connection;
use uuid::Uuid;

use super::{AppError, Now};
use crate::domain::dates::DayRange;
use crate::domain::function_scale::summary::{summarize, FunctionSummary};
use crate::domain::function_scale::{
    check_in_status, validate_activity, validate_rating, validate_rating_change, ActivityDraft, CheckInStatus, FunctionActivity, FunctionRating,
    RatingChange, RatingDraft,
};
use crate::domain::validation::ValidationErrors;
use crate::store::{self, Setting};

/// Every activity, active or retired, oldest first.
pub fn list_function_activities(conn: &Connection) -> Result<Vec<FunctionActivity>, AppError> {
    Ok(store::list_function_activities(conn)?)
}

/// Ratings with a day in `from..=to` (either end open), in time order.
pub fn list_function_ratings(conn: &Connection, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<Vec<FunctionRating>, AppError> {
    Ok(store::list_function_ratings(conn, from, to)?)
}

pub fn add_function_activity(conn: &mut Connection, draft: &ActivityDraft) -> Result<FunctionActivity, AppError> {
    let name = validate_activity(draft, &store::list_function_activities(conn)?)?;
    Ok(store::add_function_activity(conn, &name)?)
}

/// Stops asking about an activity; it and its ratings stay in the history.
pub fn retire_function_activity(conn: &mut Connection, id: &Uuid) -> Result<FunctionActivity, AppError> {
    Ok(store::retire_function_activity(conn, id)?)
}

/// Saves one rating. Problems are reported on `activityId`, `score` and `ratedAt`.
pub fn add_function_rating(conn: &mut Connection, now: Now, draft: &RatingDraft) -> Result<FunctionRating, AppError> {
    let activities = store::list_function_activities(conn)?;
    let mut errors = ValidationErrors::default();
    match validate_rating(draft, &activities, now, "", &mut errors) {
        Some(details) if errors.is_empty() => Ok(store::insert_function_ratings(conn, &[details])?.remove(0)),
        _ => Err(errors.into()),
    }
}

/// Saves a week's check-in: one rating per activity, all or none. Problems are reported on
/// `ratings.<i>.score` (and `.activityId`, `.ratedAt`) for the i-th rating.
pub fn record_check_in(conn: &mut Connection, now: Now, drafts: &[RatingDraft]) -> Result<Vec<FunctionRating>, AppError> {
    if drafts.is_empty() {
        return Err(AppError::refused(crate::t!("diary-check-in-rate-one")));
    }
    let activities = store::list_function_activities(conn)?;
    let mut errors = ValidationErrors::default();
    let mut checked = Vec::with_capacity(drafts.len());
    for (i, draft) in drafts.iter().enumerate() {
        let prefix = format!("ratings.{i}.");
        if drafts[..i].iter().any(|earlier| earlier.activity_id.trim() == draft.activity_id.trim()) {
            errors.push(&format!("{prefix}activityId"), crate::t!("diary-check-in-rated-twice"));
        }
        checked.extend(validate_rating(draft, &activities, now, &prefix, &mut errors));
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    Ok(store::insert_function_ratings(conn, &checked)?)
}

/// Corrects a saved rating's score or time.
pub fn update_function_rating(conn: &mut Connection, now: Now, id: &Uuid, change: &RatingChange) -> Result<FunctionRating, AppError> {
    let saved = store::get_function_rating(conn, id)?;
    let details = validate_rating_change(change, &saved, now)?;
    Ok(store::update_function_rating(conn, id, &details)?)
}

/// Where this week's check-in stands.
pub fn check_in(conn: &Connection, now: Now) -> Result<CheckInStatus, AppError> {
    let today = now.date_naive();
    let week = crate::domain::function_scale::check_in_week(today);
    let activities = store::list_function_activities(conn)?;
    let ratings = store::list_function_ratings(conn, Some(week), Some(today))?;
    let put_aside = store::get_setting(conn, Setting::FunctionInvitePutAside)?.is_some_and(|v| v == "yes");
    Ok(check_in_status(today, &activities, &ratings, put_aside))
}

/// The person's "not now" to naming activities: the Today card stops inviting.
pub fn put_aside_invite(conn: &mut Connection, now: Now) -> Result<CheckInStatus, AppError> {
    store::set_setting(conn, Setting::FunctionInvitePutAside, "yes")?;
    check_in(conn, now)
}

/// The check-ins of `from..=to`. An open start begins at the first rating (or `to`); an open
/// end is today.
pub fn function_summary(conn: &Connection, now: Now, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Result<FunctionSummary, AppError> {
    let to = to.unwrap_or_else(|| now.date_naive());
    let ratings = store::list_function_ratings(conn, from, Some(to))?;
    let from = from.or_else(|| ratings.iter().map(|r| r.day).min()).unwrap_or(to).min(to);
    Ok(summarize(DayRange { from, to }, &store::list_function_activities(conn)?, &ratings))
}
