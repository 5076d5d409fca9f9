//! Starting BackTrack when the person logs in (desktop only), through the autostart plugin. The
//! Reminders screen reads and sets it; the shell registers the plugin with the argument that
//! starts the app quietly in the tray.

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime};

/// The plugin, starting the app with `background_arg` at login.
pub fn plugin<R: Runtime>(background_arg: &str) -> TauriPlugin<R> {
    tauri_plugin_autostart::Builder::new().arg(background_arg).build()
}

/// Why the login item could not be read or changed, in words for the person (in the app's
/// language).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct LoginItemError(String);

/// Whether the login item is in place. An error when the plugin is not running (tests).
pub fn start_at_login<R: Runtime>(app: &AppHandle<R>) -> Result<bool, LoginItemError> {
    let manager = autolaunch(app)?;
    manager.is_enabled().map_err(|error| LoginItemError(crate::t!("shell-login-not-read", reason = error.to_string())))
}

pub fn set_start_at_login<R: Runtime>(app: &AppHandle<R>, enabled: bool) -> Result<bool, LoginItemError> {
    let manager = autolaunch(app)?;
    let changed = if enabled { manager.enable() } else { manager.disable() };
    changed.map_err(|error| LoginItemError(crate::t!("shell-login-not-changed", reason = error.to_string())))?;
    start_at_login(app)
}

fn autolaunch<R: Runtime>(app: &AppHandle<R>) -> Result<tauri::State<'_, tauri_plugin_autostart::AutoLaunchManager>, LoginItemError> {
    app.try_state::<tauri_plugin_autostart::AutoLaunchManager>().ok_or_else(|| LoginItemError(crate::t!("shell-login-unavailable")))
}
