//! The Settings screen: how the window looks, starting at login, and where the diary lives.

use tauri::{AppHandle, Runtime, State, WebviewWindow};

use super::{AppError, WithDiary};
use crate::app::appearance::{self, Appearance};
use crate::app::language::{self, LanguageSettings, LanguageView};
use crate::i18n::Language;
use crate::reminders::SchedulerExt;
use crate::state::AppState;

#[tauri::command]
pub fn get_appearance(state: State<'_, AppState>) -> Result<Appearance, AppError> {
    state.with_diary(|conn| appearance::appearance(conn))
}

#[tauri::command]
pub fn set_appearance(state: State<'_, AppState>, appearance: Appearance) -> Result<Appearance, AppError> {
    state.with_diary(|conn| appearance::set_appearance(conn, appearance))
}

/// The desktop's own light or dark choice, as the windowing system reports it (on Linux, the
/// GTK setting), or `None` when it does not say. The window asks because WebKitGTK's
/// `prefers-color-scheme` often misses a dark desktop.
#[tauri::command]
pub fn system_theme<R: Runtime>(window: WebviewWindow<R>) -> Option<&'static str> {
    match window.theme().ok()? {
        tauri::Theme::Dark => Some("dark"),
        tauri::Theme::Light => Some("light"),
        _ => None,
    }
}

/// Opens the folder that holds the diary in the system's file manager, with the diary picked.
#[cfg(desktop)]
#[tauri::command]
pub fn show_diary_folder(state: State<'_, AppState>) -> Result<(), AppError> {
    let diary = state.files().db;
    tauri_plugin_opener::reveal_item_in_dir(&diary)
        .map_err(|error| AppError::Unavailable { message: crate::t!("shell-folder-not-opened", reason = error.to_string()) })
}

#[cfg(mobile)]
#[tauri::command]
pub fn show_diary_folder() -> Result<(), AppError> {
    Err(AppError::Unavailable { message: crate::t!("shell-no-file-manager-on-phone") })
}

/// Whether BackTrack starts (quietly, in the tray) when the person logs in.
#[cfg(desktop)]
#[tauri::command]
pub fn get_start_at_login<R: Runtime>(app: AppHandle<R>) -> Result<bool, AppError> {
    crate::login_item::start_at_login(&app).map_err(|e| AppError::Unavailable { message: e.to_string() })
}

#[cfg(desktop)]
#[tauri::command]
pub fn set_start_at_login<R: Runtime>(app: AppHandle<R>, enabled: bool) -> Result<bool, AppError> {
    crate::login_item::set_start_at_login(&app, enabled).map_err(|e| AppError::Unavailable { message: e.to_string() })
}

/// Phones start apps themselves; there is no login item to set.
#[cfg(mobile)]
#[tauri::command]
pub fn get_start_at_login() -> Result<bool, AppError> {
    Err(AppError::Unavailable { message: crate::t!("shell-login-desktop-only") })
}

#[cfg(mobile)]
#[tauri::command]
pub fn set_start_at_login(enabled: bool) -> Result<bool, AppError> {
    let _ = enabled;
    get_start_at_login()
}

/// The app's and the report's language, and what they come to on this device.
/// Asked by the window whenever it opens a diary (at start and after an unlock), so Rust speaks the
/// language the window shows from then on.
#[tauri::command]
pub fn get_language<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Result<LanguageView, AppError> {
    let view = state.with_diary(|conn| language::language_view(conn, Language::system()))?;
    speak(&app, view.in_use);
    Ok(view)
}

/// Saves both language choices; Rust speaks the new language from the next message on.
#[tauri::command]
pub fn set_language<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, settings: LanguageSettings) -> Result<LanguageView, AppError> {
    let view = state.with_diary(|conn| language::set_language(conn, settings, Language::system()))?;
    speak(&app, view.in_use);
    Ok(view)
}

/// Rust speaks `language` from now on, and the tray menu is renamed in it. When that is a new
/// language, reminders are planned again: a phone's system holds them already worded, so they
/// are worded afresh (the desktop words each one as it goes out, and only re-plans).
pub(super) fn speak<R: Runtime>(app: &AppHandle<R>, language: Language) {
    let changed = crate::i18n::current() != language;
    crate::i18n::set_current(language);
    #[cfg(desktop)]
    crate::shell::relabel_tray(app);
    if changed {
        app.reminders_changed();
    }
}

/// The device's language, for the window before the diary is open (a locked diary's unlock
/// screen).
#[tauri::command]
pub fn system_language() -> Language {
    Language::system()
}
