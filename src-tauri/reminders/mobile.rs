//! Android and iOS: the system fires reminders, so BackTrack hands it one repeating schedule per
//! (rule, weekday, time) through the notification plugin's `Schedule::Interval`, and re-syncs the
//! whole set whenever the rules or the app's language change (the system shows the words it was
//! given). Not built or tested on the Linux machines this project
//! is developed on; kept small on purpose.
//!
//! Limits, also in the README: the system cannot ask the diary whether today is already logged,
//! so smart quiet does not apply on mobile; Android 14 denies exact alarms by default, so a
//! reminder may come a few minutes late; iOS keeps at most 64 pending notifications (the
//! Reminders screen allows 4 times per rule: diary and workout every day at 4 times make 56, and
//! a weekly check-in on one day adds 4; every kind on every day at 4 times would be 84).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use chrono::{Datelike, Timelike};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::{NotificationExt, PermissionState, Schedule, ScheduleInterval};

use crate::domain::reminders::outcome::{reminder_text, DayFacts, SlotOutcome};
use crate::domain::reminders::ReminderRule;
use crate::state::{AppState, DiaryError};
use crate::store;

/// Managed state with the same face as the desktop scheduler. It keeps the re-sync as a
/// closure over the app handle, so the type does not name the runtime and the same
/// `SchedulerExt` finds it whatever runtime the app was built with.
pub struct Scheduler {
    resync: Box<dyn Fn() + Send + Sync>,
}

impl Scheduler {
    pub fn rules_changed(&self) {
        (self.resync)();
    }

    /// Nothing to end: the system holds the schedule.
    pub fn shut_down(&self) {}
}

pub fn start<R: Runtime>(app: &AppHandle<R>) -> Scheduler {
    let app = app.clone();
    let scheduler = Scheduler {
        resync: Box::new(move || {
            if let Err(error) = sync(&app) {
                tracing::warn!(%error, "reminders could not be scheduled");
            }
        }),
    };
    scheduler.rules_changed();
    scheduler
}

/// Cancels every pending reminder and schedules the enabled rules again, with stable ids.
fn sync<R: Runtime>(app: &AppHandle<R>) -> Result<(), Box<dyn std::error::Error>> {
    let rules = app.state::<AppState>().use_diary(|conn| store::list_reminder_rules(conn).map_err(DiaryError::from))?;
    let notifications = app.notification();
    notifications.cancel_all()?;
    if !rules.iter().any(|rule| rule.enabled) {
        return Ok(());
    }
    if notifications.permission_state()? != PermissionState::Granted && notifications.request_permission()? != PermissionState::Granted {
        tracing::info!("notifications were not allowed; reminders stay off");
        return Ok(());
    }
    for rule in rules.iter().filter(|rule| rule.enabled) {
        let Some(text) = reminder_text(rule.kind, SlotOutcome::Sent, &DayFacts::default()) else { continue };
        for weekday in &rule.weekdays {
            for time in &rule.times {
                // The plugin numbers weekdays from Sunday = 1.
                let weekday_number = u8::try_from(weekday.num_days_from_sunday() + 1).unwrap_or(1);
                let interval = ScheduleInterval {
                    weekday: Some(weekday_number),
                    hour: u8::try_from(time.hour()).ok(),
                    minute: u8::try_from(time.minute()).ok(),
                    second: Some(0),
                    ..ScheduleInterval::default()
                };
                notifications
                    .builder()
                    .id(stable_id(rule, weekday.num_days_from_monday(), time.num_seconds_from_midnight()))
                    .title(&text.title)
                    .body(&text.body)
                    .schedule(Schedule::Interval { interval, allow_while_idle: true })
                    .show()?;
            }
        }
    }
    Ok(())
}

/// The same (rule, weekday, time) always gets the same id, so a re-sync replaces rather than adds.
fn stable_id(rule: &ReminderRule, weekday: u32, seconds: u32) -> i32 {
    let mut hasher = DefaultHasher::new();
    (rule.id, weekday, seconds).hash(&mut hasher);
    i32::try_from(hasher.finish() & 0x7fff_ffff).unwrap_or(0)
}
