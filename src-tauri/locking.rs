//! Locking the window's diary, shared by the faces that can do it: the Lock button and the idle
//! timer (through the `lock_diary` command) and the tray's "Lock the diary". Not a face itself:
//! it sits between them and the app layer, so neither face calls the other.
//!
//! Order matters: the reminder thread takes its plan from the still-open diary, then the diary
//! closes and its key is zeroed, then every window is told, and drops every screen's data.

use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::app::privacy;
use crate::app::AppError;
use crate::reminders::SchedulerExt;
use crate::state::{AppState, Diary};

/// Sent to the window when the diary locks, from any face (button, tray, idle time).
pub const DIARY_LOCKED_EVENT: &str = "diary-locked";

/// Locks the encrypted diary and tells the window. A plain diary is refused (it has no key).
pub fn lock_now<R: Runtime>(app: &AppHandle<R>) -> Result<(), AppError> {
    app.state::<AppState>().with_slot(|diary| {
        if let Diary::Open { conn, key: Some(_) } = &*diary {
            app.diary_locking(conn);
        }
        privacy::lock(diary)
    })?;
    if let Err(error) = app.emit(DIARY_LOCKED_EVENT, ()) {
        tracing::warn!(%error, "the window could not be told that the diary locked");
    }
    app.reminders_changed();
    Ok(())
}
