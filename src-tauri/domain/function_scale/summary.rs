//! What the check-ins say over a range of days: each activity's ratings in order, its first and
//! latest rating and the change between them, and the mean of the active activities week by
//! week. Pure: the activities and ratings come in as values.
//!
//! # When a change matters
//! A change is marked clinically important when it is at least [`IMPORTANT_CHANGE`] points, up
//! (better) or down (worse). The figure is from Maughan EF, Lewis JS. Outcome measures in chronic
//! low back pain. Eur Spine J. 2010;19(9):1484-1494. doi:10.1007/s00586-010-1353-6. In 48 people
//! with chronic low back pain followed through a 5-week back class, the minimal clinically
//! important difference of the PSFS estimated from the standard error of measurement was 1.4
//! points. The same paper also gives an estimate from ROC curves, which we could not confirm
//! from the sources at hand, so it is not used. The study scored the PSFS as the mean of the
//! activities; we apply the same threshold to the mean ([`FunctionSummary::mean_change`]) and,
//! as a plainer guide, to each activity. Ratings are whole numbers, so for one activity it means
//! a change of 2 points or more.
//!
//! # Worked example
//! Activity A rated 3 on Monday 2 March and 6 on Monday 16 March; activity B rated 2 then 3 on
//! the same days. A changed by +3 (important: 3 >= 1.4), B by +1 (not important). The weekly
//! means are 2.5 (week of 2 March, (3 + 2) / 2) and 4.5 (week of 16 March); the mean went from
//! 2.5 to 4.5, a change of +2.0, which is clinically important.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::{check_in_week, FunctionActivity, FunctionRating};
use crate::domain::dates::DayRange;

/// The smallest change, in points on the 0-10 scale, marked clinically important (Maughan and
/// Lewis 2010, see the module documentation).
pub const IMPORTANT_CHANGE: f64 = 1.4;

/// The source of [`IMPORTANT_CHANGE`], in the words the report and the Learn article use.
pub const IMPORTANT_CHANGE_SOURCE: &str = "Maughan and Lewis, Eur Spine J 2010"; // i18n-ignore: a citation, as published

/// One rating on the time line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RatingPoint {
    pub rating_id: Uuid,
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub score: u8,
}

/// One activity over the range.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ActivityTrend {
    pub id: Uuid,
    pub name: String,
    pub active: bool,
    /// Every rating in the range, oldest first.
    pub ratings: Vec<RatingPoint>,
    pub first: Option<RatingPoint>,
    pub latest: Option<RatingPoint>,
    /// Latest minus first; `None` with fewer than two ratings. Positive is better.
    pub change: Option<i32>,
    /// `change` is at least [`IMPORTANT_CHANGE`] either way.
    pub clinically_important: bool,
}

/// The mean of the active activities in one week: each contributes its last rating of the week.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WeeklyMean {
    /// The Monday of the week.
    #[ts(type = "string")]
    pub week: NaiveDate,
    /// Rounded to two decimals.
    pub mean: f64,
    /// How many activities were rated that week.
    pub activities: u32,
}

/// The change of the mean between each active activity's first and latest rating.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeanChange {
    /// The mean of the first ratings (two decimals).
    pub first: f64,
    /// The mean of the latest ratings (two decimals).
    pub latest: f64,
    /// `latest - first` (two decimals). Positive is better.
    pub change: f64,
    /// How many activities it is over: the active ones with at least two ratings.
    pub activities: u32,
    pub clinically_important: bool,
}

/// The check-ins of one range of days.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FunctionSummary {
    pub range: DayRange,
    /// Active activities, then retired ones rated in the range, each oldest first.
    pub activities: Vec<ActivityTrend>,
    /// Weeks with at least one rating of an active activity, oldest first.
    pub weekly_means: Vec<WeeklyMean>,
    pub mean_change: Option<MeanChange>,
    /// The threshold used, so every face shows the same one.
    pub important_change: f64,
}

/// The figures of `range` (see the module documentation). `ratings` may hold ratings outside the
/// range and of any activity; only those in the range of an activity in `activities` count.
pub fn summarize(range: DayRange, activities: &[FunctionActivity], ratings: &[FunctionRating]) -> FunctionSummary {
    let mut in_range: Vec<&FunctionRating> = ratings.iter().filter(|r| range.contains(r.day)).collect();
    in_range.sort_by(|a, b| a.rated_at.cmp(&b.rated_at).then(a.id.cmp(&b.id)));

    let (active, retired): (Vec<&FunctionActivity>, Vec<&FunctionActivity>) = activities.iter().partition(|a| a.is_active());
    let mut trends: Vec<ActivityTrend> = Vec::new();
    for activity in active.iter().chain(retired.iter()) {
        let points: Vec<RatingPoint> =
            in_range.iter().filter(|r| r.activity_id == activity.id).map(|r| RatingPoint { rating_id: r.id, day: r.day, score: r.score }).collect();
        if !activity.is_active() && points.is_empty() {
            continue;
        }
        trends.push(trend(activity, points));
    }

    FunctionSummary {
        range,
        weekly_means: weekly_means(&trends),
        mean_change: mean_change(&trends),
        activities: trends,
        important_change: IMPORTANT_CHANGE,
    }
}

/// Whether a change of `change` points is clinically important ([`IMPORTANT_CHANGE`] either way).
pub fn is_important(change: f64) -> bool {
    // The tolerance absorbs rounding in a mean, such as 1.3999999999999995 for 1.4.
    change.abs() + 1e-9 >= IMPORTANT_CHANGE
}

fn trend(activity: &FunctionActivity, ratings: Vec<RatingPoint>) -> ActivityTrend {
    let first = ratings.first().copied();
    let latest = ratings.last().copied();
    let change = match (first, latest) {
        (Some(first), Some(latest)) if ratings.len() >= 2 => Some(i32::from(latest.score) - i32::from(first.score)),
        _ => None,
    };
    ActivityTrend {
        id: activity.id,
        name: activity.name.clone(),
        active: activity.is_active(),
        clinically_important: change.is_some_and(|c| is_important(f64::from(c))),
        ratings,
        first,
        latest,
        change,
    }
}

fn weekly_means(trends: &[ActivityTrend]) -> Vec<WeeklyMean> {
    let mut weeks: Vec<NaiveDate> = trends.iter().filter(|t| t.active).flat_map(|t| t.ratings.iter().map(|r| check_in_week(r.day))).collect();
    weeks.sort();
    weeks.dedup();
    weeks
        .into_iter()
        .map(|week| {
            // Each active activity's last rating of the week (ratings are in time order).
            let scores: Vec<u8> = trends
                .iter()
                .filter(|t| t.active)
                .filter_map(|t| t.ratings.iter().rev().find(|r| check_in_week(r.day) == week).map(|r| r.score))
                .collect();
            WeeklyMean { week, mean: round2(mean(&scores)), activities: scores.len() as u32 }
        })
        .collect()
}

fn mean_change(trends: &[ActivityTrend]) -> Option<MeanChange> {
    let followed: Vec<&ActivityTrend> = trends.iter().filter(|t| t.active && t.change.is_some()).collect();
    if followed.is_empty() {
        return None;
    }
    let firsts: Vec<u8> = followed.iter().filter_map(|t| t.first.map(|p| p.score)).collect();
    let latests: Vec<u8> = followed.iter().filter_map(|t| t.latest.map(|p| p.score)).collect();
    let (first, latest) = (mean(&firsts), mean(&latests));
    Some(MeanChange {
        first: round2(first),
        latest: round2(latest),
        change: round2(latest - first),
        activities: followed.len() as u32,
        clinically_important: is_important(latest - first),
    })
}

fn mean(scores: &[u8]) -> f64 {
    if scores.is_empty() {
        return 0.0;
    }
    scores.iter().map(|&s| f64::from(s)).sum::<f64>() / scores.len() as f64
}

fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}
