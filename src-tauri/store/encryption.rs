//! Turning the diary's encryption on and off in place, and telling which a file is.
//!
//! A conversion writes the whole diary into a new file beside it (`sqlcipher_export`), checks
//! the new file (SQLite's integrity check and every table's row count against the diary), and
//! only then renames it over the diary. The rename is the one moment the change happens, so a
//! process killed at any point leaves either the old diary or the new one, whole, under the
//! diary's name. Before exporting, the diary leaves WAL mode, so no `-wal` file of the old
//! format can be left beside the new one.
//!
//! The kind of file decides how it is opened (see [`diary_file_kind`]): a plain SQLite file
//! starts with SQLite's header, an encrypted one with random bytes. So a key file left beside a
//! plain diary by a killed conversion is stale, and a leftover conversion copy is removed at
//! the next conversion or open; [`CONVERSION_LOCK`] keeps an open from removing the copy of a
//! conversion that is still running in another process.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::StoreError;
use crate::vault::{DiaryKey, KEY_FILE_NAME};

/// The diary's two files in a data folder: the database and, when it is encrypted, the key file.
#[derive(Debug, Clone)]
pub struct DiaryFiles {
    pub db: PathBuf,
    pub key: PathBuf,
}

impl DiaryFiles {
    pub fn in_folder(data_dir: &Path) -> Self {
        DiaryFiles { db: data_dir.join(super::DB_FILE_NAME), key: data_dir.join(KEY_FILE_NAME) }
    }

    /// Whether the diary is encrypted: its file is not plain SQLite and its key file is beside
    /// it. A file that is neither plain SQLite nor has a key file is opened as plain, so the
    /// store explains that it is not a diary.
    pub fn is_encrypted(&self) -> Result<bool, StoreError> {
        Ok(self.key.exists() && diary_file_kind(&self.db)? == DiaryFileKind::Encrypted)
    }

    /// Removes a key file that no encrypted diary needs: one a killed conversion left beside a
    /// plain diary (the diary file, not the key file, says which it is).
    pub fn tidy_stale_key_file(&self) {
        if matches!(diary_file_kind(&self.db), Ok(DiaryFileKind::New | DiaryFileKind::Plain)) && self.key.exists() {
            self.remove_key_file();
        }
    }

    /// Removes the key file, once the diary no longer needs it.
    pub fn remove_key_file(&self) {
        if let Err(error) = std::fs::remove_file(&self.key) {
            tracing::warn!("could not remove the unused key file {}: {error}", self.key.display());
        }
    }
}

/// What the diary file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiaryFileKind {
    /// No diary yet, or an empty file: a new diary is made plain.
    New,
    /// A plain SQLite file.
    Plain,
    /// Not plain SQLite: an encrypted diary when its key file is there, else not a diary.
    Encrypted,
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
/// Held (an exclusive file lock) for a whole conversion.
const CONVERSION_LOCK: &str = ".converting.lock";
/// The new file while a conversion writes and checks it.
const CONVERSION_COPY: &str = ".converting";

/// Reads the first bytes of `db` to tell a plain diary from an encrypted one.
pub fn diary_file_kind(db: &Path) -> Result<DiaryFileKind, StoreError> {
    let mut file = match std::fs::File::open(db) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(DiaryFileKind::New),
        Err(source) => return Err(StoreError::DataDir { path: db.to_owned(), source }),
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(source) => return Err(StoreError::DataDir { path: db.to_owned(), source }),
        }
    }
    Ok(match read {
        0 => DiaryFileKind::New,
        _ if &header == SQLITE_HEADER => DiaryFileKind::Plain,
        _ => DiaryFileKind::Encrypted,
    })
}

/// Sets the key of a freshly opened connection; must come before anything reads the file.
pub(super) fn apply_key(conn: &Connection, key: &DiaryKey) -> Result<(), StoreError> {
    conn.pragma_update(None, "key", &*key.sqlcipher_pragma())?;
    Ok(())
}

/// Rewrites the diary at `db`, open on `conn` (its only connection in this process), as
/// encrypted by `to` (or plain when `to` is `None`), and returns a connection to the new file.
/// `before_commit` runs after the new file is checked and before it replaces the old one (the
/// key file is written there); `after_commit` tidies what the old format left.
///
/// On any error the diary is unchanged, and the caller gets the error; the old connection is
/// closed either way, so the caller reopens the diary after a failure.
pub fn convert_in_place<E: From<StoreError>>(
    conn: Connection,
    db: &Path,
    to: Option<&DiaryKey>,
    before_commit: impl FnOnce() -> Result<(), E>,
) -> Result<(), E> {
    let lock = hold_conversion_lock(db)?;
    let copy = sibling(db, CONVERSION_COPY);
    remove_if_present(&copy)?;
    let written = write_copy(&conn, &copy, to).and_then(|()| check_copy(&conn, &copy, to));
    if let Err(error) = written {
        let _ = std::fs::remove_file(&copy);
        return Err(error.into());
    }
    drop(conn);
    let committed = before_commit().and_then(|()| commit(&copy, db).map_err(E::from));
    if committed.is_err() {
        let _ = std::fs::remove_file(&copy);
    }
    drop(lock);
    committed
}

/// The one moment the diary changes: the checked copy, made durable, is renamed over it.
fn commit(copy: &Path, db: &Path) -> Result<(), StoreError> {
    sync_file(copy)?;
    std::fs::rename(copy, db).map_err(|source| StoreError::DataDir { path: db.to_owned(), source })?;
    sync_folder(db)
}

/// Removes a conversion copy that a killed conversion left, unless a conversion is running.
/// Only when such a copy is there: an ordinary open (or SQLite's `:memory:`) makes no lock file,
/// so opening a diary never adds a file beside it.
pub(super) fn remove_stale_conversion(db: &Path) {
    if !sibling(db, CONVERSION_COPY).exists() {
        return;
    }
    let Ok(lock) = open_lock_file(db) else { return };
    if lock.try_lock().is_ok() {
        let _ = std::fs::remove_file(sibling(db, CONVERSION_COPY));
    }
}

fn write_copy(conn: &Connection, copy: &Path, to: Option<&DiaryKey>) -> Result<(), StoreError> {
    // Out of WAL mode: this fails while another connection (another BackTrack) has the diary
    // open, which is the refusal we want, and leaves no -wal file for the rename to orphan.
    let mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(StoreError::InUse);
    }
    let key = to.map(|k| k.sqlcipher_pragma());
    let key_text = key.as_ref().map(|k| k.as_str()).unwrap_or("");
    conn.execute("ATTACH DATABASE ?1 AS converted KEY ?2", rusqlite::params![copy.to_string_lossy(), key_text])?;
    let exported = (|| {
        conn.query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(()))?;
        let version: i64 = conn.query_row("PRAGMA main.user_version", [], |row| row.get(0))?;
        conn.execute_batch(&format!("PRAGMA converted.user_version = {version};"))?;
        Ok::<(), StoreError>(())
    })();
    let detached = conn.execute("DETACH DATABASE converted", []).map(|_| ()).map_err(StoreError::from);
    exported.and(detached)
}

/// Opens the copy on its own and compares it with the diary: integrity, then every table's rows.
fn check_copy(conn: &Connection, copy: &Path, key: Option<&DiaryKey>) -> Result<(), StoreError> {
    let copy_conn = Connection::open(copy)?;
    if let Some(key) = key {
        apply_key(&copy_conn, key)?;
    }
    let integrity: String = copy_conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
    if integrity != "ok" {
        return Err(StoreError::CopyCheck(format!("the integrity check said \"{integrity}\"")));
    }
    let mut tables = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?;
    let names: Vec<String> = tables.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
    for name in names {
        let count = |c: &Connection| c.query_row(&format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\"")), [], |row| row.get::<_, i64>(0));
        let (before, after) = (count(conn)?, count(&copy_conn)?);
        if before != after {
            return Err(StoreError::CopyCheck(format!("{name} has {after} rows in the copy and {before} in the diary")));
        }
    }
    Ok(())
}

fn hold_conversion_lock(db: &Path) -> Result<std::fs::File, StoreError> {
    let lock = open_lock_file(db).map_err(|source| StoreError::DataDir { path: sibling(db, CONVERSION_LOCK), source })?;
    lock.try_lock().map_err(|_| StoreError::InUse)?;
    Ok(lock)
}

fn open_lock_file(db: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(sibling(db, CONVERSION_LOCK))
}

/// `<diary><suffix>` beside the diary.
fn sibling(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(suffix);
    db.with_file_name(name)
}

fn remove_if_present(path: &Path) -> Result<(), StoreError> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(StoreError::DataDir { path: path.to_owned(), source: error }),
        _ => Ok(()),
    }
}

fn sync_file(path: &Path) -> Result<(), StoreError> {
    std::fs::File::open(path).and_then(|file| file.sync_all()).map_err(|source| StoreError::DataDir { path: path.to_owned(), source })
}

fn sync_folder(db: &Path) -> Result<(), StoreError> {
    let dir = db.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    crate::files::sync_folder(dir).map_err(|source| StoreError::DataDir { path: dir.to_owned(), source })
}
