//! Insights properties over random diaries: every compared factor splits the logged days in two,
//! and moving the entries' instants to other zones never moves them to another day.

use std::collections::HashMap;

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use proptest::prelude::*;
use uuid::Uuid;

use super::*;
use crate::domain::vocabulary::{BetterFactor, PainQuality, WorseFactor};

fn origin() -> NaiveDate {
    "2025-01-01".parse().expect("a test date")
}

/// A random entry: a day offset, pain, a few words and a sleep answer.
#[derive(Debug, Clone)]
struct RandomEntry {
    offset: u64,
    intensity: u8,
    worse: Vec<WorseFactor>,
    better: Vec<BetterFactor>,
    qualities: Vec<PainQuality>,
    sleep: Option<u8>,
}

fn random_entry() -> impl Strategy<Value = RandomEntry> {
    (
        0u64..120,
        0u8..=10,
        proptest::sample::subsequence(WorseFactor::ALL.to_vec(), 0..3),
        proptest::sample::subsequence(BetterFactor::ALL.to_vec(), 0..3),
        proptest::sample::subsequence(PainQuality::ALL.to_vec(), 0..2),
        proptest::option::of(0u8..=10),
    )
        .prop_map(|(offset, intensity, worse, better, qualities, sleep)| RandomEntry { offset, intensity, worse, better, qualities, sleep })
}

/// The entry, logged at 09:00 at `offset_hours` from UTC on its day.
fn build(e: &RandomEntry, offset_hours: i32) -> PainEntry {
    let day = origin().checked_add_days(Days::new(e.offset)).expect("a day in range");
    let zone = FixedOffset::east_opt(offset_hours * 3600).expect("a valid offset");
    let at: DateTime<FixedOffset> = day.and_hms_opt(9, 0, 0).expect("09:00").and_local_timezone(zone).single().expect("a fixed offset");
    let mut entry = PainEntry::for_test(&at.to_rfc3339(), e.intensity);
    entry.details.day = day;
    entry.details.worse.clone_from(&e.worse);
    entry.details.better.clone_from(&e.better);
    entry.details.qualities.clone_from(&e.qualities);
    entry.details.sleep_quality = e.sleep;
    entry
}

fn insights_of(entries: &[PainEntry]) -> Insights {
    let range = DayRange { from: origin(), to: origin().checked_add_days(Days::new(119)).expect("a day") };
    insights(&InsightsInput {
        range,
        entries,
        sessions: &[],
        plan: &HabitPlan::default(),
        level_changes: &[],
        medication_names: &HashMap::<Uuid, String>::new(),
        family_names: &HashMap::new(),
        function_activities: &[],
        function_ratings: &[],
    })
}

proptest! {
    #[test]
    fn with_and_without_days_add_up_to_the_logged_days(entries in proptest::collection::vec(random_entry(), 0..200)) {
        let built: Vec<PainEntry> = entries.iter().map(|e| build(e, 0)).collect();
        let insights = insights_of(&built);
        for factor in &insights.factors {
            prop_assert_eq!(factor.with_days + factor.without_days, insights.days_logged, "{:?} {}", factor.group, factor.name);
            prop_assert!(factor.with_days >= 3 && factor.without_days >= 3);
            prop_assert!(factor.interval.low <= factor.difference + 0.05 && factor.difference <= factor.interval.high + 0.05);
        }
    }

    #[test]
    fn shifting_the_zone_never_moves_an_entry_to_another_day(
        entries in proptest::collection::vec(random_entry(), 1..120),
        hours in -12i32..=14,
    ) {
        let at_utc: Vec<PainEntry> = entries.iter().map(|e| build(e, 0)).collect();
        let elsewhere: Vec<PainEntry> = entries.iter().map(|e| build(e, hours)).collect();
        prop_assert_eq!(insights_of(&at_utc), insights_of(&elsewhere));
    }
}
