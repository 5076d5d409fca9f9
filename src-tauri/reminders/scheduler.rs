//! The desktop reminder thread. It sleeps until the next slot is due or a minute has passed,
//! whichever is sooner (never a busy loop), checks with `due::check_due`, and hands what is due
//! to the notification plugin. A change to the rules wakes it at once.

use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration as StdDuration;

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

use super::due::{check_due, DueReminder, RuleWatch, MAX_SLEEP};
use crate::clock;
use crate::state::{AppState, DiaryError};

/// The shortest sleep, so a check that lands a hair before a slot's instant (wall clock and
/// timer disagree by a few microseconds) does not turn into a tight loop.
const MIN_SLEEP: StdDuration = StdDuration::from_millis(20);

/// Managed state: a way to wake the reminder thread.
pub struct Scheduler {
    wake: Mutex<Sender<()>>,
}

impl Scheduler {
    /// Tells the thread that the rules (or today's diary or sessions) changed, so it checks now.
    pub fn rules_changed(&self) {
        if let Ok(wake) = self.wake.lock() {
            // A closed channel means the thread has ended with the app; nothing to wake.
            let _ = wake.send(());
        }
    }
}

/// Starts the reminder thread. It ends when the returned `Scheduler` is dropped with the app.
pub fn start<R: Runtime>(app: &AppHandle<R>) -> Scheduler {
    let (wake, woken) = mpsc::channel::<()>();
    let app = app.clone();
    let spawned = std::thread::Builder::new().name("reminders".into()).spawn(move || {
        let mut watch = RuleWatch::default();
        loop {
            let sleep = check_and_notify(&app, &mut watch);
            match woken.recv_timeout(sleep) {
                Ok(()) | Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
    });
    if let Err(error) = spawned {
        tracing::error!(%error, "the reminder thread could not start; reminders are off for this run");
    }
    Scheduler { wake: Mutex::new(wake) }
}

/// One check; returns how long to sleep before the next.
fn check_and_notify<R: Runtime>(app: &AppHandle<R>, watch: &mut RuleWatch) -> StdDuration {
    let now = clock::utc_now();
    let zone = clock::local_zone();
    let state = app.state::<AppState>();
    let check = state.use_diary(|conn| check_due(conn, watch, now, zone).map_err(DiaryError::from));
    match check {
        Ok(check) => {
            for reminder in &check.due {
                notify(app, reminder);
            }
            for (rule_id, slot, outcome) in &check.quiet {
                tracing::info!(%rule_id, date = %slot.local_date, time = %slot.local_time, ?outcome, "reminder kept quiet");
            }
            (check.next_check - clock::utc_now()).to_std().unwrap_or(MIN_SLEEP).max(MIN_SLEEP)
        }
        Err(error) => {
            tracing::warn!(?error, "reminders could not be checked; trying again in a minute");
            MAX_SLEEP.to_std().unwrap_or(StdDuration::from_secs(60))
        }
    }
}

fn notify<R: Runtime>(app: &AppHandle<R>, reminder: &DueReminder) {
    let shown = app.notification().builder().title(&reminder.text.title).body(&reminder.text.body).show();
    match shown {
        Ok(()) => tracing::info!(
            rule_id = %reminder.rule_id,
            date = %reminder.slot.local_date,
            time = %reminder.slot.local_time,
            due = %reminder.slot.fires_at,
            outcome = ?reminder.outcome,
            "reminder sent"
        ),
        Err(error) => tracing::warn!(%error, "a reminder could not be shown"),
    }
}
