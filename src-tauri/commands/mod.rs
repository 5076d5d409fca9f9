//! `#[tauri::command]` wrappers, one file per screen area: the window's face of the `app`
//! layer. Each turns the UI's JSON into typed values (ids, dates), pulls the diary from state,
//! and calls one `app` function. No rules live here.

mod backups;
mod diary;
mod export;
mod flare;
mod function_scale;
mod insights;
mod learn;
mod medications;
mod privacy;
mod program;
mod reminders;
mod safety;
mod settings;
mod status;

pub use export::{DialogStandIn, ExportOutcome, ExportRequest, HeldBackup};
pub use privacy::EncryptionTurnedOn;

use crate::app::AppError;

use chrono::NaiveDate;
use uuid::Uuid;

use crate::domain::dates::{self, RangeEnd};
use crate::domain::validation::ValidationErrors;

/// The IPC handler with every command the UI may call. Keep in step with `build.rs`, whose list
/// turns each into a permission, and with the capability files that grant them.
pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        status::app_status,
        diary::log_pain,
        diary::update_pain,
        diary::delete_pain,
        diary::undo_delete_pain,
        diary::list_pain_days,
        diary::history_page,
        medications::list_medications,
        medications::add_medication,
        medications::update_medication,
        medications::set_medication_archived,
        function_scale::get_function_check_in,
        function_scale::put_aside_function_invite,
        function_scale::list_function_activities,
        function_scale::add_function_activity,
        function_scale::retire_function_activity,
        function_scale::list_function_ratings,
        function_scale::add_function_rating,
        function_scale::record_function_check_in,
        function_scale::update_function_rating,
        function_scale::function_summary,
        program::get_catalog,
        program::get_program,
        program::start_session,
        program::record_exercise_progress,
        program::finish_session,
        program::log_manual_session,
        program::list_sessions,
        program::get_progress,
        program::get_habit_plan,
        program::save_habit_plan,
        program::add_pause,
        program::remove_pause,
        flare::get_flares,
        flare::start_flare,
        flare::end_flare,
        flare::set_flare_last_day,
        safety::get_safety_check,
        safety::save_safety_check,
        program::decide_suggestion,
        program::set_level,
        learn::list_articles,
        learn::get_article,
        learn::search_articles,
        learn::set_article_read,
        learn::articles_for_exercise,
        learn::red_flag_questions,
        learn::submit_red_flag_check,
        learn::list_red_flag_checks,
        reminders::get_reminders,
        reminders::add_reminder,
        reminders::update_reminder,
        reminders::set_reminder_enabled,
        reminders::delete_reminder,
        reminders::accept_default_reminders,
        reminders::dismiss_default_reminders,
        insights::get_insights,
        insights::get_week_against_week,
        export::report_summary,
        export::export_file,
        export::restore_backup,
        backups::get_backup_status,
        backups::save_backup_schedule,
        backups::choose_backup_folder,
        backups::back_up_now,
        export::restore_held_backup,
        privacy::get_lock_state,
        privacy::unlock_diary,
        privacy::reset_passphrase,
        privacy::lock_diary,
        privacy::set_idle_lock,
        privacy::encrypt_diary,
        privacy::decrypt_diary,
        privacy::change_passphrase,
        settings::get_appearance,
        settings::set_appearance,
        settings::system_theme,
        settings::show_diary_folder,
        settings::get_language,
        settings::set_language,
        settings::system_language,
        settings::get_start_at_login,
        settings::set_start_at_login,
    ]
}

/// The commands' way into the diary: [`AppState::use_diary`] with the error fixed to
/// [`AppError`], the error of every `app` function a command calls.
trait WithDiary {
    fn with_diary<T>(&self, work: impl FnOnce(&mut rusqlite::Connection) -> Result<T, AppError>) -> Result<T, AppError>;
}

impl WithDiary for crate::state::AppState {
    fn with_diary<T>(&self, work: impl FnOnce(&mut rusqlite::Connection) -> Result<T, AppError>) -> Result<T, AppError> {
        self.use_diary(work)
    }
}

/// Parses an id sent by the UI; one that is not a UUID names nothing.
fn parse_id(what: &str, id: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(id.trim()).map_err(|_| AppError::unknown_id(what, id))
}

/// Parses an optional inclusive range of local dates (`YYYY-MM-DD`) sent by the UI, by the
/// same rule as the command line (`domain::dates`). Each bad date is reported on its own field,
/// and an end before the start on `to`.
fn parse_day_range(from: Option<&str>, to: Option<&str>) -> Result<(Option<NaiveDate>, Option<NaiveDate>), AppError> {
    dates::parse_day_range(from, to).map_err(|problems| {
        let mut errors = ValidationErrors::default();
        for (end, problem) in problems {
            errors.push(if end == RangeEnd::From { "from" } else { "to" }, problem.message());
        }
        errors.into()
    })
}
