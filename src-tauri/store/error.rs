//! What can go wrong in the store, in words a person can act on.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("The file {path} is not a BackTrack diary (it is not a SQLite database). It has been left as it is.")]
    NotADatabase { path: PathBuf },

    #[error("The file {path} is another program's database, not a BackTrack diary. It has been left as it is.")]
    ForeignDatabase { path: PathBuf },

    #[error("This diary was saved by a newer version of BackTrack (format {found}; this version reads up to {supported}). Please update BackTrack. The file has been left as it is.")]
    NewerVersion { found: i64, supported: i64 },

    #[error("No entry with id {0} was found. It may have been deleted.")]
    EntryNotFound(String),

    #[error("No medication with id {0} was found.")]
    MedicationNotFound(String),

    #[error("No exercise session with id {0} was found.")]
    SessionNotFound(String),

    #[error("No pause with id {0} was found. It may have been removed already.")]
    PauseNotFound(String),

    #[error("No flare with id {0} was found.")]
    FlareNotFound(String),

    #[error("No reminder with id {0} was found. It may have been removed already.")]
    ReminderNotFound(String),

    #[error("No activity with id {0} was found.")]
    ActivityNotFound(String),

    #[error("No rating with id {0} was found. It may have been removed.")]
    RatingNotFound(String),

    #[error("A stored value could not be read: {0}")]
    Corrupt(String),

    #[error("Could not prepare the data folder {path}: {source}")]
    DataDir { path: PathBuf, source: std::io::Error },

    #[error("The diary is in use by another BackTrack window or command. Close it and try again. Nothing was changed.")]
    InUse,

    #[error("The encrypted diary {path} does not open with this key. It may come from another device or be damaged. It has been left as it is.")]
    KeyDoesNotFit { path: PathBuf },

    #[error("The new copy of the diary did not check out ({0}), so the diary was left as it was.")]
    CopyCheck(String),

    #[error("The diary database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
}
