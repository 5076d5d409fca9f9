//! BackTrack: a private pain diary and glute-and-core program. This file assembles the app:
//! state, commands and the window.
//!
//! The layers, from the faces down (an arrow only ever points down):
//! - faces: `commands` (the window's IPC), `shell` (tray, single instance), `login_item`, `cli`;
//! - `app`: every action once, Tauri-free, called by every face;
//! - `export` (file formats), `reminders` (delivery), `state` (the open diary);
//! - `store` (SQL) and `domain` (pure rules), with `clock` the one reader of the wall clock.

pub mod app;
#[cfg(desktop)]
mod auto_backup;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod domain;
pub mod export;
pub mod files;
pub mod i18n;
pub mod instance;
pub mod locking;
#[cfg(desktop)]
mod login_item;
pub mod reminders;
#[cfg(desktop)]
mod shell;
pub mod state;
pub mod store;
pub mod vault;
#[cfg(desktop)]
mod wake;
#[cfg(desktop)]
mod window_place;

use tauri::Manager;

use crate::state::AppState;

/// Starts the app. On mobile this is the entry point the platform calls.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    init_logging();
    #[cfg(target_os = "linux")]
    if let Err(problem) = shell::require_display() {
        eprintln!("backtrack: {problem}");
        std::process::exit(1);
    }
    let builder = tauri::Builder::default();
    #[cfg(desktop)]
    let builder = shell::plugins(builder).on_window_event(shell::on_window_event);
    let result = builder
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let data_dir = match state::data_dir_override() {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            tracing::info!(data_dir = %data_dir.display(), "opening the diary");
            let diary = AppState::open(&data_dir);
            // Rust speaks the diary's language (a locked diary's: the device's until unlocked).
            i18n::set_current(i18n::Language::system());
            let _ = diary.use_diary(|conn| app::language::speak_diary_language(conn));
            app.manage(diary);
            app.manage(commands::HeldBackup::default());
            #[cfg(desktop)]
            app.manage(reminders::start(app.handle(), shell::open_at));
            #[cfg(mobile)]
            app.manage(reminders::start(app.handle()));
            #[cfg(desktop)]
            app.manage(auto_backup::start(app.handle()));
            #[cfg(desktop)]
            shell::setup(app);
            // Debug builds only: lets WebDriver tests answer the save/open dialogs (commands/export.rs).
            #[cfg(debug_assertions)]
            if let Some(stand_in) = commands::DialogStandIn::from_env() {
                app.manage(stand_in);
            }
            Ok(())
        })
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!())
        .map(|app| app.run(on_run_event));
    if let Err(error) = result {
        tracing::error!(%error, "BackTrack stopped with an error");
        eprintln!("{}", t!("shell-could-not-start", error = error.to_string()));
        std::process::exit(1);
    }
}

/// Quitting ends the background threads cleanly: the reminder thread (closing its D-Bus
/// connection) and the backup thread.
fn on_run_event<R: tauri::Runtime>(app: &tauri::AppHandle<R>, event: tauri::RunEvent) {
    if let tauri::RunEvent::Exit = event {
        if let Some(scheduler) = app.try_state::<reminders::Scheduler>() {
            scheduler.shut_down();
        }
        #[cfg(desktop)]
        if let Some(backups) = app.try_state::<auto_backup::AutoBackup>() {
            backups.shut_down();
        }
    }
}

/// Logs to stderr; `RUST_LOG` picks the level (default: info for BackTrack, warnings otherwise).
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,backtrack=info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}
