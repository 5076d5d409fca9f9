//! Reminders while the diary is locked. Locking closes the diary, so the scheduler keeps, in
//! memory, only what it read at lock time: the rules and the lock day's facts (what was done).
//! While locked it reads nothing from disk: it decides each slot from those facts, remembers
//! what it handled, and writes that to the slot log when the diary is unlocked, so no slot
//! fires twice.
//!
//! Smart quiet while locked: a slot on the lock day stays quiet when the work was already done
//! at lock time; work done after locking cannot be seen (the diary is closed), so it does not
//! quiet a later slot. On a later day nothing is known to be done, so each reminder is sent.
//! Snoozes ("Later") put off before locking wait for the unlock.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;

use super::due::{day_facts, previous_check, Check, MAX_SLEEP};
use crate::domain::reminders::outcome::{decide, DayFacts};
use crate::domain::reminders::{missed_slot_to_fire_at_startup, next_due, ReminderRule, Slot};
use crate::store::{self, Setting, StoreError};

/// What the scheduler holds while the diary is locked.
#[derive(Debug, Clone)]
pub struct LockedPlan {
    rules: Vec<ReminderRule>,
    lock_day: NaiveDate,
    lock_day_facts: DayFacts,
    since: DateTime<Utc>,
    handled: Vec<(uuid::Uuid, Slot, crate::domain::reminders::outcome::SlotOutcome)>,
}

impl LockedPlan {
    /// Reads the plan from the still-open diary, just before it locks at `now`.
    pub fn take(conn: &Connection, now: DateTime<Utc>, zone: Tz) -> Result<Self, StoreError> {
        let lock_day = now.with_timezone(&zone).date_naive();
        Ok(LockedPlan {
            rules: store::list_reminder_rules(conn)?,
            lock_day,
            lock_day_facts: day_facts(conn, lock_day)?,
            since: previous_check(conn, now)?,
            handled: Vec::new(),
        })
    }

    /// One check at `now` from memory alone; the same rules as `due::check_due`.
    pub fn check(&mut self, now: DateTime<Utc>, zone: Tz) -> Check {
        let since = self.since.min(now);
        let mut due: Vec<(&ReminderRule, Slot)> =
            self.rules.iter().filter_map(|rule| missed_slot_to_fire_at_startup(rule, since, now, zone).map(|slot| (rule, slot))).collect();
        due.sort_by_key(|(rule, slot)| (slot.fires_at, slot.local_time, rule.id));
        let mut check = Check { due: Vec::new(), quiet: Vec::new(), next_check: now };
        for (rule, slot) in due {
            if self.handled.iter().any(|(id, s, _)| *id == rule.id && s.local_date == slot.local_date && s.local_time == slot.local_time) {
                continue;
            }
            let facts = if slot.local_date == self.lock_day { self.lock_day_facts } else { DayFacts::default() };
            let outcome = decide(rule.kind, &facts);
            self.handled.push((rule.id, slot, outcome));
            check.add(rule, slot, outcome, &facts, false);
        }
        let cap = now + MAX_SLEEP;
        check.next_check = self.rules.iter().filter_map(|rule| next_due(rule, now, zone)).map(|slot| slot.fires_at).fold(cap, DateTime::min);
        self.since = now;
        check
    }

    /// Writes what was handled while locked to the reopened diary: the slot log, and the last
    /// check, so the next check does not treat those slots as missed.
    pub fn settle(self, conn: &Connection) -> Result<(), StoreError> {
        for (rule_id, slot, outcome) in &self.handled {
            store::record_handled_slot(conn, rule_id, slot, *outcome, self.since)?;
        }
        store::set_setting(conn, Setting::SchedulerLastSeen, &self.since.to_rfc3339())
    }
}
