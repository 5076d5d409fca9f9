//! Commands of the Export screen's automatic backups.

use std::path::PathBuf;

use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use super::export::{run_blocking, stand_in};
use super::{AppError, WithDiary};
use crate::app::backups::{self, BackupRun, BackupStatus, Trigger};
use crate::clock;
use crate::domain::backups::BackupScheduleDraft;
use crate::state::AppState;

#[tauri::command]
pub fn get_backup_status(state: State<'_, AppState>) -> Result<BackupStatus, AppError> {
    state.with_diary(|conn| backups::backup_status(conn))
}

/// Saves the schedule; the backup thread looks at once, so a first backup comes right away.
#[tauri::command]
pub fn save_backup_schedule<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, draft: BackupScheduleDraft) -> Result<BackupStatus, AppError> {
    let status = state.with_diary(|conn| backups::save_backup_schedule(conn, &draft))?;
    #[cfg(desktop)]
    if let Some(thread) = app.try_state::<crate::auto_backup::AutoBackup>() {
        thread.schedule_changed();
    }
    #[cfg(mobile)]
    let _ = app;
    Ok(status)
}

/// Asks for a folder; `None` when the person cancels.
#[tauri::command]
pub async fn choose_backup_folder<R: Runtime>(app: AppHandle<R>) -> Result<Option<String>, AppError> {
    run_blocking(move || {
        let chosen = match stand_in(&app) {
            Some(answer) => answer,
            None => pick_folder(&app)?,
        };
        Ok(chosen.map(|path| path.to_string_lossy().into_owned()))
    })
    .await
}

#[cfg(desktop)]
fn pick_folder<R: Runtime>(app: &AppHandle<R>) -> Result<Option<PathBuf>, AppError> {
    Ok(app.dialog().file().set_title(crate::t!("export-dialog-backup-folder")).blocking_pick_folder().and_then(|p| p.as_path().map(PathBuf::from)))
}

/// Phones have no folder dialog; automatic backups are a desktop feature for now.
#[cfg(mobile)]
fn pick_folder<R: Runtime>(_app: &AppHandle<R>) -> Result<Option<PathBuf>, AppError> {
    Err(AppError::refused(crate::t!("export-folder-backups-not-on-phones")))
}

/// Makes a backup now, whatever the schedule says; `None` when no schedule is set.
#[tauri::command]
pub async fn back_up_now<R: Runtime>(app: AppHandle<R>) -> Result<Option<BackupRun>, AppError> {
    run_blocking(move || app.state::<AppState>().with_diary(|conn| backups::run_backup(conn, clock::now(), Trigger::Now))).await
}
