//! Reading stored text columns back into typed values, and the bounds of open date ranges.
//! A value that does not parse means the file was changed outside BackTrack: `Corrupt`.

use chrono::{DateTime, FixedOffset, NaiveDate};
use uuid::Uuid;

use super::StoreError;

/// Stand-ins for an open end of a date range; every stored day sorts between them.
const EARLIEST_DAY: &str = "0000-01-01";
const LATEST_DAY: &str = "9999-12-31";

/// The stamp for a row's `created_at` / `updated_at` / `deleted_at`: now, from the app's one
/// clock, in the same shape SQLite's `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')` gives (so old and
/// new rows sort together).
pub(super) fn stamp() -> String {
    stamp_of(crate::clock::utc_now())
}

pub(super) fn stamp_of(at: chrono::DateTime<chrono::Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub(super) fn parse_uuid(text: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(text).map_err(|e| StoreError::Corrupt(format!("id {text}: {e}")))
}

pub(super) fn parse_day(text: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| StoreError::Corrupt(format!("day {text}: {e}")))
}

pub(super) fn parse_time(text: &str) -> Result<DateTime<FixedOffset>, StoreError> {
    DateTime::parse_from_rfc3339(text).map_err(|e| StoreError::Corrupt(format!("time {text}: {e}")))
}

/// A vocabulary word, parsed by the vocabulary's own `from_wire`.
pub(super) fn parse_word<T>(word: &str, parse: fn(&str) -> Option<T>) -> Result<T, StoreError> {
    parse(word).ok_or_else(|| StoreError::Corrupt(format!("unknown word {word}")))
}

/// `from..=to` as the text bounds of a `day BETWEEN ?1 AND ?2` query; an absent end is open.
pub(super) fn day_bounds(from: Option<NaiveDate>, to: Option<NaiveDate>) -> (String, String) {
    (from.map_or_else(|| EARLIEST_DAY.to_owned(), |d| d.to_string()), to.map_or_else(|| LATEST_DAY.to_owned(), |d| d.to_string()))
}
