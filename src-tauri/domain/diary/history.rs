//! Groups diary entries by the local day they belong to, with each day's low, average and high.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::domain::diary::PainEntry;

/// One local calendar day of the diary. Several entries a day are normal.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PainDay {
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub low: u8,
    /// Mean intensity, rounded to one decimal place.
    pub average: f64,
    pub high: u8,
    /// The day's entries, latest first.
    pub entries: Vec<PainEntry>,
}

/// Groups entries into days, latest day first. Days come from each entry's stored `day`, never
/// from its instant, so a change of time zone or DST cannot move an entry to another day.
/// Within a day entries go latest instant first; entries at the same instant go by id, so the
/// order (and so every page of History) is the same on every load.
pub fn group_by_day(mut entries: Vec<PainEntry>) -> Vec<PainDay> {
    entries.sort_by(|a, b| (b.details.day, b.details.occurred_at).cmp(&(a.details.day, a.details.occurred_at)).then_with(|| a.id.cmp(&b.id)));
    let mut days: Vec<PainDay> = Vec::new();
    for entry in entries {
        match days.last_mut() {
            Some(current) if current.day == entry.details.day => current.entries.push(entry),
            _ => days.push(PainDay { day: entry.details.day, low: 0, average: 0.0, high: 0, entries: vec![entry] }),
        }
    }
    for day in &mut days {
        let levels = day.entries.iter().map(|e| e.details.intensity);
        day.low = levels.clone().min().unwrap_or(0);
        day.high = levels.clone().max().unwrap_or(0);
        let total: u32 = levels.map(u32::from).sum();
        day.average = round_one_decimal(f64::from(total) / day.entries.len() as f64);
    }
    days
}

fn round_one_decimal(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_shows_its_low_average_and_high() {
        let days = group_by_day(vec![
            PainEntry::for_test("2026-03-02T08:00:00+00:00", 3),
            PainEntry::for_test("2026-03-02T13:00:00+00:00", 6),
            PainEntry::for_test("2026-03-02T21:00:00+00:00", 4),
        ]);
        assert_eq!(days.len(), 1);
        assert_eq!((days[0].low, days[0].average, days[0].high), (3, 4.3, 6));
    }

    #[test]
    fn days_come_latest_first_and_entries_latest_first_within_a_day() {
        let days = group_by_day(vec![
            PainEntry::for_test("2026-03-01T09:00:00+00:00", 2),
            PainEntry::for_test("2026-03-02T07:00:00+00:00", 5),
            PainEntry::for_test("2026-03-02T19:00:00+00:00", 1),
        ]);
        let order: Vec<_> = days.iter().map(|d| d.day.to_string()).collect();
        assert_eq!(order, ["2026-03-02", "2026-03-01"]);
        assert_eq!(days[0].entries[0].details.intensity, 1, "the evening entry comes first");
    }

    #[test]
    fn entries_at_the_same_instant_go_by_id_whatever_order_they_came_in() {
        let first = PainEntry::for_test("2026-03-02T08:00:00+00:00", 3);
        let second = PainEntry::for_test("2026-03-02T09:00:00+01:00", 5);
        let mut ids = [first.id, second.id];
        ids.sort();
        for input in [vec![first.clone(), second.clone()], vec![second.clone(), first.clone()]] {
            let order: Vec<_> = group_by_day(input)[0].entries.iter().map(|e| e.id).collect();
            assert_eq!(order, ids, "08:00 UTC and 09:00+01:00 are the same instant, so the smaller id comes first");
        }
    }

    #[test]
    fn an_entry_stays_on_its_logged_day_even_if_its_instant_is_another_utc_date() {
        // Logged at 23:30 in New York: already the next day in UTC.
        let days = group_by_day(vec![PainEntry::for_test("2026-03-02T23:30:00-05:00", 4)]);
        assert_eq!(days[0].day.to_string(), "2026-03-02");
    }
}
