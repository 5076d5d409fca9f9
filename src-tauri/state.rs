//! What the app holds while it runs: the diary connection, or the reason it could not be opened.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::Connection;

use crate::store::{self, StoreError};

/// Managed by Tauri, which already shares it between threads; the mutex serialises writes to
/// the one connection.
pub struct AppState {
    pub data_dir: PathBuf,
    diary: Result<Mutex<Connection>, String>,
}

impl AppState {
    /// Opens the diary in `data_dir`. A failure is kept, not raised, so the window can still
    /// open and explain it; the file itself is left as it was.
    pub fn open(data_dir: &Path) -> Self {
        let diary = store::open(&data_dir.join(store::DB_FILE_NAME)).map(Mutex::new).map_err(|error| {
            tracing::error!(%error, "the diary could not be opened");
            error.to_string()
        });
        AppState { data_dir: data_dir.to_owned(), diary }
    }

    /// Why the diary is unavailable, if it is.
    pub fn problem(&self) -> Option<&str> {
        self.diary.as_ref().err().map(String::as_str)
    }

    /// Runs `work` with the connection, holding the lock for its whole duration so that a
    /// check and the write that depends on it cannot interleave with another command. Each
    /// face brings its own error type `E`; it only has to say how a closed diary reads in it.
    pub fn use_diary<T, E: From<DiaryUnavailable>>(&self, work: impl FnOnce(&mut Connection) -> Result<T, E>) -> Result<T, E> {
        let lock = self.diary.as_ref().map_err(|problem| DiaryUnavailable::NotOpened(problem.clone()))?;
        let mut conn = lock.lock().map_err(|_| DiaryUnavailable::Poisoned)?;
        work(&mut conn)
    }
}

/// Why the diary cannot be used right now.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DiaryUnavailable {
    /// It could not be opened at start-up; the words say why.
    #[error("{0}")]
    NotOpened(String),
    /// An earlier action panicked while it held the connection.
    #[error("An earlier action failed part-way. Please restart BackTrack; your saved entries are safe.")]
    Poisoned,
}

/// What background work (the tray, the scheduler) meets when it uses the diary.
#[derive(Debug, thiserror::Error)]
pub enum DiaryError {
    #[error(transparent)]
    Unavailable(#[from] DiaryUnavailable),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Where the diary lives: `BACKTRACK_DATA_DIR` when set (tests always set it), else the
/// platform's app-data directory.
pub fn data_dir_override() -> Option<PathBuf> {
    std::env::var_os("BACKTRACK_DATA_DIR").filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// The app identifier from tauri.conf.json (handed over by `build.rs`): the name of the data
/// folder.
pub const APP_IDENTIFIER: &str = env!("BACKTRACK_IDENTIFIER");

/// The diary's folder for a face without Tauri's path resolver (the command line): the
/// override, else the platform's data folder joined with [`APP_IDENTIFIER`], which is where
/// Tauri's `app_data_dir` points on desktop.
pub fn desktop_data_dir() -> Option<PathBuf> {
    data_dir_override().or_else(|| dirs::data_dir().map(|dir| dir.join(APP_IDENTIFIER)))
}
