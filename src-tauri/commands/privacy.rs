//! Commands of the encrypted diary: the lock state, unlocking, locking, turning encryption on
//! and off, and changing the passphrase. Argon2id takes about half a second on purpose, so each
//! secret-handling command runs off the async runtime's threads.
//!
//! Locking tells every window (`diary-locked`), which then drops every screen's data; locking
//! and unlocking wake the reminder and backup threads, which plan from what they may now read.

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use ts_rs::TS;

use super::export::run_blocking;
use super::{AppError, WithDiary};
use crate::app::privacy::{self, LockState};
use crate::reminders::SchedulerExt;
use crate::state::{AppState, Diary};
use crate::vault::Passphrase;

/// Sent to the window when the diary locks, from any face (button, tray, idle time).
pub const DIARY_LOCKED_EVENT: &str = "diary-locked";

/// What turning encryption on shows, once.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EncryptionTurnedOn {
    /// 8 groups of 4 letters and numbers; shown now and never again.
    pub recovery_code: String,
    /// Plain copies of the diary that were kept beside it and are now removed.
    pub removed_copies: u32,
}

#[tauri::command]
pub fn get_lock_state(state: State<'_, AppState>) -> Result<LockState, AppError> {
    state.with_slot(|diary| privacy::lock_state(diary, &state.files()))
}

#[tauri::command]
pub async fn unlock_diary<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<(), AppError> {
    run_blocking(move || {
        let state = app.state::<AppState>();
        state.with_slot(|diary| privacy::unlock(diary, &state.files(), &Passphrase::new(passphrase)))?;
        app.reminders_changed();
        Ok(())
    })
    .await
}

/// The passphrase is lost: the recovery code unlocks and a new passphrase is set.
#[tauri::command]
pub async fn reset_passphrase<R: Runtime>(app: AppHandle<R>, recovery_code: String, new_passphrase: String) -> Result<(), AppError> {
    run_blocking(move || {
        let state = app.state::<AppState>();
        state.with_slot(|diary| privacy::reset_passphrase(diary, &state.files(), &recovery_code, &Passphrase::new(new_passphrase)))?;
        app.reminders_changed();
        Ok(())
    })
    .await
}

#[tauri::command]
pub fn set_idle_lock(state: State<'_, AppState>, minutes: u32) -> Result<LockState, AppError> {
    state.with_diary(|conn| privacy::set_idle_lock_minutes(conn, minutes))?;
    state.with_slot(|diary| privacy::lock_state(diary, &state.files()))
}

#[tauri::command]
pub fn lock_diary<R: Runtime>(app: AppHandle<R>) -> Result<(), AppError> {
    lock_now(&app)
}

/// Locks the diary and tells the window; the tray's "Lock" and the idle timer come here too.
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

#[tauri::command]
pub async fn encrypt_diary<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<EncryptionTurnedOn, AppError> {
    run_blocking(move || {
        let state = app.state::<AppState>();
        let done = state.with_slot(|diary| privacy::encrypt(diary, &state.files(), &Passphrase::new(passphrase)))?;
        Ok(EncryptionTurnedOn {
            recovery_code: done.recovery_code.to_string(),
            removed_copies: u32::try_from(done.removed_copies).unwrap_or(u32::MAX),
        })
    })
    .await
}

#[tauri::command]
pub async fn decrypt_diary<R: Runtime>(app: AppHandle<R>, passphrase: String) -> Result<(), AppError> {
    run_blocking(move || {
        let state = app.state::<AppState>();
        state.with_slot(|diary| privacy::decrypt(diary, &state.files(), &Passphrase::new(passphrase)))
    })
    .await
}

#[tauri::command]
pub async fn change_passphrase<R: Runtime>(app: AppHandle<R>, current: String, new_passphrase: String) -> Result<(), AppError> {
    run_blocking(move || {
        let state = app.state::<AppState>();
        state.with_slot(|_| privacy::change_passphrase(&state.files(), &Passphrase::new(current), &Passphrase::new(new_passphrase)))
    })
    .await
}
