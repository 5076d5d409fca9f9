//! What the app holds while it runs: the diary connection, or why there is none (locked, or it
//! could not be opened).
//!
//! Invariant: while the diary is locked the app holds neither a connection nor the key; both
//! are dropped together (the key zeroes itself), and only unlocking (`app::privacy`) brings them back.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::Connection;

use crate::store::{self, DiaryFiles, StoreError};
use crate::vault::DiaryKey;

/// Managed by Tauri, which already shares it between threads; the mutex serialises every use
/// of the one connection.
pub struct AppState {
    pub data_dir: PathBuf,
    diary: Mutex<Diary>,
}

/// The diary as the app holds it. Changed only through [`AppState::with_slot`], by the `app`
/// layer's locking and encryption actions.
pub enum Diary {
    /// Open; `key` is the encrypted diary's key, `None` for a plain diary.
    Open { conn: Connection, key: Option<DiaryKey> },
    /// Encrypted and locked.
    Locked,
    /// It could not be opened; the words say why. The file is left as it was.
    Failed(String),
}

impl Diary {
    /// The plain diary at `files`, opened; or why not.
    pub fn open_plain(files: &DiaryFiles) -> Self {
        store::open(&files.db).map_or_else(Diary::failed, |conn| Diary::Open { conn, key: None })
    }

    /// The encrypted diary at `files`, opened with `key`; or why not.
    pub fn open_encrypted(files: &DiaryFiles, key: DiaryKey) -> Self {
        store::open_with_key(&files.db, Some(&key)).map_or_else(Diary::failed, |conn| Diary::Open { conn, key: Some(key) })
    }

    fn failed(error: StoreError) -> Self {
        tracing::error!(%error, "the diary could not be opened");
        Diary::Failed(error.to_string())
    }

    /// Why this diary cannot be used, if it cannot.
    pub fn unavailable(&self) -> Option<DiaryUnavailable> {
        match self {
            Diary::Open { .. } => None,
            Diary::Locked => Some(DiaryUnavailable::Locked),
            Diary::Failed(problem) => Some(DiaryUnavailable::NotOpened(problem.clone())),
        }
    }
}

impl AppState {
    /// Opens the diary in `data_dir`, or holds it locked when it is encrypted. A failure is
    /// kept, not raised, so the window can still open and explain it.
    pub fn open(data_dir: &Path) -> Self {
        let files = DiaryFiles::in_folder(data_dir);
        files.tidy_stale_key_file();
        let diary = match files.is_encrypted() {
            Ok(true) => Diary::Locked,
            Ok(false) => Diary::open_plain(&files),
            Err(error) => Diary::failed(error),
        };
        AppState { data_dir: data_dir.to_owned(), diary: Mutex::new(diary) }
    }

    /// The diary's files.
    pub fn files(&self) -> DiaryFiles {
        DiaryFiles::in_folder(&self.data_dir)
    }

    fn slot(&self) -> Result<MutexGuard<'_, Diary>, DiaryUnavailable> {
        self.diary.lock().map_err(|_| DiaryUnavailable::Poisoned)
    }

    /// Why the diary cannot be used now, if it cannot.
    pub fn problem(&self) -> Option<DiaryUnavailable> {
        match self.slot() {
            Ok(slot) => slot.unavailable(),
            Err(poisoned) => Some(poisoned),
        }
    }

    /// Runs `work` with the connection, holding the lock for its whole duration so that a
    /// check and the write that depends on it cannot interleave with another command. Each
    /// face brings its own error type `E`; it only has to say how a closed diary reads in it.
    pub fn use_diary<T, E: From<DiaryUnavailable>>(&self, work: impl FnOnce(&mut Connection) -> Result<T, E>) -> Result<T, E> {
        let mut slot = self.slot()?;
        match &mut *slot {
            Diary::Open { conn, .. } => work(conn),
            other => Err(other.unavailable().unwrap_or(DiaryUnavailable::Locked).into()),
        }
    }

    /// Runs `work` on the diary slot itself, to lock, unlock, or convert it.
    pub fn with_slot<T, E: From<DiaryUnavailable>>(&self, work: impl FnOnce(&mut Diary) -> Result<T, E>) -> Result<T, E> {
        let mut slot = self.slot()?;
        work(&mut slot)
    }

    /// A second connection to the open diary, for background work that must not hold up the
    /// window (automatic backups). Refused while the diary is locked.
    pub fn open_second_connection(&self) -> Result<Connection, DiaryError> {
        let slot = self.slot()?;
        match &*slot {
            Diary::Open { key, .. } => Ok(store::open_with_key(&self.files().db, key.as_ref())?),
            other => Err(other.unavailable().unwrap_or(DiaryUnavailable::Locked).into()),
        }
    }
}

/// Why the diary cannot be used right now. Its words come from the `errors` catalog.
#[derive(Debug, Clone)]
pub enum DiaryUnavailable {
    /// It could not be opened at start-up; the words say why (in the language in force then).
    NotOpened(String),
    /// The diary is encrypted and locked.
    Locked,
    /// An earlier action panicked while it held the connection.
    Poisoned,
}

impl std::fmt::Display for DiaryUnavailable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DiaryUnavailable::NotOpened(problem) => f.write_str(problem),
            DiaryUnavailable::Locked => f.write_str(&crate::t!("errors-diary-locked")),
            DiaryUnavailable::Poisoned => f.write_str(&crate::t!("errors-diary-poisoned")),
        }
    }
}

impl std::error::Error for DiaryUnavailable {}

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
