//! Commands of the encrypted diary: the lock state, unlocking, locking, turning encryption on
//! and off, and changing the passphrase. Argon2id takes about half a second on purpose, so each
//! secret-handling command runs off the async runtime's threads.
//!
//! Locking (`locking::lock_now`, shared with the tray) tells every window, which then drops
//! every screen's data; unlocking wakes the reminder thread, which plans from the diary again.

use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use ts_rs::TS;

use super::export::run_blocking;
use super::{AppError, WithDiary};
use crate::app::privacy::{self, LockState};
use crate::reminders::SchedulerExt;
use crate::state::AppState;
use crate::vault::Passphrase;

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
    crate::locking::lock_now(&app)
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
