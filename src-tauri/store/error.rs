//! What can go wrong in the store, in words a person can act on. The words come from the
//! `errors` catalog, in the language in force when the error is shown.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug)]
pub enum StoreError {
    /// The file is not a SQLite database.
    NotADatabase {
        path: PathBuf,
    },
    /// The file is another program's database.
    ForeignDatabase {
        path: PathBuf,
    },
    /// The diary was saved by a newer version of BackTrack.
    NewerVersion {
        found: i64,
        supported: i64,
    },
    EntryNotFound(String),
    MedicationNotFound(String),
    SessionNotFound(String),
    PauseNotFound(String),
    FlareNotFound(String),
    ReminderNotFound(String),
    ActivityNotFound(String),
    RatingNotFound(String),
    /// A stored value could not be read.
    Corrupt(String),
    /// The data folder could not be made ready.
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Another window or command holds the diary.
    InUse,
    /// The encrypted diary does not open with this key.
    KeyDoesNotFit {
        path: PathBuf,
    },
    /// The new copy of the diary did not check out.
    CopyCheck(String),
    /// SQLite itself failed.
    Sqlite(rusqlite::Error),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            StoreError::NotADatabase { path } => crate::t!("errors-store-not-a-database", path = path.display().to_string()),
            StoreError::ForeignDatabase { path } => crate::t!("errors-store-foreign-database", path = path.display().to_string()),
            StoreError::NewerVersion { found, supported } => {
                crate::t!("errors-store-newer-version", found = found.to_string(), supported = supported.to_string())
            }
            StoreError::EntryNotFound(id) => crate::t!("errors-store-entry-not-found", id = id.as_str()),
            StoreError::MedicationNotFound(id) => crate::t!("errors-store-medication-not-found", id = id.as_str()),
            StoreError::SessionNotFound(id) => crate::t!("errors-store-session-not-found", id = id.as_str()),
            StoreError::PauseNotFound(id) => crate::t!("errors-store-pause-not-found", id = id.as_str()),
            StoreError::FlareNotFound(id) => crate::t!("errors-store-flare-not-found", id = id.as_str()),
            StoreError::ReminderNotFound(id) => crate::t!("errors-store-reminder-not-found", id = id.as_str()),
            StoreError::ActivityNotFound(id) => crate::t!("errors-store-activity-not-found", id = id.as_str()),
            StoreError::RatingNotFound(id) => crate::t!("errors-store-rating-not-found", id = id.as_str()),
            StoreError::Corrupt(problem) => crate::t!("errors-store-corrupt", problem = problem.as_str()),
            StoreError::DataDir { path, source } => {
                crate::t!("errors-store-data-dir", path = path.display().to_string(), problem = source.to_string())
            }
            StoreError::InUse => crate::t!("errors-store-in-use"),
            StoreError::KeyDoesNotFit { path } => crate::t!("errors-store-key-does-not-fit", path = path.display().to_string()),
            StoreError::CopyCheck(problem) => crate::t!("errors-store-copy-check", problem = problem.as_str()),
            StoreError::Sqlite(error) => crate::t!("errors-store-sqlite", problem = error.to_string()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::DataDir { source, .. } => Some(source),
            StoreError::Sqlite(error) => Some(error),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        StoreError::Sqlite(error)
    }
}
