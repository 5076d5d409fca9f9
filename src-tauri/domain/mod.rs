//! Pure rules: no Tauri, no SQLite, no clock, no I/O. Everything here is a function of its
//! arguments, so it is tested with plain values.
//!
//! The rooms, and the way the arrows run (a room may use the ones below it, never above):
//! - [`diary`]: pain entries, their History pages, medications;
//! - [`program`]: the exercise catalog, routines, sessions, level changes, the habit plan and
//!   the progress it earns (streak, weekly goal, habit strength, calendar);
//! - [`reminders`]: when a reminder is due and what it says;
//! - [`learn`]: the article library and the warning-signs check;
//! - [`function_scale`]: the weekly function check-in (activities, ratings, their summary);
//! - [`report`]: the surgeon's summary, which reads all of the above;
//! - [`insights`]: what the diary says back to the person (trend, factors, exercise, sleep),
//!   which reads the diary, the program and the report's rule for change;
//! - shared ground under them all: [`dates`], [`local_time`], [`validation`], [`vocabulary`].

pub mod backups;
pub mod dates;
pub mod diary;
pub mod function_scale;
pub mod insights;
pub mod learn;
pub mod local_time;
pub mod program;
pub mod reminders;
pub mod report;
pub mod validation;
pub mod vocabulary;
