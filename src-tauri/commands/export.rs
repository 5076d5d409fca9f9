//! Commands of the Export screen: the report's figures for the preview, an export written
//! where the person chooses in the native save dialog, and restoring a backup picked in the
//! native open dialog. The dialogs are opened from Rust, so the window needs no file access.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use super::{parse_day_range, AppError, WithDiary};
use crate::app::export::{backup_is_encrypted, export_to_file, open_backup, read_backup, report_summary as summary_of, restore, write_backup};
use crate::app::language;
use crate::clock;
use crate::domain::report::ReportSummary;
use crate::export::backup::RestoreOutcome;
use crate::export::job::{suggested_file_name, ExportFormat, ExportJob};
use crate::export::pdf::{Paper, ReportSection};
use crate::i18n::Language;
use crate::reminders::SchedulerExt;
use crate::state::AppState;
use crate::vault::{Passphrase, MIN_PASSPHRASE_CHARS};

/// Test hook: when managed, the save and open dialogs are not shown and this answer is used
/// instead (`None` = the person cancelled). The app only manages it in debug builds, from
/// `BACKTRACK_TEST_DIALOG_PATH` (set but empty means cancel), so WebDriver tests, which cannot
/// drive a native dialog, can still export and restore.
pub struct DialogStandIn(pub Option<PathBuf>);

impl DialogStandIn {
    /// The stand-in asked for by the environment, if any.
    pub fn from_env() -> Option<Self> {
        let value = std::env::var_os("BACKTRACK_TEST_DIALOG_PATH")?;
        Some(DialogStandIn((!value.is_empty()).then(|| PathBuf::from(value))))
    }
}

/// What the Export screen asks for.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// First local day, `YYYY-MM-DD`, included.
    pub from: Option<String>,
    /// Last local day, `YYYY-MM-DD`, included.
    pub to: Option<String>,
    /// PDF only; empty means every section.
    #[serde(default)]
    pub sections: Vec<ReportSection>,
    #[serde(default)]
    pub paper: Paper,
    /// Backup only: encrypt the file (age) with this passphrase.
    #[serde(default)]
    pub backup_passphrase: Option<String>,
}

/// Where the export was written.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportOutcome {
    pub path: String,
    pub file_name: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// The figures of the report's first page, for the preview.
#[tauri::command]
pub fn report_summary(state: State<'_, AppState>, from: Option<String>, to: Option<String>) -> Result<ReportSummary, AppError> {
    let (from, to) = parse_day_range(from.as_deref(), to.as_deref())?;
    state.with_diary(|conn| summary_of(conn, clock::now().date_naive(), from, to))
}

/// Asks where to save, then writes the export there. `None` when the person cancels.
#[tauri::command]
pub async fn export_file<R: Runtime>(app: AppHandle<R>, request: ExportRequest) -> Result<Option<ExportOutcome>, AppError> {
    let (from, to) = parse_day_range(request.from.as_deref(), request.to.as_deref())?;
    let job = ExportJob { format: request.format, from, to, sections: request.sections, paper: request.paper };
    let passphrase = request.backup_passphrase.filter(|_| job.format == ExportFormat::Backup).map(Passphrase::new);
    if let Some(passphrase) = &passphrase {
        passphrase
            .check_new()
            .map_err(|_| AppError::field("backupPassphrase", crate::t!("export-backup-passphrase-too-short", min = MIN_PASSPHRASE_CHARS)))?;
    }
    run_blocking(move || {
        let now = clock::now();
        let mut file_name = suggested_file_name(&job, now.date_naive());
        if passphrase.is_some() {
            file_name.push_str(".age");
        }
        let Some(path) = ask_save_path(&app, &file_name, job.format, passphrase.is_some()) else { return Ok(None) };
        let state = app.state::<AppState>();
        let bytes = state.with_diary(|conn| match &passphrase {
            Some(passphrase) => write_backup(conn, now, &path, Some(passphrase)),
            None => export_to_file(conn, now, &job, &path),
        })?;
        let file_name = path.file_name().map_or(file_name, |n| n.to_string_lossy().into_owned());
        Ok(Some(ExportOutcome { path: path.to_string_lossy().into_owned(), file_name, bytes }))
    })
    .await
}

/// Asks which backup to restore, then restores it. `None` when the person cancels. With
/// `replace`, the UI has already asked the person to confirm.
#[tauri::command]
pub async fn restore_backup<R: Runtime>(app: AppHandle<R>, replace: bool) -> Result<Option<RestoreOutcome>, AppError> {
    run_blocking(move || {
        let Some(path) = ask_open_path(&app) else { return Ok(None) };
        let read = read_backup(&path)?;
        if backup_is_encrypted(&read) {
            // Held in Rust until its passphrase comes: the window never names a file to read.
            if let Ok(mut held) = app.state::<HeldBackup>().0.lock() {
                *held = Some(read);
            }
            return Err(AppError::field("backupPassphrase", crate::t!("export-backup-is-encrypted")));
        }
        restore_bytes(&app, &read, replace).map(Some)
    })
    .await
}

/// An encrypted backup picked by [`restore_backup`], waiting for its passphrase.
#[derive(Default)]
pub struct HeldBackup(std::sync::Mutex<Option<Vec<u8>>>);

/// Restores the encrypted backup [`restore_backup`] is holding, with its passphrase. A wrong
/// passphrase keeps it held for another try and changes nothing.
#[tauri::command]
pub async fn restore_held_backup<R: Runtime>(app: AppHandle<R>, passphrase: String, replace: bool) -> Result<RestoreOutcome, AppError> {
    run_blocking(move || {
        let held = app.state::<HeldBackup>().0.lock().ok().and_then(|held| held.clone());
        let Some(sealed) = held else { return Err(AppError::refused(crate::t!("export-choose-backup-again"))) };
        let plain = open_backup(sealed, Some(&Passphrase::new(passphrase)))?;
        let outcome = restore_bytes(&app, &plain, replace)?;
        if let Ok(mut held) = app.state::<HeldBackup>().0.lock() {
            *held = None;
        }
        Ok(outcome)
    })
    .await
}

fn restore_bytes<R: Runtime>(app: &AppHandle<R>, backup: &[u8], replace: bool) -> Result<RestoreOutcome, AppError> {
    let state = app.state::<AppState>();
    let outcome = state.with_diary(|conn| restore(conn, clock::now(), backup, replace))?;
    // The backup may bring reminders with it: the scheduler plans from the new set.
    app.reminders_changed();
    // And another language: Rust and the tray speak it from now on (the window asks for it too).
    // The restore itself is done, so a failure to read the setting only leaves the language as it was.
    if let Ok(language) = state.with_diary(|conn| language::language_view(conn, Language::system()).map(|view| view.in_use)) {
        super::settings::speak(app, language);
    }
    Ok(outcome)
}

/// Runs slow work off the async runtime's threads, so the window stays responsive.
pub(super) async fn run_blocking<T: Send + 'static>(work: impl FnOnce() -> Result<T, AppError> + Send + 'static) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Storage { message: crate::t!("export-stopped", reason = e.to_string()) })?
}

pub(super) fn stand_in<R: Runtime>(app: &AppHandle<R>) -> Option<Option<PathBuf>> {
    if cfg!(debug_assertions) {
        app.try_state::<DialogStandIn>().map(|s| s.0.clone())
    } else {
        None
    }
}

fn ask_save_path<R: Runtime>(app: &AppHandle<R>, file_name: &str, format: ExportFormat, encrypted: bool) -> Option<PathBuf> {
    if let Some(answer) = stand_in(app) {
        return answer;
    }
    let (filter, extension) = match encrypted {
        true => (crate::t!("export-filter-encrypted-backup"), "age"),
        false => (format.filter_name(), format.extension()),
    };
    app.dialog()
        .file()
        .set_title(crate::t!("export-dialog-save"))
        .set_file_name(file_name)
        .add_filter(filter, &[extension])
        .blocking_save_file()
        .and_then(|p| p.as_path().map(PathBuf::from))
}

fn ask_open_path<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    if let Some(answer) = stand_in(app) {
        return answer;
    }
    app.dialog()
        .file()
        .set_title(crate::t!("export-dialog-choose-backup"))
        .add_filter(crate::t!("export-filter-any-backup"), &["json", "age"])
        .blocking_pick_file()
        .and_then(|p| p.as_path().map(PathBuf::from))
}
