//! The SQLite store: the only place SQL lives. One connection per app, opened by `open`, with
//! the schema brought up to date by `migrations` in a single transaction.

mod error;
mod medications;
mod migrations;
mod open;
mod pain_entries;

pub use error::StoreError;
pub use medications::{add_medication, list_medications, medication_ids, medication_names_except, set_medication_archived, update_medication};
pub use migrations::LATEST_VERSION;
pub use open::{open, DB_FILE_NAME};
pub use pain_entries::{delete_pain_entry, insert_pain_entry, list_pain_entries, restore_pain_entry, update_pain_entry};
