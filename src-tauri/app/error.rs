//! The one error of the application layer, for every face. The window gets it over IPC as
//! `{ kind, message, ... }` and branches on `kind`, never on text; the command line prints
//! its message.

use serde::Serialize;
use ts_rs::TS;

use crate::domain::validation::{FieldError, ValidationErrors};
use crate::export::backup::BackupError;
use crate::export::job::ExportError;
use crate::state::DiaryUnavailable;
use crate::store::StoreError;
use crate::vault::VaultError;

#[derive(Debug, Serialize, TS, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum AppError {
    /// The input was rejected; `fields` says which and why. Nothing was written.
    #[error("{message}")]
    Validation { message: String, fields: Vec<FieldError> },
    /// The thing asked for does not exist (any more).
    #[error("{message}")]
    NotFound { message: String },
    /// The diary could not be opened at start-up.
    #[error("{message}")]
    Unavailable { message: String },
    /// The disk or the database failed.
    #[error("{message}")]
    Storage { message: String },
    /// The diary is encrypted and locked: it has to be unlocked first.
    #[error("{message}")]
    Locked { message: String },
}

impl From<ValidationErrors> for AppError {
    fn from(errors: ValidationErrors) -> Self {
        let message = crate::t!("errors-fix-highlighted", count = errors.fields.len());
        AppError::Validation { message, fields: errors.fields }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        let message = error.to_string();
        match error {
            StoreError::EntryNotFound(_)
            | StoreError::MedicationNotFound(_)
            | StoreError::SessionNotFound(_)
            | StoreError::PauseNotFound(_)
            | StoreError::FlareNotFound(_)
            | StoreError::ReminderNotFound(_)
            | StoreError::ActivityNotFound(_)
            | StoreError::RatingNotFound(_) => AppError::NotFound { message },
            StoreError::NotADatabase { .. }
            | StoreError::ForeignDatabase { .. }
            | StoreError::NewerVersion { .. }
            | StoreError::KeyDoesNotFit { .. } => AppError::Unavailable { message },
            StoreError::InUse => AppError::refused(message),
            StoreError::Sqlite(_) | StoreError::Corrupt(_) | StoreError::DataDir { .. } | StoreError::CopyCheck(_) => {
                tracing::error!(%message, "storage failure");
                AppError::Storage { message: crate::t!("errors-storage-failed", details = message) }
            }
        }
    }
}

impl From<DiaryUnavailable> for AppError {
    fn from(problem: DiaryUnavailable) -> Self {
        let message = problem.to_string();
        match problem {
            DiaryUnavailable::NotOpened(_) => AppError::Unavailable { message },
            DiaryUnavailable::Locked => AppError::Locked { message },
            DiaryUnavailable::Poisoned => AppError::Storage { message },
        }
    }
}

impl AppError {
    /// An id from the UI that is not a UUID can name nothing. `what` is one of the words the
    /// commands pass (`entry`, `medication`, `exercise session`, `pause`, `reminder`,
    /// `activity`, `rating`); the catalog turns it into the person's words.
    pub fn unknown_id(what: &str, id: &str) -> Self {
        AppError::NotFound { message: crate::t!("errors-unknown-id", what = what.replace(' ', "_"), id = id) }
    }

    /// A rejected input that belongs to no one field.
    pub fn refused(message: impl Into<String>) -> Self {
        AppError::Validation { message: message.into(), fields: Vec::new() }
    }

    /// One field's problem, shown beside that field.
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        let mut errors = ValidationErrors::default();
        errors.push(field, message);
        errors.into()
    }
}

impl From<ExportError> for AppError {
    fn from(error: ExportError) -> Self {
        match error {
            ExportError::Store(e) => e.into(),
            ExportError::Backup(e) => e.into(),
            ExportError::OwnFile(refusal) => AppError::Validation { message: refusal.to_string(), fields: Vec::new() },
            other => AppError::Storage { message: other.to_string() },
        }
    }
}

impl From<BackupError> for AppError {
    fn from(error: BackupError) -> Self {
        match error {
            BackupError::Refused(message) => AppError::Validation { message, fields: Vec::new() },
            BackupError::Store(e) => e.into(),
            BackupError::Json(e) => AppError::Storage { message: crate::t!("errors-backup-not-written", problem = e.to_string()) },
        }
    }
}

impl From<VaultError> for AppError {
    fn from(error: VaultError) -> Self {
        let message = error.to_string();
        match error {
            VaultError::WrongPassphrase => AppError::field("passphrase", message),
            VaultError::WrongRecoveryCode | VaultError::MalformedRecoveryCode => AppError::field("recoveryCode", message),
            VaultError::WeakPassphrase => AppError::field("newPassphrase", message),
            VaultError::WrongBackupPassphrase => AppError::field("backupPassphrase", message),
            VaultError::DamagedKeyFile(_) | VaultError::DamagedBackup(_) => AppError::refused(message),
            VaultError::Random(_) | VaultError::Kdf(_) => AppError::Storage { message },
        }
    }
}
