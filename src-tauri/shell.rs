//! The desktop shell around the window, so reminders keep coming when it is closed: a tray icon
//! with a menu, closing the window to the tray, one running copy (a second launch focuses it),
//! and starting at login (quietly, in the tray; the login item itself is `login_item`).
//!
//! The tray menu and the answers to a reminder reach the UI through one event, `shell-action`,
//! whose payload names what the person chose; the UI listens for it and moves to the right
//! screen. A `backtrack log` from the command line arrives as `diary-changed`.
//!
//! The tray menu and the shell's notifications speak the app's language; [`relabel_tray`]
//! renames the menu when the person picks another language.

use serde::Serialize;
use tauri::menu::{IsMenuItem, Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{App, AppHandle, Emitter, Manager, Runtime, Window, WindowEvent};
use tauri_plugin_notification::NotificationExt;
use ts_rs::TS;

use crate::instance::{instance_id, DIARY_CHANGED_ARG};
use crate::reminders::Destination;
use crate::state::AppState;
use crate::window_place;

/// The main window's label in `tauri.conf.json`.
const MAIN_WINDOW: &str = "main";
/// Passed by the login item: start in the tray without opening the window.
pub const BACKGROUND_ARG: &str = "--background";
/// The event that carries a tray choice to the UI.
const SHELL_ACTION_EVENT: &str = "shell-action";
/// The event that tells the window the diary changed outside it (`backtrack log`).
const DIARY_CHANGED_EVENT: &str = "diary-changed";

/// What the person chose in the tray menu or on a reminder, as the UI receives it.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ShellAction {
    /// Today, with focus on the quick log's pain scale.
    LogPain,
    /// The session player.
    StartSession,
    /// Today.
    OpenToday,
    /// The Program screen.
    OpenProgram,
}

/// Takes the person where their answer to a reminder points.
pub fn open_at<R: Runtime>(app: &AppHandle<R>, destination: Destination) {
    let action = match destination {
        Destination::QuickLog => ShellAction::LogPain,
        Destination::SessionPlayer => ShellAction::StartSession,
        Destination::Today => ShellAction::OpenToday,
        Destination::Program => ShellAction::OpenProgram,
    };
    send_to_ui(app, action);
}

/// Why the window cannot open on this Linux machine. Told before any diary is open, so in the
/// system's language.
#[cfg(target_os = "linux")]
#[derive(Debug)]
pub struct NoDisplay(String);

#[cfg(target_os = "linux")]
impl std::fmt::Display for NoDisplay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut args = crate::i18n::FluentArgs::new();
        args.set("reason", self.0.as_str());
        f.write_str(&crate::i18n::message_in(crate::i18n::Language::system(), "shell-no-display", Some(&args)))
    }
}

#[cfg(target_os = "linux")]
impl std::error::Error for NoDisplay {}

/// Checks that a display can be reached before Tauri starts: its own start-up would abort the
/// process with a panic instead. Initialising GTK here is the same call Tauri makes next, and a
/// second call is a no-op.
#[cfg(target_os = "linux")]
pub fn require_display() -> Result<(), NoDisplay> {
    gtk::init().map_err(|error| NoDisplay(error.to_string()))
}

/// The plugins that belong to the desktop shell. Single-instance must come first, so a second
/// copy hands over before anything else starts.
///
/// "One running copy" means one per diary: with `BACKTRACK_DATA_DIR` set (tests, a second diary)
/// the instance is named after that directory, so copies on different diaries do not hand over
/// to each other.
pub fn plugins<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    let mut single_instance = tauri_plugin_single_instance::Builder::new().callback(|app, args, _cwd| {
        // The command line saved an entry: show it, without taking the person's focus.
        if args.iter().any(|arg| arg == DIARY_CHANGED_ARG) {
            if let Err(error) = app.emit_to(MAIN_WINDOW, DIARY_CHANGED_EVENT, ()) {
                tracing::warn!(%error, "the window could not be told about the new entry");
            }
        } else {
            show_main_window(app);
        }
    });
    if let Some(id) = instance_id() {
        single_instance = single_instance.dbus_id(id);
    }
    builder.plugin(single_instance.build()).plugin(crate::login_item::plugin(BACKGROUND_ARG)).plugin(window_place::plugin(MAIN_WINDOW))
}

/// Whether the tray icon exists. Without it (a desktop with no tray support), closing the
/// window quits as usual, since a hidden window could not be brought back. `relabel` renames
/// its menu items in the language in force.
struct Tray {
    available: bool,
    relabel: Option<Box<dyn Fn() + Send + Sync>>,
}

/// The tray menu's items and the catalog message of each one's label.
const TRAY_ITEMS: [(&str, &str); 5] = [
    ("open", "shell-tray-open"),
    ("log-pain", "shell-tray-log-pain"),
    ("start-session", "shell-tray-start-session"),
    ("lock", "shell-tray-lock"),
    ("quit", "shell-tray-quit"),
];

/// Renames the tray menu's items in the language the app speaks now. Called when the person
/// picks another language; nothing happens where there is no tray.
pub fn relabel_tray<R: Runtime>(app: &AppHandle<R>) {
    if let Some(relabel) = app.try_state::<Tray>().as_ref().and_then(|tray| tray.relabel.as_ref()) {
        relabel();
    }
}

/// Builds the tray and opens the window, unless started at login (and the tray is there to
/// open it from).
pub fn setup<R: Runtime>(app: &App<R>) {
    let (available, relabel) = match build_tray(app) {
        Ok(relabel) => (true, Some(relabel)),
        Err(error) => {
            tracing::warn!(%error, "no tray icon: closing the window will quit BackTrack");
            (false, None)
        }
    };
    app.manage(Tray { available, relabel });
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        window_place::restore(&window);
    }
    if !available || !std::env::args().any(|arg| arg == BACKGROUND_ARG) {
        show_main_window(app.handle());
    }
}

/// Closing the main window hides it; BackTrack keeps running in the tray until "Quit". The
/// first time, a notification says so, so the person is not left wondering.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        let tray_available = window.app_handle().try_state::<Tray>().is_some_and(|tray| tray.available);
        if window.label() == MAIN_WINDOW && tray_available {
            api.prevent_close();
            window_place::save(window.app_handle());
            if let Err(error) = window.hide() {
                tracing::warn!(%error, "the window could not be hidden");
            }
            tell_once_about_the_tray(window.app_handle());
        }
    }
}

/// Builds the tray; returns how to rename its menu in another language.
fn build_tray<R: Runtime>(app: &App<R>) -> tauri::Result<Box<dyn Fn() + Send + Sync>> {
    let items = TRAY_ITEMS
        .iter()
        .map(|(id, label)| MenuItem::with_id(app, *id, crate::i18n::message(label, None), true, None::<&str>))
        .collect::<tauri::Result<Vec<MenuItem<R>>>>()?;
    let separator = PredefinedMenuItem::separator(app)?;
    // The separator goes before the last item, "Quit".
    let mut entries: Vec<&dyn IsMenuItem<R>> = items.iter().map(|item| item as &dyn IsMenuItem<R>).collect();
    entries.insert(entries.len().saturating_sub(1), &separator);
    let menu = Menu::with_items(app, &entries)?;
    let mut tray = TrayIconBuilder::with_id("main").menu(&menu).tooltip("BackTrack").on_menu_event(|app, event| match event.id.as_ref() {
        "open" => show_main_window(app),
        "log-pain" => send_to_ui(app, ShellAction::LogPain),
        "start-session" => send_to_ui(app, ShellAction::StartSession),
        "lock" => lock_from_tray(app),
        "quit" => app.exit(0),
        _ => {}
    });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(Box::new(move || {
        for (item, (_, label)) in items.iter().zip(TRAY_ITEMS) {
            if let Err(error) = item.set_text(crate::i18n::message(label, None)) {
                tracing::warn!(%error, "a tray menu item could not be renamed");
            }
        }
    }))
}

/// Locks an encrypted diary. A plain one cannot be locked: the person is told where to turn
/// encryption on, rather than left to wonder why nothing happened.
fn lock_from_tray<R: Runtime>(app: &AppHandle<R>) {
    if let Err(error) = crate::locking::lock_now(app) {
        tracing::info!(%error, "the tray's lock was refused");
        let told = app.notification().builder().title("BackTrack").body(crate::t!("shell-lock-needs-encryption")).show();
        if let Err(error) = told {
            tracing::warn!(%error, "the lock refusal could not be shown");
        }
    }
}

fn show_main_window<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window(MAIN_WINDOW) else { return };
    let shown = window.show().and_then(|()| window.unminimize()).and_then(|()| window.set_focus());
    if let Err(error) = shown {
        tracing::warn!(%error, "the window could not be shown");
    }
}

fn send_to_ui<R: Runtime>(app: &AppHandle<R>, action: ShellAction) {
    show_main_window(app);
    if let Err(error) = app.emit_to(MAIN_WINDOW, SHELL_ACTION_EVENT, action) {
        tracing::warn!(%error, "the tray choice could not reach the window");
    }
}

fn tell_once_about_the_tray<R: Runtime>(app: &AppHandle<R>) {
    let first_time = app.state::<AppState>().use_diary(crate::app::status::first_close_to_tray);
    if matches!(first_time, Ok(true)) {
        let shown = app.notification().builder().title(crate::t!("shell-still-running-title")).body(crate::t!("shell-still-running-body")).show();
        if let Err(error) = shown {
            tracing::warn!(%error, "the tray hint could not be shown");
        }
    }
}
