//! The SQLite store: the only place SQL lives. One connection per app, opened by `open`, with
//! the schema brought up to date by `migrations` in a single transaction.

mod backup;
mod backup_merge;
mod backup_schedule;
mod columns;
mod encryption;
mod error;
mod flare;
mod function_scale;
mod habit_plan;
mod learn;
mod medications;
mod migrations;
mod open;
mod own_files;
mod pain_entries;
mod program;
mod reminders;
mod report;
mod restore_copy;
mod safety;
mod sessions;
mod snoozes;
mod sqlcipher_start;

pub use backup::{
    copy_database, dump_tables, restore_tables, ConflictAt, Part, RestoreCounts, RestoreMode, RestoreProblem, TableRows, BACKUP_TABLES,
};
pub use backup_schedule::{
    backup_passphrase, get_backup_schedule, latest_backup_runs, mark_backup_run_told, record_backup_run, set_backup_passphrase, set_backup_schedule,
    BackupRunRow,
};
pub use encryption::{convert_in_place, diary_file_kind, DiaryFileKind, DiaryFiles};
pub use error::StoreError;
pub use flare::{insert_flare, list_flares, set_flare_end};
pub use function_scale::{
    add_function_activity, get_function_rating, insert_function_ratings, list_function_activities, list_function_ratings, retire_function_activity,
    update_function_rating,
};
pub use habit_plan::{add_pause, get_habit_plan, remove_pause, save_habit_settings};
pub use learn::{insert_red_flag_check, list_red_flag_checks, read_articles, set_article_read};
pub use medications::{add_medication, list_medications, medication_ids, medication_names_except, set_medication_archived, update_medication};
pub use migrations::LATEST_VERSION;
pub use open::{open, open_with_key, DB_FILE_NAME};
pub use own_files::{refuse_own_file, OwnFileRefusal};
pub use pain_entries::{delete_pain_entry, insert_pain_entry, list_pain_entries, pain_day_counts, restore_pain_entry, update_pain_entry};
pub use program::{current_levels, list_level_changes, record_level_change, stored_levels};
pub use reminders::{
    delete_reminder_rule, diary_days, get_reminder_rule, get_setting, insert_reminder_rules, kind_handled_on, list_reminder_rules,
    recent_handled_slots, record_handled_slot, set_setting, update_reminder_rule, HandledSlot, Setting,
};
pub use report::{first_diary_day, load_report_rows, ReportRows};
pub use restore_copy::{restore_copy_paths, RestoreCopyPaths};
pub use safety::{get_program_safety, save_program_safety};
pub use sessions::{
    active_days, finish_session, get_session, last_finished_session, list_sessions, log_manual_session, record_exercise_progress, start_session,
};
pub use snoozes::{next_snooze, snooze_slot, take_due_snoozes, DueSnooze};
