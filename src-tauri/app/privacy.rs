//! The encrypted diary, for every face: whether the diary is encrypted, unlocking and locking
//! it, turning encryption on and off, and changing the passphrase. The secrets are `vault`'s;
//! the conversion of the file is `store::convert_in_place`'s. Each action works on the diary
//! slot a face holds (`state::Diary`): the window's `AppState`, or the command line's own.
//!
//! Invariants: a wrong passphrase or recovery code changes no file and is answered only after
//! [`WRONG_SECRET_DELAY`]; the key file is always written (atomically) before the diary that
//! needs it, and removed only after the diary no longer does.

use std::time::Duration;

use rusqlite::Connection;

use serde::Serialize;
use ts_rs::TS;
use zeroize::Zeroizing;

use super::AppError;
use crate::state::{Diary, DiaryUnavailable};
use crate::store::{self, DiaryFileKind, DiaryFiles, Setting};
use crate::vault::{DiaryKey, KdfParams, KeyFile, Passphrase, RecoveryCode, VaultError};

/// How long a wrong passphrase or code waits before it is refused, on top of Argon2id's own
/// time, so guessing by hand is slow.
pub const WRONG_SECRET_DELAY: Duration = Duration::from_secs(1);

/// Whether the diary on this device is encrypted, and whether it is locked now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LockState {
    pub encrypted: bool,
    pub locked: bool,
    /// Minutes without use before the window locks the diary; 0 for never. Known only while
    /// the diary is open (it is kept in the diary).
    pub idle_lock_minutes: u32,
}

/// The idle times a person can choose, in minutes (0: never).
pub const IDLE_LOCK_CHOICES: [u32; 6] = [0, 1, 5, 15, 30, 60];
/// Until the person chooses: long enough not to interrupt a session, short enough for a
/// laptop left open.
pub const DEFAULT_IDLE_LOCK_MINUTES: u32 = 15;

/// The chosen idle time.
pub fn idle_lock_minutes(conn: &Connection) -> Result<u32, AppError> {
    let stored = store::get_setting(conn, Setting::IdleLockMinutes)?;
    Ok(stored.and_then(|text| text.parse().ok()).filter(|m| IDLE_LOCK_CHOICES.contains(m)).unwrap_or(DEFAULT_IDLE_LOCK_MINUTES))
}

/// Sets the idle time; only one of [`IDLE_LOCK_CHOICES`].
pub fn set_idle_lock_minutes(conn: &Connection, minutes: u32) -> Result<(), AppError> {
    if !IDLE_LOCK_CHOICES.contains(&minutes) {
        return Err(AppError::field("idleLockMinutes", crate::t!("settings-idle-lock-choices")));
    }
    Ok(store::set_setting(conn, Setting::IdleLockMinutes, &minutes.to_string())?)
}

/// Whether the diary is encrypted (see `DiaryFiles::is_encrypted`).
pub fn is_encrypted(files: &DiaryFiles) -> Result<bool, AppError> {
    Ok(files.is_encrypted()?)
}

/// The lock state of `diary`.
pub fn lock_state(diary: &Diary, files: &DiaryFiles) -> Result<LockState, AppError> {
    Ok(match diary {
        Diary::Open { conn, key: Some(_) } => LockState { encrypted: true, locked: false, idle_lock_minutes: idle_lock_minutes(conn)? },
        Diary::Open { key: None, .. } => LockState { encrypted: false, locked: false, idle_lock_minutes: 0 },
        Diary::Locked => LockState { encrypted: true, locked: true, idle_lock_minutes: 0 },
        Diary::Failed(_) => LockState { encrypted: is_encrypted(files)?, locked: false, idle_lock_minutes: 0 },
    })
}

/// Unlocks a locked diary with its passphrase. An open diary stays as it is.
pub fn unlock(diary: &mut Diary, files: &DiaryFiles, passphrase: &Passphrase) -> Result<(), AppError> {
    if !matches!(diary, Diary::Locked) {
        return Ok(());
    }
    let key = key_from_passphrase(files, passphrase)?;
    open_with(diary, files, key)
}

/// With a lost passphrase: the recovery code opens the key and `new_passphrase` replaces the
/// old one (the recovery code keeps working). A locked diary is unlocked too.
pub fn reset_passphrase(diary: &mut Diary, files: &DiaryFiles, code: &str, new_passphrase: &Passphrase) -> Result<(), AppError> {
    new_passphrase.check_new()?;
    let code = RecoveryCode::parse(code)?;
    let key_file = KeyFile::read(&files.key)?;
    let key = slow_when_wrong(key_file.unlock_with_recovery_code(&code))?;
    write_key_file(files, &key_file.with_new_passphrase(&key, new_passphrase)?)?;
    if matches!(diary, Diary::Locked) {
        open_with(diary, files, key)?;
    }
    Ok(())
}

/// Seals the same key by a new passphrase; the diary's pages are not touched.
pub fn change_passphrase(files: &DiaryFiles, current: &Passphrase, new_passphrase: &Passphrase) -> Result<(), AppError> {
    new_passphrase.check_new()?;
    let key_file = KeyFile::read(&files.key)?;
    let key = slow_when_wrong(key_file.unlock(current))?;
    write_key_file(files, &key_file.with_new_passphrase(&key, new_passphrase)?)
}

/// Locks an encrypted diary: the connection closes and the key zeroes itself.
pub fn lock(diary: &mut Diary) -> Result<(), AppError> {
    match diary {
        Diary::Open { key: Some(_), .. } | Diary::Locked => {
            *diary = Diary::Locked;
            Ok(())
        }
        Diary::Open { key: None, .. } => Err(AppError::refused(crate::t!("settings-lock-needs-encryption"))),
        Diary::Failed(problem) => Err(DiaryUnavailable::NotOpened(problem.clone()).into()),
    }
}

/// What turning encryption on tells the person, once.
pub struct Encrypted {
    /// The recovery code, in its printed form.
    pub recovery_code: Zeroizing<String>,
    /// Plain copies of the diary that BackTrack had kept beside it, now removed.
    pub removed_copies: usize,
}

/// Encrypts the open plain diary in place and leaves it open (encrypted). On failure the diary
/// is unchanged and open as before.
pub fn encrypt(diary: &mut Diary, files: &DiaryFiles, passphrase: &Passphrase) -> Result<Encrypted, AppError> {
    passphrase.check_new()?;
    let conn = match std::mem::replace(diary, Diary::Locked) {
        Diary::Open { conn, key: None } => conn,
        other => {
            let refusal = match &other {
                Diary::Open { .. } | Diary::Locked => AppError::refused(crate::t!("settings-already-encrypted")),
                Diary::Failed(problem) => DiaryUnavailable::NotOpened(problem.clone()).into(),
            };
            *diary = other;
            return Err(refusal);
        }
    };
    let key = DiaryKey::generate()?;
    let code = RecoveryCode::generate()?;
    let key_file = KeyFile::create(&key, passphrase, &code, KdfParams::STANDARD)?;
    match store::convert_in_place(conn, &files.db, Some(&key), || write_key_file(files, &key_file)) {
        Ok(()) => {
            *diary = Diary::open_encrypted(files, key);
            Ok(Encrypted { recovery_code: code.display(), removed_copies: remove_plain_copies(files) })
        }
        Err(error) => {
            // The key file may be written already: it is stale beside the plain diary.
            files.tidy_stale_key_file();
            *diary = Diary::open_plain(files);
            Err(error)
        }
    }
}

/// Decrypts the open encrypted diary in place once `passphrase` is confirmed, and leaves it
/// open (plain). On failure the diary is unchanged and open as before.
pub fn decrypt(diary: &mut Diary, files: &DiaryFiles, passphrase: &Passphrase) -> Result<(), AppError> {
    if !matches!(diary, Diary::Open { key: Some(_), .. }) {
        return Err(match diary.unavailable() {
            Some(problem) => problem.into(),
            None => AppError::refused(crate::t!("settings-not-encrypted")),
        });
    }
    // Checked first: a wrong passphrase gives up nothing.
    key_from_passphrase(files, passphrase)?;
    let (conn, key) = match std::mem::replace(diary, Diary::Locked) {
        Diary::Open { conn, key: Some(key) } => (conn, key),
        other => {
            // Not reached: checked above, under the same lock.
            *diary = other;
            return Err(AppError::refused(crate::t!("settings-not-encrypted")));
        }
    };
    match store::convert_in_place::<AppError>(conn, &files.db, None, || Ok(())) {
        Ok(()) => {
            files.remove_key_file();
            *diary = Diary::open_plain(files);
            // A plain diary keeps no backup passphrase: its automatic backups are plain again.
            if let Diary::Open { conn, .. } = diary {
                store::set_backup_passphrase(conn, None)?;
            }
            Ok(())
        }
        Err(error) => {
            *diary = Diary::open_encrypted(files, key);
            Err(error)
        }
    }
}

/// The diary key, if `passphrase` opens the key file.
pub fn key_from_passphrase(files: &DiaryFiles, passphrase: &Passphrase) -> Result<DiaryKey, AppError> {
    let key_file = KeyFile::read(&files.key)?;
    slow_when_wrong(key_file.unlock(passphrase))
}

fn open_with(diary: &mut Diary, files: &DiaryFiles, key: DiaryKey) -> Result<(), AppError> {
    let conn = store::open_with_key(&files.db, Some(&key))?;
    *diary = Diary::Open { conn, key: Some(key) };
    Ok(())
}

fn write_key_file(files: &DiaryFiles, key_file: &KeyFile) -> Result<(), AppError> {
    key_file.write(&files.key).map_err(|e| AppError::Storage {
        message: crate::t!("errors-key-file-not-written", path = files.key.display().to_string(), problem = e.to_string()),
    })
}

fn slow_when_wrong(result: Result<DiaryKey, VaultError>) -> Result<DiaryKey, AppError> {
    if matches!(result, Err(VaultError::WrongPassphrase | VaultError::WrongRecoveryCode)) {
        std::thread::sleep(WRONG_SECRET_DELAY);
    }
    Ok(result?)
}

/// Removes the plain copies the store keeps beside the diary (before a migration, before a
/// replacing restore): once the diary is encrypted they would be the readable part of it.
fn remove_plain_copies(files: &DiaryFiles) -> usize {
    let Some(dir) = files.db.parent() else { return 0 };
    let Some(name) = files.db.file_name().and_then(|n| n.to_str()) else { return 0 };
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let prefix = format!("{name}.before-");
    entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".bak")))
        .filter(|path| matches!(store::diary_file_kind(path), Ok(DiaryFileKind::Plain)))
        .filter(|path| std::fs::remove_file(path).is_ok())
        .count()
}
