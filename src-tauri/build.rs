//! Build script: tauri-build reads `tauri.conf.json` at the package root, generates the
//! permission for each of the app's own commands, and checks the capability files. It also hands
//! the app identifier to the code as `BACKTRACK_IDENTIFIER`, so the command line finds the data
//! folder the window uses without a second copy of the name.

/// Every `#[tauri::command]` the app exposes. Each becomes an `allow-<name>` permission that a
/// capability file must grant by name; a command missing here cannot be invoked at all.
const APP_COMMANDS: &[&str] = &[
    "app_status",
    "log_pain",
    "update_pain",
    "delete_pain",
    "undo_delete_pain",
    "list_pain_days",
    "history_page",
    "list_medications",
    "add_medication",
    "update_medication",
    "set_medication_archived",
    "get_function_check_in",
    "put_aside_function_invite",
    "list_function_activities",
    "add_function_activity",
    "retire_function_activity",
    "list_function_ratings",
    "add_function_rating",
    "record_function_check_in",
    "update_function_rating",
    "function_summary",
    "get_catalog",
    "get_program",
    "start_session",
    "record_exercise_progress",
    "finish_session",
    "log_manual_session",
    "list_sessions",
    "get_progress",
    "get_habit_plan",
    "save_habit_plan",
    "add_pause",
    "remove_pause",
    "get_flares",
    "start_flare",
    "end_flare",
    "set_flare_last_day",
    "get_safety_check",
    "save_safety_check",
    "decide_suggestion",
    "set_level",
    "list_articles",
    "get_article",
    "search_articles",
    "set_article_read",
    "articles_for_exercise",
    "red_flag_questions",
    "submit_red_flag_check",
    "list_red_flag_checks",
    "get_reminders",
    "add_reminder",
    "update_reminder",
    "set_reminder_enabled",
    "delete_reminder",
    "accept_default_reminders",
    "dismiss_default_reminders",
    "get_start_at_login",
    "set_start_at_login",
    "get_insights",
    "get_week_against_week",
    "report_summary",
    "export_file",
    "restore_backup",
    "get_backup_status",
    "save_backup_schedule",
    "choose_backup_folder",
    "back_up_now",
    "restore_held_backup",
    "get_lock_state",
    "unlock_diary",
    "reset_passphrase",
    "lock_diary",
    "set_idle_lock",
    "encrypt_diary",
    "decrypt_diary",
    "change_passphrase",
    "get_appearance",
    "set_appearance",
    "system_theme",
    "show_diary_folder",
    "get_language",
    "set_language",
    "system_language",
];

fn main() {
    emit_identifier();
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(APP_COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {error:#}");
    }
}

/// Passes `identifier` from tauri.conf.json to the crate as the `BACKTRACK_IDENTIFIER` variable.
fn emit_identifier() {
    println!("cargo:rerun-if-changed=tauri.conf.json");
    let text = std::fs::read_to_string("tauri.conf.json").unwrap_or_else(|e| panic!("tauri.conf.json could not be read: {e}"));
    let config: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("tauri.conf.json is not JSON: {e}"));
    let identifier = config["identifier"].as_str().unwrap_or_else(|| panic!("tauri.conf.json has no \"identifier\""));
    println!("cargo:rustc-env=BACKTRACK_IDENTIFIER={identifier}");
}
