//! Reminder rules and when they fire. Pure: the current instant and the time zone come in as
//! arguments, so DST changes and travel are tested with plain values.
//!
//! A rule fires at local wall-clock times on chosen weekdays, in whatever zone the person is in
//! at the moment (a reminder set for 08:00 fires at 08:00 local time after a flight too).
//!
//! # Slots
//! Each firing belongs to a [`Slot`], identified by **(rule id, local date, local time)**, where
//! the local time is the *rule's* time, not the time on the clock when it fired. That identity is
//! what the store records for every fire, so no slot fires twice, also across restarts and after
//! a DST change moved its instant.
//!
//! # DST
//! - A time that does not exist that day (spring-forward gap) fires at the first valid minute
//!   after it, such as 01:30 in London on 2026-03-29 at 02:00 BST.
//! - A time that happens twice (autumn fall-back) fires once, at the earlier instant.
//! - Two times of one rule that fall in the same gap resolve to the same instant; they fire once,
//!   as the earlier time's slot, because [`next_due`] only returns instants strictly after the
//!   last one.

pub mod outcome;

use std::str::FromStr;

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::local_time::resolve_local;
use crate::domain::validation::ValidationErrors;

/// How many local days past the start [`next_due`] looks. A rule with at least one weekday and
/// one time fires within a week; one more day covers a slot pushed across midnight by a gap.
const SEARCH_DAYS: u64 = 8;

/// Times of day one rule may hold. Enough for morning, midday, evening and bedtime, and it keeps
/// a phone's pending-notification budget (iOS: 64) within reach.
pub const MAX_TIMES_PER_RULE: usize = 4;

/// What a reminder asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ReminderKind {
    /// "How is your back today?": a nudge to log a diary entry.
    Diary,
    /// A nudge to do today's exercise session.
    Workout,
    /// The weekly function check-in: rate the activities pain makes hard.
    CheckIn,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 3] = [ReminderKind::Diary, ReminderKind::Workout, ReminderKind::CheckIn];

    /// The word stored in `reminder_rule.kind`.
    pub fn wire_name(self) -> &'static str {
        match self {
            ReminderKind::Diary => "diary",
            ReminderKind::Workout => "workout",
            ReminderKind::CheckIn => "checkin",
        }
    }

    pub fn from_wire(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.wire_name() == word)
    }
}

/// A checked reminder rule.
///
/// Invariants (held by [`validate_rule`]): `weekdays` is non-empty, sorted Monday first, without
/// duplicates; `times` is non-empty, ascending, without duplicates, each a whole minute.
/// Weekdays serialize as chrono's three-letter names, `"Mon"` to `"Sun"`, the same as the
/// streak's rest days; times serialize as `"HH:MM:SS"` with zero seconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReminderRule {
    pub id: Uuid,
    pub kind: ReminderKind,
    #[ts(type = "Array<string>")]
    pub times: Vec<NaiveTime>,
    #[ts(type = "Array<\"Mon\" | \"Tue\" | \"Wed\" | \"Thu\" | \"Fri\" | \"Sat\" | \"Sun\">")]
    pub weekdays: Vec<Weekday>,
    pub enabled: bool,
}

/// A reminder rule as the person filled it in. Loose types on purpose, so each mistake is
/// reported against its own field instead of failing to parse as a whole.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct ReminderRuleDraft {
    pub kind: ReminderKind,
    /// Local times of day as `"HH:MM"`, 00:00 to 23:59.
    #[serde(default)]
    pub times: Vec<String>,
    /// Weekday names, any case: `"mon"`, `"Mon"` or `"monday"`.
    #[serde(default)]
    pub weekdays: Vec<String>,
    /// `None` means enabled.
    #[serde(default)]
    pub enabled: Option<bool>,
}

/// A checked rule, ready to store under an id the store picks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderRuleDetails {
    pub kind: ReminderKind,
    pub times: Vec<NaiveTime>,
    pub weekdays: Vec<Weekday>,
    pub enabled: bool,
}

impl ReminderRuleDetails {
    pub fn into_rule(self, id: Uuid) -> ReminderRule {
        ReminderRule { id, kind: self.kind, times: self.times, weekdays: self.weekdays, enabled: self.enabled }
    }
}

/// One firing of one rule. Its identity is (rule id, `local_date`, `local_time`): see the module
/// documentation. `fires_at` may show a later wall-clock time than `local_time` when that time
/// did not exist on `local_date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Slot {
    #[ts(type = "string")]
    pub local_date: NaiveDate,
    #[ts(type = "string")]
    pub local_time: NaiveTime,
    #[ts(type = "string")]
    pub fires_at: DateTime<Utc>,
}

/// Checks a reminder form. `other_rules` are the person's other rules (excluding the one being
/// edited); only enabled rules of the same kind count, and only when the draft is enabled too,
/// so switching a rule on must go through this check again.
///
/// Errors go to `times` (missing, malformed, repeated, or already used by another rule on a
/// shared weekday) and `weekdays` (none chosen, or an unknown name).
pub fn validate_rule(draft: &ReminderRuleDraft, other_rules: &[ReminderRule]) -> Result<ReminderRuleDetails, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let enabled = draft.enabled.unwrap_or(true);

    let mut weekdays = Vec::with_capacity(draft.weekdays.len());
    for name in &draft.weekdays {
        match Weekday::from_str(name.trim()) {
            Ok(day) => weekdays.push(day),
            Err(_) => errors.push("weekdays", crate::t!("settings-reminder-not-a-weekday", name = name.as_str())),
        }
    }
    weekdays.sort_by_key(Weekday::num_days_from_monday);
    weekdays.dedup();
    if draft.weekdays.is_empty() {
        errors.push("weekdays", crate::t!("settings-reminder-no-weekday"));
    }

    let mut times = Vec::with_capacity(draft.times.len());
    for text in &draft.times {
        match parse_hh_mm(text.trim()) {
            Some(time) if times.contains(&time) => {
                errors.push("times", crate::t!("settings-reminder-time-twice", time = crate::i18n::dates::format_time(time)));
            }
            Some(time) => times.push(time),
            None => errors.push("times", crate::t!("settings-reminder-not-a-time", text = text.as_str())),
        }
    }
    times.sort();
    if draft.times.is_empty() {
        errors.push("times", crate::t!("settings-reminder-no-time"));
    }
    if times.len() > MAX_TIMES_PER_RULE {
        errors.push("times", crate::t!("settings-reminder-too-many-times", max = MAX_TIMES_PER_RULE));
    }

    if enabled {
        let clashing = other_rules
            .iter()
            .filter(|other| other.enabled && other.kind == draft.kind)
            .filter(|other| other.weekdays.iter().any(|day| weekdays.contains(day)));
        let mut taken: Vec<NaiveTime> = clashing.flat_map(|other| other.times.iter().copied()).filter(|t| times.contains(t)).collect();
        taken.sort();
        taken.dedup();
        for time in taken {
            errors.push("times", crate::t!("settings-reminder-clash", time = crate::i18n::dates::format_time(time)));
        }
    }

    if errors.is_empty() {
        Ok(ReminderRuleDetails { kind: draft.kind, times, weekdays, enabled })
    } else {
        Err(errors)
    }
}

/// What the first-run offer sets up when the person accepts it: a diary check-in every evening,
/// and a workout reminder on Monday, Wednesday and Friday, matching the default plan of three
/// sessions a week. Both can be changed or switched off afterwards.
pub fn default_rules() -> Vec<ReminderRuleDetails> {
    let at = |hour| NaiveTime::from_hms_opt(hour, 0, 0).into_iter().collect();
    vec![
        ReminderRuleDetails {
            kind: ReminderKind::Diary,
            times: at(20),
            weekdays: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun],
            enabled: true,
        },
        ReminderRuleDetails { kind: ReminderKind::Workout, times: at(18), weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri], enabled: true },
    ]
}

/// The suggested rules that fit beside `existing`: a default that would clash with one of the
/// person's own rules is left out, never merged into it.
pub fn fitting_defaults(existing: &[ReminderRule]) -> Vec<ReminderRuleDetails> {
    default_rules().into_iter().filter(|rule| validate_rule(&draft_of(rule.kind, &rule.times, &rule.weekdays, true), existing).is_ok()).collect()
}

impl ReminderRule {
    /// The stored rule written back as a form with `enabled` set, so switching it on or off
    /// goes through the same checks as the person's own input.
    pub fn as_draft(&self, enabled: bool) -> ReminderRuleDraft {
        draft_of(self.kind, &self.times, &self.weekdays, enabled)
    }
}

fn draft_of(kind: ReminderKind, times: &[NaiveTime], weekdays: &[Weekday], enabled: bool) -> ReminderRuleDraft {
    ReminderRuleDraft {
        kind,
        times: times.iter().map(|t| t.format("%H:%M").to_string()).collect(),
        weekdays: weekdays.iter().map(ToString::to_string).collect(),
        enabled: Some(enabled),
    }
}

/// Exactly two digits, a colon and two digits, 00:00 to 23:59.
pub fn parse_hh_mm(text: &str) -> Option<NaiveTime> {
    let bytes = text.as_bytes();
    if bytes.len() != 5 || bytes[2] != b':' || !bytes.iter().enumerate().all(|(i, b)| i == 2 || b.is_ascii_digit()) {
        return None;
    }
    let hour = text.get(0..2)?.parse().ok()?;
    let minute = text.get(3..5)?.parse().ok()?;
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// The next firing of `rule` strictly after `after`, with wall-clock times read in `zone`.
/// `None` for a disabled rule or one with no time or no weekday.
///
/// Days are tried in order from the local day before `after` (a slot pushed past midnight by a
/// gap still counts), and on each chosen weekday the times in ascending order; the first whose
/// instant is later than `after` wins. Feeding the result's `fires_at` back in gives the next
/// slot, so a scheduler that records each slot fires every slot once.
pub fn next_due(rule: &ReminderRule, after: DateTime<Utc>, zone: Tz) -> Option<Slot> {
    if !rule.enabled {
        return None;
    }
    let times = sorted_times(rule);
    let start = after.with_timezone(&zone).date_naive().pred_opt()?;
    (0..=SEARCH_DAYS + 1)
        .filter_map(|offset| start.checked_add_days(Days::new(offset)))
        .filter(|date| rule.weekdays.contains(&date.weekday()))
        .flat_map(|date| times.iter().map(move |time| slot(zone, date, *time)))
        .find(|slot| slot.fires_at > after)
}

/// The reminder missed while the app was not running that still deserves to fire at start-up:
/// the latest slot with `fires_at` in `(last_seen, now]` whose local date is today in `zone`.
/// A missed reminder whose day is over stays missed. `None` for a disabled rule.
///
/// Of slots sharing one instant (times in the same gap), the earlier time's slot is returned,
/// the same identity [`next_due`] gives, so the store sees one slot either way.
pub fn missed_slot_to_fire_at_startup(rule: &ReminderRule, last_seen: DateTime<Utc>, now: DateTime<Utc>, zone: Tz) -> Option<Slot> {
    if !rule.enabled {
        return None;
    }
    let today = now.with_timezone(&zone).date_naive();
    if !rule.weekdays.contains(&today.weekday()) {
        return None;
    }
    let mut latest: Option<Slot> = None;
    for time in sorted_times(rule) {
        let candidate = slot(zone, today, time);
        let in_window = last_seen < candidate.fires_at && candidate.fires_at <= now;
        if in_window && latest.is_none_or(|best| candidate.fires_at > best.fires_at) {
            latest = Some(candidate);
        }
    }
    latest
}

/// The rule's times ascending without duplicates, truncated to the minute, whatever the caller
/// stored.
fn sorted_times(rule: &ReminderRule) -> Vec<NaiveTime> {
    let mut times: Vec<NaiveTime> = rule.times.iter().filter_map(|t| NaiveTime::from_hms_opt(t.hour(), t.minute(), 0)).collect();
    times.sort();
    times.dedup();
    times
}

fn slot(zone: Tz, local_date: NaiveDate, local_time: NaiveTime) -> Slot {
    let fires_at = resolve_local(zone, local_date.and_time(local_time)).with_timezone(&Utc);
    Slot { local_date, local_time, fires_at }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod form_tests;
