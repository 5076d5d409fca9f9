//! Reminder rules read as sentences, then properties of `next_due` over many zones and DST changes.
//!
//! Calendar used below: 2026-06-10 is a Wednesday; London springs forward on 2026-03-29 and
//! falls back on 2026-10-25; New York on 2026-03-08 and 2026-11-01; Lord Howe (30-minute shift)
//! on 2026-10-04 and 2026-04-05.

use std::collections::HashSet;

use chrono::{Duration, TimeZone};
use proptest::prelude::*;

use super::*;

const ALL_WEEK: [Weekday; 7] = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap_or_else(|e| panic!("bad test instant {text}: {e}"))
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap_or_else(|e| panic!("bad test date {text}: {e}"))
}

pub(super) fn hm(text: &str) -> NaiveTime {
    parse_hh_mm(text).unwrap_or_else(|| panic!("bad test time {text}"))
}

fn zone(name: &str) -> Tz {
    name.parse().unwrap_or_else(|e| panic!("unknown zone {name}: {e}"))
}

pub(super) fn rule(times: &[&str], weekdays: &[Weekday]) -> ReminderRule {
    ReminderRule {
        id: Uuid::from_u128(1),
        kind: ReminderKind::Diary,
        times: times.iter().map(|t| hm(t)).collect(),
        weekdays: weekdays.to_vec(),
        enabled: true,
    }
}

fn due(rule: &ReminderRule, after: &str, zone_name: &str) -> Slot {
    next_due(rule, utc(after), zone(zone_name)).expect("an enabled rule always has a next slot")
}

// ---- next_due ----

#[test]
fn a_morning_reminder_fires_at_its_local_time_on_a_normal_day() {
    let slot = due(&rule(&["08:30"], &ALL_WEEK), "2026-06-10T06:00:00Z", "Europe/London");
    assert_eq!(slot.local_date, day("2026-06-10"));
    assert_eq!(slot.local_time, hm("08:30"));
    assert_eq!(slot.fires_at, utc("2026-06-10T07:30:00Z"), "08:30 BST is 07:30 UTC");
}

#[test]
fn the_next_slot_is_strictly_after_the_given_instant() {
    let slot = due(&rule(&["08:30"], &ALL_WEEK), "2026-06-10T07:30:00Z", "Europe/London");
    assert_eq!(slot.local_date, day("2026-06-11"), "a slot firing exactly at `after` has already fired");
}

#[test]
fn times_are_tried_in_ascending_order_whatever_order_they_were_stored_in() {
    let slot = due(&rule(&["18:00", "08:00"], &ALL_WEEK), "2026-06-10T05:00:00Z", "Europe/London");
    assert_eq!(slot.local_time, hm("08:00"));
    let later = due(&rule(&["18:00", "08:00"], &ALL_WEEK), "2026-06-10T07:00:00Z", "Europe/London");
    assert_eq!((later.local_date, later.local_time), (day("2026-06-10"), hm("18:00")), "the evening time follows the morning one");
}

#[test]
fn a_weekday_not_chosen_is_skipped() {
    // Wednesday 2026-06-10 is not chosen; Friday is the next chosen day.
    let slot = due(&rule(&["08:30"], &[Weekday::Mon, Weekday::Fri]), "2026-06-10T06:00:00Z", "Europe/London");
    assert_eq!(slot.local_date, day("2026-06-12"), "Wednesday and Thursday are not reminder days");
    assert_eq!(slot.fires_at, utc("2026-06-12T07:30:00Z"));
}

#[test]
fn a_rule_for_one_weekday_waits_almost_a_week() {
    let slot = due(&rule(&["08:30"], &[Weekday::Wed]), "2026-06-10T08:00:00Z", "Europe/London");
    assert_eq!(slot.local_date, day("2026-06-17"), "today's Wednesday slot is past, so next Wednesday");
}

#[test]
fn a_time_in_the_london_spring_gap_fires_at_the_first_valid_minute_after() {
    let slot = due(&rule(&["01:30"], &ALL_WEEK), "2026-03-28T12:00:00Z", "Europe/London");
    assert_eq!(slot.local_date, day("2026-03-29"));
    assert_eq!(slot.local_time, hm("01:30"), "the slot keeps the rule's time as its identity");
    assert_eq!(slot.fires_at, utc("2026-03-29T01:00:00Z"), "01:30 does not exist; 02:00 BST is 01:00 UTC");
}

#[test]
fn a_time_that_happens_twice_in_the_london_autumn_fires_once_at_the_earlier_instant() {
    let rule = rule(&["01:30"], &ALL_WEEK);
    let first = due(&rule, "2026-10-24T12:00:00Z", "Europe/London");
    assert_eq!(first.local_date, day("2026-10-25"));
    assert_eq!(first.fires_at, utc("2026-10-25T00:30:00Z"), "01:30 BST comes before 01:30 GMT");
    let second = due(&rule, "2026-10-25T00:30:00Z", "Europe/London");
    assert_eq!(second.local_date, day("2026-10-26"), "the repeated 01:30 GMT is the same slot, so the next one is tomorrow's");
    assert_eq!(second.fires_at, utc("2026-10-26T01:30:00Z"));
    let between = due(&rule, "2026-10-25T01:00:00Z", "Europe/London");
    assert_eq!(between, second, "even between the two 01:30s the slot is not repeated");
}

#[test]
fn new_york_follows_its_own_dst_dates() {
    let spring = due(&rule(&["02:30"], &ALL_WEEK), "2026-03-07T12:00:00Z", "America/New_York");
    assert_eq!(spring.local_date, day("2026-03-08"));
    assert_eq!(spring.fires_at, utc("2026-03-08T07:00:00Z"), "02:30 does not exist; 03:00 EDT is 07:00 UTC");

    let autumn_rule = rule(&["01:30"], &ALL_WEEK);
    let autumn = due(&autumn_rule, "2026-10-31T12:00:00Z", "America/New_York");
    assert_eq!(autumn.fires_at, utc("2026-11-01T05:30:00Z"), "01:30 EDT, the earlier of the two");
    let after = due(&autumn_rule, &autumn.fires_at.to_rfc3339(), "America/New_York");
    assert_eq!(after.fires_at, utc("2026-11-02T06:30:00Z"), "next is Monday's 01:30 EST");
}

#[test]
fn lord_howe_shifts_by_thirty_minutes_and_the_gap_ends_half_an_hour_later() {
    let spring = due(&rule(&["02:15"], &ALL_WEEK), "2026-10-03T00:00:00Z", "Australia/Lord_Howe");
    assert_eq!(spring.local_date, day("2026-10-04"));
    assert_eq!(spring.fires_at, utc("2026-10-03T15:30:00Z"), "02:15 does not exist; 02:30 at +11:00 is 15:30 UTC");

    let autumn_rule = rule(&["01:45"], &ALL_WEEK);
    let autumn = due(&autumn_rule, "2026-04-04T00:00:00Z", "Australia/Lord_Howe");
    assert_eq!(autumn.local_date, day("2026-04-05"));
    assert_eq!(autumn.fires_at, utc("2026-04-04T14:45:00Z"), "the first 01:45, at +11:00");
    let after = due(&autumn_rule, &autumn.fires_at.to_rfc3339(), "Australia/Lord_Howe");
    assert_eq!(after.local_date, day("2026-04-06"), "the second 01:45 at +10:30 is the same slot");
}

#[test]
fn two_times_in_the_same_gap_fire_once() {
    let rule = rule(&["02:10", "02:40"], &ALL_WEEK);
    let first = due(&rule, "2026-03-07T12:00:00Z", "America/New_York");
    assert_eq!((first.local_time, first.fires_at), (hm("02:10"), utc("2026-03-08T07:00:00Z")));
    let next = due(&rule, &first.fires_at.to_rfc3339(), "America/New_York");
    assert_eq!(next.local_date, day("2026-03-09"), "02:40 resolved to the same 03:00, so it does not fire again");
}

#[test]
fn a_disabled_rule_is_never_due() {
    let disabled = ReminderRule { enabled: false, ..rule(&["08:30"], &ALL_WEEK) };
    assert_eq!(next_due(&disabled, utc("2026-06-10T06:00:00Z"), zone("Europe/London")), None, "a switched-off reminder stays silent");
}

#[test]
fn a_rule_with_no_weekday_is_never_due() {
    assert_eq!(next_due(&rule(&["08:30"], &[]), utc("2026-06-10T06:00:00Z"), zone("Europe/London")), None);
}

// ---- missed_slot_to_fire_at_startup ----

#[test]
fn a_reminder_missed_earlier_today_fires_once_at_start_up() {
    let missed =
        missed_slot_to_fire_at_startup(&rule(&["08:00"], &ALL_WEEK), utc("2026-06-10T06:00:00Z"), utc("2026-06-10T08:00:00Z"), zone("Europe/London"));
    assert_eq!(missed.map(|s| s.fires_at), Some(utc("2026-06-10T07:00:00Z")), "08:00 BST passed while the app was closed");
}

#[test]
fn only_the_latest_of_several_missed_reminders_fires() {
    let missed = missed_slot_to_fire_at_startup(
        &rule(&["08:00", "12:00"], &ALL_WEEK),
        utc("2026-06-10T06:00:00Z"),
        utc("2026-06-10T12:30:00Z"),
        zone("Europe/London"),
    );
    assert_eq!(missed.map(|s| s.local_time), Some(hm("12:00")), "one nudge, not a burst");
}

#[test]
fn a_reminder_missed_on_a_day_that_is_over_stays_missed() {
    let missed =
        missed_slot_to_fire_at_startup(&rule(&["20:00"], &ALL_WEEK), utc("2026-06-09T12:00:00Z"), utc("2026-06-10T05:00:00Z"), zone("Europe/London"));
    assert_eq!(missed, None, "yesterday's 20:00 is not sent the next morning");
}

#[test]
fn nothing_fires_at_start_up_when_no_slot_passed_while_closed() {
    let rule = rule(&["08:00"], &ALL_WEEK);
    let london = zone("Europe/London");
    assert_eq!(
        missed_slot_to_fire_at_startup(&rule, utc("2026-06-10T07:00:00Z"), utc("2026-06-10T09:00:00Z"), london),
        None,
        "the 07:00 UTC slot was seen before the app closed"
    );
    assert_eq!(
        missed_slot_to_fire_at_startup(&rule, utc("2026-06-10T05:00:00Z"), utc("2026-06-10T06:00:00Z"), london),
        None,
        "today's slot is still ahead; the scheduler handles it"
    );
    let disabled = ReminderRule { enabled: false, ..rule.clone() };
    assert_eq!(missed_slot_to_fire_at_startup(&disabled, utc("2026-06-10T05:00:00Z"), utc("2026-06-10T09:00:00Z"), london), None);
}

#[test]
fn a_missed_slot_has_the_same_identity_next_due_gives() {
    let rule = rule(&["02:10", "02:40"], &ALL_WEEK);
    let ny = zone("America/New_York");
    let missed = missed_slot_to_fire_at_startup(&rule, utc("2026-03-08T06:00:00Z"), utc("2026-03-08T08:00:00Z"), ny);
    let scheduled = next_due(&rule, utc("2026-03-08T06:00:00Z"), ny);
    assert_eq!(missed, scheduled, "both gap times resolve to 03:00; the store must see one slot either way");
}

// ---- properties ----

const ZONES: [&str; 16] = [
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/St_Johns",
    "America/Santiago",
    "America/Sao_Paulo",
    "Australia/Lord_Howe",
    "Australia/Sydney",
    "Pacific/Chatham",
    "Pacific/Apia",
    "Asia/Tehran",
    "Asia/Kolkata",
    "Africa/Casablanca",
    "America/Havana",
    "Asia/Gaza",
];

fn any_zone() -> impl Strategy<Value = Tz> {
    proptest::sample::select(ZONES.to_vec()).prop_map(zone)
}

/// Any instant in 2024-2030, or (more often) one within 3 hours of 02:00 local on a date in a
/// month when many zones change their clocks.
fn any_instant(zone: Tz) -> impl Strategy<Value = DateTime<Utc>> {
    let start = utc("2024-01-01T00:00:00Z").timestamp();
    let end = utc("2031-01-01T00:00:00Z").timestamp();
    let uniform = (start..end).prop_map(|secs| DateTime::from_timestamp(secs, 0).unwrap_or_default());
    let near_dst =
        (2024..=2030i32, proptest::sample::select(vec![3u32, 4, 9, 10, 11]), 1..=28u32, -180..=180i64).prop_map(move |(year, month, d, minutes)| {
            let date = NaiveDate::from_ymd_opt(year, month, d).unwrap_or_default();
            let two_am = resolve_local(zone, date.and_time(NaiveTime::MIN) + Duration::hours(2));
            two_am.with_timezone(&Utc) + Duration::minutes(minutes)
        });
    prop_oneof![1 => uniform, 3 => near_dst]
}

/// Random times, biased towards the small hours where DST changes happen.
fn any_times() -> impl Strategy<Value = Vec<NaiveTime>> {
    let minute = prop_oneof![0..(24 * 60u32), 0..(4 * 60u32)];
    proptest::collection::vec(minute, 1..4)
        .prop_map(|minutes| minutes.into_iter().filter_map(|m| NaiveTime::from_hms_opt(m / 60, m % 60, 0)).collect())
}

fn any_rule() -> impl Strategy<Value = ReminderRule> {
    (any_times(), 1..128u8).prop_map(|(times, mask)| ReminderRule {
        id: Uuid::from_u128(42),
        kind: ReminderKind::Workout,
        times,
        weekdays: ALL_WEEK.iter().copied().filter(|d| mask & (1 << d.num_days_from_monday()) != 0).collect(),
        enabled: true,
    })
}

fn case() -> impl Strategy<Value = (Tz, DateTime<Utc>, ReminderRule)> {
    any_zone().prop_flat_map(|zone| (Just(zone), any_instant(zone), any_rule()))
}

/// The slot's wall-clock time is the rule's time, or, when that time did not exist that day,
/// the first existing minute after it; a time that happened twice takes the earlier instant.
fn assert_wall_clock(slot: &Slot, zone: Tz) {
    let wanted = slot.local_date.and_time(slot.local_time);
    let shown = slot.fires_at.with_timezone(&zone).naive_local();
    match zone.from_local_datetime(&wanted).earliest() {
        Some(instant) => assert_eq!(instant.with_timezone(&Utc), slot.fires_at, "an existing time fires at its earliest instant in {zone}"),
        None => {
            assert!(shown > wanted, "a skipped time {wanted} fires later, not at {shown} in {zone}");
            assert!(shown - wanted < Duration::hours(3), "the gap at {wanted} in {zone} is shorter than {}", shown - wanted);
            let mut minute = wanted;
            while minute < shown {
                assert!(
                    zone.from_local_datetime(&minute).earliest().is_none(),
                    "{minute} existed in {zone}, so {shown} is not the first valid minute"
                );
                minute += Duration::minutes(1);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn next_due_is_in_the_future_at_the_right_wall_clock_time((zone, after, rule) in case()) {
        let slot = next_due(&rule, after, zone).expect("an enabled rule always has a next slot");
        prop_assert!(slot.fires_at > after, "{slot:?} is not after {after} in {zone}");
        prop_assert!(rule.times.contains(&slot.local_time), "the slot's time comes from the rule");
        prop_assert!(rule.weekdays.contains(&slot.local_date.weekday()), "the slot's day is a chosen weekday");
        prop_assert!(slot.fires_at - after <= Duration::days(8), "a weekly rule fires within eight days");
        assert_wall_clock(&slot, zone);
    }

    #[test]
    fn iterating_next_due_never_fires_a_slot_twice((zone, after, rule) in case()) {
        let mut seen = HashSet::new();
        let mut last = after;
        for _ in 0..20 {
            let slot = next_due(&rule, last, zone).expect("an enabled rule always has a next slot");
            prop_assert!(slot.fires_at > last, "fires_at strictly increases: {slot:?} after {last} in {zone}");
            prop_assert!(seen.insert((rule.id, slot.local_date, slot.local_time)), "slot {slot:?} fired twice in {zone}");
            assert_wall_clock(&slot, zone);
            last = slot.fires_at;
        }
    }

    #[test]
    fn a_daily_reminder_skips_no_day((zone, after, mut rule) in case()) {
        rule.times.truncate(1);
        rule.weekdays = ALL_WEEK.to_vec();
        let mut previous = next_due(&rule, after, zone).expect("a daily rule always has a next slot");
        prop_assert!(previous.local_date <= after.with_timezone(&zone).date_naive() + Days::new(1), "the first slot is today's or tomorrow's");
        for _ in 0..20 {
            let slot = next_due(&rule, previous.fires_at, zone).expect("a daily rule always has a next slot");
            prop_assert_eq!(Some(slot.local_date), previous.local_date.succ_opt(), "no day is skipped in {}", zone);
            previous = slot;
        }
    }

    #[test]
    fn a_missed_slot_at_start_up_is_one_next_due_would_have_given((zone, last_seen, rule) in case(), closed_minutes in 1..(36 * 60i64)) {
        let now = last_seen + Duration::minutes(closed_minutes);
        if let Some(missed) = missed_slot_to_fire_at_startup(&rule, last_seen, now, zone) {
            prop_assert!(last_seen < missed.fires_at && missed.fires_at <= now, "the slot passed while the app was closed");
            prop_assert_eq!(missed.local_date, now.with_timezone(&zone).date_naive(), "its day is not over");
            // It is the last slot the scheduler would have fired before `now`.
            let mut slot = next_due(&rule, last_seen, zone).expect("an enabled rule always has a next slot");
            while let Some(next) = next_due(&rule, slot.fires_at, zone).filter(|s| s.fires_at <= now) {
                slot = next;
            }
            prop_assert_eq!(slot, missed);
        }
    }
}

#[test]
fn a_spanish_reminder_speaks_spanish_and_stays_quiet_when_the_english_one_would() {
    use crate::domain::reminders::outcome::{reminder_text, DayFacts, SlotOutcome};
    use crate::i18n::{scoped, Language};
    scoped(Language::Es, || {
        let streak = DayFacts { workout_streak: 5, ..DayFacts::default() };
        let text = reminder_text(ReminderKind::Workout, SlotOutcome::Sent, &streak).expect("a sent slot has words");
        assert_eq!(text.title, "Hora de su rutina de glúteos y abdomen", "the title is the Spanish message");
        assert!(text.body.contains("5 días activos"), "the streak is counted in Spanish: {}", text.body);
        let logged = DayFacts { diary_logged_today: true, ..DayFacts::default() };
        assert_eq!(reminder_text(ReminderKind::Diary, SlotOutcome::QuietLogged, &logged), None, "a quiet slot has no words in any language");
    });
}
