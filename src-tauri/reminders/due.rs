//! One check of the reminder clock: which slots are due now, what each becomes (sent or quiet,
//! `domain::reminder_outcome`), and when to look again. No Tauri here, so the whole delivery
//! rule set is tested with plain instants against a real store.
//!
//! # Invariants
//! - A slot is due when its instant lies in `(since, now]` and its local day is today, where
//!   `since` is the previous check (kept in the store, so it spans restarts). After a gap (app
//!   closed, machine asleep) only the latest slot of today per rule fires: one late reminder,
//!   not a burst, and none for a day that is over.
//! - Each due slot is written to the slot log before it is returned; a slot already in the log
//!   is skipped. So a slot is notified at most once, whatever restarts or clock changes happen.
//! - A rule added or changed during this run only fires for slots after the change: saving
//!   "08:00" at 08:00:30 does not fire at once for a minute already past.
//! - A slot put off with "Later" comes back once, at its snooze's end, if that is still its day
//!   and the work is still not done; it comes back without a "Later" of its own.

use std::collections::HashMap;

use chrono::{DateTime, Days, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;
use uuid::Uuid;

use crate::domain::function_scale::{check_in_status, check_in_week};
use crate::domain::program::progress::day_scan::ActiveDays;
use crate::domain::program::progress::streak::streak;
use crate::domain::reminders::outcome::{
    decide, diary_streak_before, is_paused, is_planned_rest_day, reminder_text, DayFacts, ReminderText, SlotOutcome,
};
use crate::domain::reminders::{missed_slot_to_fire_at_startup, next_due, ReminderKind, ReminderRule, Slot};
use crate::store::{self, Setting, StoreError};

/// The longest the scheduler sleeps between checks, so suspend, clock changes and travel are
/// noticed within a minute.
pub const MAX_SLEEP: Duration = Duration::seconds(60);

/// A notification to show now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    pub rule_id: Uuid,
    pub kind: ReminderKind,
    pub slot: Slot,
    pub outcome: SlotOutcome,
    pub text: ReminderText,
    /// A put-off reminder coming back: it cannot be put off again.
    pub snoozed: bool,
}

/// How long "Later" puts a reminder off.
pub const SNOOZE: Duration = Duration::hours(1);

/// What one check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// Notifications to hand to the system, in slot order.
    pub due: Vec<DueReminder>,
    /// Slots that came due and stayed quiet, with why.
    pub quiet: Vec<(Uuid, Slot, SlotOutcome)>,
    /// When to check again: the next slot of any rule, or `now + MAX_SLEEP` if that is sooner.
    pub next_check: DateTime<Utc>,
}

impl Check {
    /// A handled slot: a notification when its outcome has words (in the app's language at
    /// this moment), else a quiet slot.
    pub(super) fn add(&mut self, rule: &ReminderRule, slot: Slot, outcome: SlotOutcome, facts: &DayFacts, snoozed: bool) {
        match reminder_text(rule.kind, outcome, facts) {
            Some(text) => self.due.push(DueReminder { rule_id: rule.id, kind: rule.kind, slot, outcome, text, snoozed }),
            None => self.quiet.push((rule.id, slot, outcome)),
        }
    }
}

/// The rules as this run has seen them, to tell a rule changed now from one that was there all
/// along. Lives as long as the scheduler; a fresh one means "just started".
#[derive(Debug, Default)]
pub struct RuleWatch {
    /// Each rule as last seen, and the instant it was first seen in that form (`None` when it
    /// was already there at the first check).
    seen: HashMap<Uuid, (ReminderRule, Option<DateTime<Utc>>)>,
    started: bool,
}

impl RuleWatch {
    /// Notes the current rules and returns, per rule, the instant its slots may start from.
    fn observe(&mut self, rules: &[ReminderRule], since: DateTime<Utc>, now: DateTime<Utc>) -> Vec<DateTime<Utc>> {
        let first_check = !self.started;
        self.started = true;
        let mut next_seen = HashMap::with_capacity(rules.len());
        let starts = rules
            .iter()
            .map(|rule| {
                let changed_at = match self.seen.get(&rule.id) {
                    Some((before, at)) if before == rule => *at,
                    _ if first_check => None,
                    _ => Some(now),
                };
                next_seen.insert(rule.id, (rule.clone(), changed_at));
                changed_at.map_or(since, |at| at.max(since))
            })
            .collect();
        self.seen = next_seen;
        starts
    }
}

/// Runs one check at `now` with wall-clock times read in `zone`: records every due slot and
/// returns those to notify. See the module documentation for the rules.
pub fn check_due(conn: &mut Connection, watch: &mut RuleWatch, now: DateTime<Utc>, zone: Tz) -> Result<Check, StoreError> {
    let since = previous_check(conn, now)?;
    let rules = store::list_reminder_rules(conn)?;
    let starts = watch.observe(&rules, since, now);

    let mut due_slots: Vec<(&ReminderRule, Slot)> = rules
        .iter()
        .zip(starts)
        .filter_map(|(rule, start)| missed_slot_to_fire_at_startup(rule, start, now, zone).map(|slot| (rule, slot)))
        .collect();
    due_slots.sort_by_key(|(rule, slot)| (slot.fires_at, slot.local_time, rule.id));

    let mut check = Check { due: Vec::new(), quiet: Vec::new(), next_check: now };
    for (rule, slot) in due_slots {
        let facts = day_facts(conn, slot.local_date)?;
        let outcome = decide(rule.kind, &facts);
        if !store::record_handled_slot(conn, &rule.id, &slot, outcome, now)? {
            continue;
        }
        check.add(rule, slot, outcome, &facts, false);
    }
    for snooze in store::take_due_snoozes(conn, now)? {
        let Some(rule) = rules.iter().find(|rule| rule.id == snooze.rule_id && rule.enabled) else { continue };
        let slot = Slot { local_date: snooze.local_date, local_time: snooze.local_time, fires_at: snooze.until };
        // A day that is over has nothing left to remind about.
        if now.with_timezone(&zone).date_naive() != slot.local_date {
            continue;
        }
        let facts = day_facts(conn, slot.local_date)?;
        check.add(rule, slot, decide(rule.kind, &facts), &facts, true);
    }
    // After the snoozes taken above, so none of them counts as still to come.
    check.next_check = next_check(conn, &rules, now, zone)?;
    store::set_setting(conn, Setting::SchedulerLastSeen, &now.to_rfc3339())?;
    Ok(check)
}

/// The start of the window this check covers: the previous check, or `now` on the very first
/// run (nothing is "missed" before BackTrack ever ran). A stored instant in the future (the clock
/// was set back) is replaced by one sleep's worth before `now`; the slot log keeps anything in
/// that overlap from firing twice.
pub(super) fn previous_check(conn: &Connection, now: DateTime<Utc>) -> Result<DateTime<Utc>, StoreError> {
    let stored = store::get_setting(conn, Setting::SchedulerLastSeen)?
        .and_then(|text| DateTime::parse_from_rfc3339(&text).ok())
        .map(|at| at.with_timezone(&Utc));
    Ok(match stored {
        None => now,
        Some(at) if at > now => now - MAX_SLEEP,
        Some(at) => at,
    })
}

/// The next slot of any rule or the next snooze's end, whichever is first, but no later than
/// one sleep from `now`.
fn next_check(conn: &Connection, rules: &[ReminderRule], now: DateTime<Utc>, zone: Tz) -> Result<DateTime<Utc>, StoreError> {
    let cap = now + MAX_SLEEP;
    let slots = rules.iter().filter_map(|rule| next_due(rule, now, zone)).map(|slot| slot.fires_at);
    Ok(slots.chain(store::next_snooze(conn)?).fold(cap, DateTime::min))
}

/// Puts `slot` of `rule_id` off for [`SNOOZE`] from `now`. `false` when it was put off before
/// (a reminder can be put off once) or is not in the slot log; nothing changes then.
pub fn snooze(conn: &Connection, rule_id: &Uuid, slot: &Slot, now: DateTime<Utc>) -> Result<bool, StoreError> {
    store::snooze_slot(conn, rule_id, slot.local_date, slot.local_time, now + SNOOZE)
}

/// What the rules need to know about `day` (the slot's local date).
pub(super) fn day_facts(conn: &Connection, day: NaiveDate) -> Result<DayFacts, StoreError> {
    let days_back = |n: u64| day.checked_sub_days(Days::new(n));
    let logged = store::diary_days(conn, None, Some(day))?;
    let active = ActiveDays::new(store::active_days(conn, None, Some(day))?);
    let plan = store::get_habit_plan(conn)?.plan();
    let week_ratings = store::list_function_ratings(conn, Some(check_in_week(day)), Some(day))?;
    let check_in = check_in_status(day, &store::list_function_activities(conn)?, &week_ratings, true);
    Ok(DayFacts {
        diary_logged_today: logged.contains(&day),
        diary_logged_yesterday: days_back(1).is_some_and(|d| logged.contains(&d)),
        diary_logged_day_before: days_back(2).is_some_and(|d| logged.contains(&d)),
        diary_reminded_today: store::kind_handled_on(conn, ReminderKind::Diary, day)?,
        session_done_today: active.contains(day),
        planned_rest_day: is_planned_rest_day(&plan, day, &active),
        paused_today: is_paused(&plan, day),
        diary_streak: diary_streak_before(&logged, day),
        workout_streak: streak(&active, &plan, day).current,
        check_in_done_this_week: !check_in.due && !check_in.activities.is_empty(),
        check_in_named: !check_in.activities.is_empty(),
    })
}
