//! Exercise and pain: does a session help on the day, what happens the day after, and how the
//! weeks with more sessions compare. Only sessions that count as active (at least one exercise
//! done, or logged by hand) are counted, as for streaks.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::{count, exact_mean, round_one, DayPain};
use crate::domain::dates::{monday_of, DayRange};
use crate::domain::program::session::ExerciseSession;

/// The program against the diary.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExerciseAndPain {
    /// Active sessions in the range.
    pub sessions: u32,
    /// Sessions that asked pain both before and after.
    pub rated_sessions: u32,
    /// Mean pain before those sessions, one decimal; `null` without any.
    pub before_average: Option<f64>,
    pub after_average: Option<f64>,
    pub next_day: NextDayPain,
    /// Every week that touches the range, oldest first (weeks start on Monday).
    pub weeks: Vec<SessionWeek>,
}

/// A logged day's pain by whether the day before had a session. Both days must be in the range.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NextDayPain {
    pub after_session_days: u32,
    /// One decimal; `null` without any such day.
    pub after_session_average: Option<f64>,
    pub after_rest_days: u32,
    pub after_rest_average: Option<f64>,
}

/// One week's sessions and pain.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SessionWeek {
    #[ts(type = "string")]
    pub monday: NaiveDate,
    pub sessions: u32,
    /// The mean of the week's logged days (inside the range), one decimal; `null` when none.
    pub average_pain: Option<f64>,
}

pub(super) fn exercise_and_pain(days: &[DayPain<'_>], sessions: &[&ExerciseSession], range: DayRange) -> ExerciseAndPain {
    let active: Vec<&&ExerciseSession> = sessions.iter().filter(|s| s.counts_as_active()).collect();
    let rated: Vec<(u8, u8)> = active.iter().filter_map(|s| Some((s.pain_before?, s.pain_after?))).collect();
    let session_days: BTreeSet<NaiveDate> = active.iter().map(|s| s.day).collect();
    ExerciseAndPain {
        sessions: count(active.len()),
        rated_sessions: count(rated.len()),
        before_average: exact_mean(rated.iter().map(|r| f64::from(r.0))).map(round_one),
        after_average: exact_mean(rated.iter().map(|r| f64::from(r.1))).map(round_one),
        next_day: next_day_pain(days, &session_days, range),
        weeks: session_weeks(days, &active, range),
    }
}

fn next_day_pain(days: &[DayPain<'_>], session_days: &BTreeSet<NaiveDate>, range: DayRange) -> NextDayPain {
    let (mut after_session, mut after_rest) = (Vec::new(), Vec::new());
    for day in days {
        let Some(before) = day.day.checked_sub_days(Days::new(1)).filter(|d| range.contains(*d)) else { continue };
        if session_days.contains(&before) {
            after_session.push(day.mean);
        } else {
            after_rest.push(day.mean);
        }
    }
    NextDayPain {
        after_session_days: count(after_session.len()),
        after_session_average: exact_mean(after_session.into_iter()).map(round_one),
        after_rest_days: count(after_rest.len()),
        after_rest_average: exact_mean(after_rest.into_iter()).map(round_one),
    }
}

fn session_weeks(days: &[DayPain<'_>], active: &[&&ExerciseSession], range: DayRange) -> Vec<SessionWeek> {
    let mut weeks: BTreeMap<NaiveDate, (u32, Vec<f64>)> = BTreeMap::new();
    let mut monday = monday_of(range.from);
    while monday <= range.to {
        weeks.insert(monday, (0, Vec::new()));
        let Some(next) = monday.checked_add_days(Days::new(7)) else { break };
        monday = next;
    }
    for session in active {
        if let Some(week) = weeks.get_mut(&monday_of(session.day)) {
            week.0 += 1;
        }
    }
    for day in days {
        if let Some(week) = weeks.get_mut(&monday_of(day.day)) {
            week.1.push(day.mean);
        }
    }
    weeks
        .into_iter()
        .map(|(monday, (sessions, pain))| SessionWeek { monday, sessions, average_pain: exact_mean(pain.into_iter()).map(round_one) })
        .collect()
}
