//! The calendar a diary can hold, and the one parser of day ranges that every face uses.
//!
//! Invariant: every day the app accepts from a person, a file or the command line lies in
//! [`first_day`]`..=`[`last_day`]. Day arithmetic in `domain/` is checked (`checked_add_days`,
//! `checked_sub_days`), so even a day outside that span can never panic: the worst it does is
//! end a loop early or leave a window empty.

use std::cmp::max;

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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

/// The earliest day a diary can hold: no one alive logged pain before it.
pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// The latest day a diary can hold: the last day with a four-digit year.
pub fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// Whether `day` lies within the span a diary can hold.
pub fn is_diary_day(day: NaiveDate) -> bool {
    (first_day()..=last_day()).contains(&day)
}

/// Why a typed day was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayProblem {
    /// Not a calendar date written as `YYYY-MM-DD`.
    NotADate,
    /// A real date, but outside [`first_day`]..=[`last_day`].
    OutOfRange,
    /// The range's end comes before its start (reported on the end).
    EndBeforeStart,
}

impl DayProblem {
    /// The sentence shown beside the field (the window) or after the option (the command line),
    /// in the language in force.
    pub fn message(self) -> String {
        match self {
            DayProblem::NotADate => crate::t!("common-date-format"),
            DayProblem::OutOfRange => crate::t!("common-date-out-of-range", first = first_day().to_string(), last = last_day().to_string()),
            DayProblem::EndBeforeStart => crate::t!("common-date-end-before-start"),
        }
    }
}

/// Which end of a range a problem belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeEnd {
    From,
    To,
}

/// Parses one typed day. Blank means "no limit" (`Ok(None)`).
pub fn parse_day(text: Option<&str>) -> Result<Option<NaiveDate>, DayProblem> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else { return Ok(None) };
    // chrono's %Y also takes signed years of any length ("+262142-12-01"); a diary day has four digits.
    let looks_right = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    let day = looks_right.then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()).flatten().ok_or(DayProblem::NotADate)?;
    if !is_diary_day(day) {
        return Err(DayProblem::OutOfRange);
    }
    Ok(Some(day))
}

/// A range of days, either end open (`None`).
pub type OpenRange = (Option<NaiveDate>, Option<NaiveDate>);

/// Every problem of a typed range, each with the end it belongs to.
pub type RangeProblems = Vec<(RangeEnd, DayProblem)>;

/// Parses an inclusive range of typed days, either end open. Every problem is listed with the
/// end it belongs to, so the window can show each beside its field.
pub fn parse_day_range(from: Option<&str>, to: Option<&str>) -> Result<OpenRange, RangeProblems> {
    let from = parse_day(from).map_err(|p| (RangeEnd::From, p));
    let to = parse_day(to).map_err(|p| (RangeEnd::To, p));
    match (from, to) {
        (Ok(Some(f)), Ok(Some(t))) if f > t => Err(vec![(RangeEnd::To, DayProblem::EndBeforeStart)]),
        (Ok(f), Ok(t)) => Ok((f, t)),
        (f, t) => Err([f.err(), t.err()].into_iter().flatten().collect()),
    }
}

/// `count` days before `day`, or the earliest day chrono has when that would go past it.
pub fn days_before(day: NaiveDate, count: u64) -> NaiveDate {
    day.checked_sub_days(Days::new(count)).unwrap_or(NaiveDate::MIN)
}

/// The Monday of `day`'s week (weeks run Monday to Sunday).
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day.checked_sub_days(Days::new(u64::from(day.weekday().num_days_from_monday()))).unwrap_or(day)
}

/// The Sunday that ends `day`'s week.
pub fn sunday_of(day: NaiveDate) -> NaiveDate {
    day.checked_add_days(Days::new(u64::from(6 - day.weekday().num_days_from_monday()))).unwrap_or(day)
}

/// The range of `days` days ending on `to` (both included); at least one day.
pub fn range_ending(to: NaiveDate, days: u64) -> DayRange {
    DayRange { from: days_before(to, days.saturating_sub(1)), to }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn a_plain_date_in_the_span_is_taken_and_blank_means_no_limit() {
        assert_eq!(parse_day(Some(" 2026-03-14 ")), Ok(Some(day("2026-03-14"))));
        assert_eq!(parse_day(Some("")), Ok(None), "a cleared date field sets no limit");
        assert_eq!(parse_day(None), Ok(None));
    }

    #[test]
    fn the_span_ends_are_included_and_the_days_beyond_are_refused() {
        assert_eq!(parse_day(Some("1900-01-01")), Ok(Some(first_day())));
        assert_eq!(parse_day(Some("9999-12-31")), Ok(Some(last_day())));
        assert_eq!(parse_day(Some("1899-12-31")), Err(DayProblem::OutOfRange), "no diary reaches before 1900");
    }

    #[test]
    fn years_chrono_would_accept_but_a_diary_cannot_hold_are_not_dates() {
        for text in ["+262142-12-01", "-0001-01-01", "10000-01-01", "2026-3-14", "2026-02-30", "14/03/2026", "today"] {
            assert_eq!(parse_day(Some(text)), Err(DayProblem::NotADate), "{text} is not a diary date");
        }
    }

    #[test]
    fn a_range_reports_each_bad_end_and_an_end_before_its_start() {
        assert_eq!(parse_day_range(Some("2026-03-10"), Some("2026-03-01")), Err(vec![(RangeEnd::To, DayProblem::EndBeforeStart)]));
        assert_eq!(
            parse_day_range(Some("x"), Some("1800-01-01")),
            Err(vec![(RangeEnd::From, DayProblem::NotADate), (RangeEnd::To, DayProblem::OutOfRange)]),
            "both ends are reported at once"
        );
        assert_eq!(parse_day_range(None, Some("2026-03-01")), Ok((None, Some(day("2026-03-01")))));
    }

    #[test]
    fn day_arithmetic_stops_at_the_calendars_edges_instead_of_panicking() {
        assert_eq!(days_before(NaiveDate::MIN, 1), NaiveDate::MIN);
        assert_eq!(range_ending(day("2026-03-31"), 90).from, day("2026-01-01"), "90 days ending on 31 March start on 1 January");
        assert_eq!(range_ending(day("2026-03-31"), 0).from, day("2026-03-31"), "a range has at least its last day");
    }
}
