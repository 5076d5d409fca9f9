//! The application layer: every action a person can take in BackTrack, written once for every
//! face. The window's IPC commands (`commands/`), the tray (`shell`) and the command line
//! (`cli/`) are thin adapters over it: they turn their own input (JSON, flags) into typed
//! values, pull the diary connection, call one function here, and show its result or error.
//!
//! Nothing here knows Tauri. A function takes the store connection, the clock's `now` (a
//! `DateTime<Tz>`, so it carries the zone) when the action depends on time, and typed inputs,
//! and returns a typed result or an [`AppError`]. The rules themselves stay in `domain`, the
//! SQL in `store`; this layer puts them in order.

pub mod appearance;
pub mod backups;
pub mod builtin;
pub mod diary;
mod error;
pub mod export;
pub mod flare;
pub mod function_scale;
pub mod insights;
pub mod language;
pub mod learn;
pub mod medications;
pub mod privacy;
pub mod program;
pub mod progress;
pub mod reminders;
pub mod safety;
pub mod status;

pub use error::AppError;

/// The moment an action happens at, in the person's zone.
pub type Now = chrono::DateTime<chrono_tz::Tz>;
