//! Reminder delivery. On desktop the notification plugin shows a notification at once and
//! ignores any schedule, so the schedule is ours: `scheduler` runs a thread that asks `due`
//! what to send. On Android and iOS the system schedules them instead (`mobile`).

pub mod due;
#[cfg(target_os = "linux")]
pub mod freedesktop;
pub mod locked;
#[cfg(mobile)]
mod mobile;
#[cfg(desktop)]
mod scheduler;

#[cfg(mobile)]
pub use mobile::{start, Scheduler};
#[cfg(desktop)]
pub use scheduler::{start, Scheduler};

use tauri::{Manager, Runtime};

/// Where an answer to a desktop reminder takes the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    /// Today, with focus on the pain scale of the quick log.
    QuickLog,
    /// The session player, starting today's routine.
    SessionPlayer,
    /// Today (the diary and the weekly check-in live there).
    Today,
    /// The Program screen.
    Program,
}

/// How any part of the app tells reminder delivery that the rules, or today's diary or
/// sessions, changed, so it plans again now: `app.reminders_changed()`, on any app handle,
/// window or webview, desktop or mobile, whatever the runtime.
pub trait SchedulerExt<R: Runtime> {
    fn reminders_changed(&self);
    /// The diary open on `conn` is about to lock: desktop reminders keep their plan in memory.
    fn diary_locking(&self, conn: &rusqlite::Connection);
}

impl<R: Runtime, T: Manager<R>> SchedulerExt<R> for T {
    fn reminders_changed(&self) {
        // Tests drive commands without a scheduler; the app always has one.
        if let Some(scheduler) = self.try_state::<Scheduler>() {
            scheduler.rules_changed();
        }
    }

    fn diary_locking(&self, conn: &rusqlite::Connection) {
        #[cfg(desktop)]
        if let Some(scheduler) = self.try_state::<Scheduler>() {
            scheduler.diary_locking(conn);
        }
        // Phones: the system holds the schedule, so there is nothing to keep.
        #[cfg(mobile)]
        let _ = conn;
    }
}
