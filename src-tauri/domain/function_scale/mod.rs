//! The weekly function check-in: BackTrack's own wording of the Patient-Specific Functional
//! Scale (PSFS). The person names up to [`MAX_ACTIVE`] activities that pain makes hard ("sit
//! through a movie") and, once a week, rates how well they can do each one, from 0 ("I can't do
//! it") to 10 ("as well as before the pain").
//!
//! Invariants:
//! - At most [`MAX_ACTIVE`] activities are active at once. Retiring one keeps it and its ratings
//!   (history is never rewritten); a new one can then be added.
//! - A rating is a whole number from 0 to 10, for a known activity, at a time that is not in the
//!   future. Its local day is fixed when it is saved, like a diary entry's.
//! - A check-in belongs to the week (Monday to Sunday, as everywhere in BackTrack) of its local
//!   day. This week's check-in is due while an active activity has no rating this week.
//!
//! The figures over a range of days (each activity's ratings, first and latest, the change and
//! the mean) are in [`summary`].

pub mod summary;

#[cfg(test)]
mod tests;

use chrono::{DateTime, FixedOffset, NaiveDate};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::dates::monday_of;
use crate::domain::diary::{check_scale, Scale};
use crate::domain::local_time::check_past_time;
use crate::domain::validation::ValidationErrors;

/// The longest activity name, in characters.
pub const NAME_MAX_CHARS: usize = 80;

/// How many activities a person follows at a time (the PSFS format asks for up to three).
pub const MAX_ACTIVE: usize = 3;

/// An activity as typed in the form.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export)]
pub struct ActivityDraft {
    pub name: String,
}

/// An activity the person follows, or followed until `retired_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FunctionActivity {
    pub id: Uuid,
    pub name: String,
    /// When it was added (RFC 3339, UTC).
    pub created_at: String,
    /// When it was retired (RFC 3339, UTC); `None` while it is active.
    pub retired_at: Option<String>,
}

impl FunctionActivity {
    pub fn is_active(&self) -> bool {
        self.retired_at.is_none()
    }
}

/// A new rating as the form sends it. Loose types on purpose, so a rating of 7.5 or a bad id
/// is reported beside its field instead of failing to parse as a whole.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct RatingDraft {
    pub activity_id: String,
    pub score: Option<f64>,
    /// Local date and time `YYYY-MM-DDTHH:MM`; empty means now.
    pub rated_at: Option<String>,
}

/// A change to a saved rating: its score and, if given, its time.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct RatingChange {
    pub score: Option<f64>,
    /// Local date and time `YYYY-MM-DDTHH:MM`; empty keeps now.
    pub rated_at: Option<String>,
}

/// A checked rating, ready to store. Valid by construction: only the checks here make one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingDetails {
    pub activity_id: Uuid,
    pub day: NaiveDate,
    pub rated_at: DateTime<FixedOffset>,
    pub score: u8,
}

/// A saved rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FunctionRating {
    pub id: Uuid,
    pub activity_id: Uuid,
    /// The local day the rating belongs to, fixed when it was saved.
    #[ts(type = "string")]
    pub day: NaiveDate,
    /// The moment, with the UTC offset in force then (RFC 3339).
    #[ts(type = "string")]
    pub rated_at: DateTime<FixedOffset>,
    pub score: u8,
}

/// Checks a new activity's name against the activities already kept.
pub fn validate_activity(draft: &ActivityDraft, activities: &[FunctionActivity]) -> Result<String, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let name = draft.name.trim().to_owned();
    let active: Vec<&FunctionActivity> = activities.iter().filter(|a| a.is_active()).collect();
    if name.is_empty() {
        errors.push("name", crate::t!("diary-activity-name-missing"));
    } else if name.chars().count() > NAME_MAX_CHARS {
        errors.push("name", crate::t!("diary-activity-name-too-long", max = NAME_MAX_CHARS, count = name.chars().count()));
    } else if active.len() >= MAX_ACTIVE {
        errors.push("name", crate::t!("diary-activity-too-many", max = MAX_ACTIVE));
    } else if active.iter().any(|a| a.name.to_lowercase() == name.to_lowercase()) {
        errors.push("name", crate::t!("diary-activity-already-followed"));
    }
    if errors.is_empty() {
        Ok(name)
    } else {
        Err(errors)
    }
}

/// Checks a new rating. `field_prefix` is put before each field name ("" for a single rating,
/// "ratings.1." for the second of a check-in), so the window can show each message beside the
/// control it belongs to.
pub fn validate_rating(
    draft: &RatingDraft,
    activities: &[FunctionActivity],
    now: DateTime<Tz>,
    field_prefix: &str,
    errors: &mut ValidationErrors,
) -> Option<RatingDetails> {
    let activity_field = format!("{field_prefix}activityId");
    let activity = Uuid::parse_str(draft.activity_id.trim()).ok().and_then(|id| activities.iter().find(|a| a.id == id));
    let activity_id = match activity {
        None => {
            errors.push(&activity_field, crate::t!("diary-activity-not-found"));
            None
        }
        Some(activity) if !activity.is_active() => {
            errors.push(&activity_field, crate::t!("diary-activity-retired"));
            None
        }
        Some(activity) => Some(activity.id),
    };
    let score = check_score(&format!("{field_prefix}score"), draft.score, errors);
    let rated_at = check_past_time(&format!("{field_prefix}ratedAt"), draft.rated_at.as_deref(), now, errors);
    match (activity_id, score, rated_at) {
        (Some(activity_id), Some(score), Some(rated_at)) => {
            Some(RatingDetails { activity_id, day: rated_at.date_naive(), rated_at: rated_at.fixed_offset(), score })
        }
        _ => None,
    }
}

/// Checks a change to the saved rating `rating`. The activity stays the same (a retired one's
/// old ratings can still be corrected); an empty time keeps the rating's own time.
pub fn validate_rating_change(change: &RatingChange, rating: &FunctionRating, now: DateTime<Tz>) -> Result<RatingDetails, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let score = check_score("score", change.score, &mut errors);
    let rated_at = match change.rated_at.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        None => Some(rating.rated_at),
        Some(text) => check_past_time("ratedAt", Some(text), now, &mut errors).map(|t| t.fixed_offset()),
    };
    match (score, rated_at) {
        (Some(score), Some(rated_at)) if errors.is_empty() => {
            Ok(RatingDetails { activity_id: rating.activity_id, day: rated_at.date_naive(), rated_at, score })
        }
        _ => Err(errors),
    }
}

fn check_score(field: &str, score: Option<f64>, errors: &mut ValidationErrors) -> Option<u8> {
    match score {
        None => {
            errors.push(field, crate::t!("diary-rating-missing"));
            None
        }
        Some(value) => check_scale(field, value, Scale::Rating, errors),
    }
}

/// Where this week's check-in stands, for the Today card and the reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CheckInStatus {
    /// The Monday of the week the check-in is for.
    #[ts(type = "string")]
    pub week: NaiveDate,
    /// The active activities, oldest first.
    pub activities: Vec<FunctionActivity>,
    /// Active activities already rated this week.
    pub rated_this_week: Vec<Uuid>,
    /// True while an active activity has no rating this week.
    pub due: bool,
    /// True when nothing is named yet and the person has not put the invitation aside.
    pub invite: bool,
}

/// The week a rating on `day` belongs to: its Monday.
pub fn check_in_week(day: NaiveDate) -> NaiveDate {
    monday_of(day)
}

/// Where the check-in of `today`'s week stands. `ratings` may hold any ratings; only those of
/// this week count. `invite_put_aside` is the person's "not now" to naming activities.
pub fn check_in_status(today: NaiveDate, activities: &[FunctionActivity], ratings: &[FunctionRating], invite_put_aside: bool) -> CheckInStatus {
    let week = check_in_week(today);
    let active: Vec<FunctionActivity> = activities.iter().filter(|a| a.is_active()).cloned().collect();
    // One id per active activity at most, in the activities' order.
    let rated_this_week: Vec<Uuid> =
        active.iter().filter(|a| ratings.iter().any(|r| r.activity_id == a.id && check_in_week(r.day) == week)).map(|a| a.id).collect();
    let due = !active.is_empty() && rated_this_week.len() < active.len();
    let invite = active.is_empty() && !invite_put_aside;
    CheckInStatus { week, activities: active, rated_this_week, due, invite }
}
