//! Reminder delivery. On desktop the notification plugin shows a notification at once and
//! ignores any schedule, so the schedule is ours: `scheduler` runs a thread that asks `due`
//! what to send. On Android and iOS the system schedules them instead (`mobile`).

pub mod due;
#[cfg(mobile)]
mod mobile;
#[cfg(desktop)]
mod scheduler;

#[cfg(mobile)]
pub use mobile::{start, Scheduler};
#[cfg(desktop)]
pub use scheduler::{start, Scheduler};
