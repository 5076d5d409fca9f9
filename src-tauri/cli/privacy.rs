//! The command line's encryption verbs (`encrypt`, `decrypt`, `passphrase`) and the one way
//! every verb opens the diary, encrypted or not.

use rusqlite::Connection;

use super::secrets::Secret;
use super::{prompt, CliContext, CliError, Console};
use crate::app::privacy;
use crate::state::Diary;
use crate::store::{self, DiaryFiles};
use crate::t;

const PASSPHRASE_PROMPT: &str = "privacy-prompt-diary-passphrase";

/// Opens the diary for one command: a plain diary at once, an encrypted one with its
/// passphrase (from the prompt or `BACKTRACK_PASSPHRASE_FILE`). From then on the command
/// speaks the diary's language.
pub(super) fn open_diary(context: &CliContext) -> Result<Connection, CliError> {
    let files = DiaryFiles::in_folder(&context.data_dir);
    files.tidy_stale_key_file();
    let conn = if privacy::is_encrypted(&files)? {
        let passphrase = context.secrets.ask(Secret::Passphrase, &prompt(PASSPHRASE_PROMPT))?;
        let key = privacy::key_from_passphrase(&files, &passphrase)?;
        store::open_with_key(&files.db, Some(&key)).map_err(|e| CliError::App(e.into()))?
    } else {
        store::open(&files.db).map_err(|e| CliError::App(e.into()))?
    };
    crate::app::language::speak_diary_language(&conn)?;
    Ok(conn)
}

/// Whether the diary on this device is encrypted.
pub(super) fn diary_is_encrypted(context: &CliContext) -> Result<bool, CliError> {
    Ok(privacy::is_encrypted(&DiaryFiles::in_folder(&context.data_dir))?)
}

pub(super) fn encrypt(context: &CliContext, console: &mut Console<'_>) -> Result<(), CliError> {
    let files = DiaryFiles::in_folder(&context.data_dir);
    if privacy::is_encrypted(&files)? {
        return Err(CliError::Input(t!("privacy-already-encrypted")));
    }
    writeln!(console.err, "{}", t!("privacy-encrypt-warning"))?;
    let passphrase = context.secrets.ask_new(Secret::Passphrase, &prompt("privacy-prompt-new-diary-passphrase"))?;
    let mut diary = Diary::open_plain(&files);
    let done = privacy::encrypt(&mut diary, &files, &passphrase)?;
    writeln!(console.err, "{}", t!("privacy-encrypted-write-down-code"))?;
    writeln!(console.out, "{}", done.recovery_code.as_str())?;
    if done.removed_copies > 0 {
        writeln!(console.err, "{}", t!("privacy-removed-plain-copies", count = done.removed_copies))?;
    }
    Ok(())
}

pub(super) fn decrypt(context: &CliContext, console: &mut Console<'_>) -> Result<(), CliError> {
    let files = DiaryFiles::in_folder(&context.data_dir);
    if !privacy::is_encrypted(&files)? {
        return Err(CliError::Input(t!("privacy-not-encrypted")));
    }
    let passphrase = context.secrets.ask(Secret::Passphrase, &prompt(PASSPHRASE_PROMPT))?;
    let key = privacy::key_from_passphrase(&files, &passphrase)?;
    let mut diary = Diary::open_encrypted(&files, key);
    privacy::decrypt(&mut diary, &files, &passphrase)?;
    writeln!(console.err, "{}", t!("privacy-decrypted"))?;
    Ok(())
}

pub(super) fn passphrase(context: &CliContext, console: &mut Console<'_>, recovery_code: bool) -> Result<(), CliError> {
    let files = DiaryFiles::in_folder(&context.data_dir);
    if !privacy::is_encrypted(&files)? {
        return Err(CliError::Input(t!("privacy-no-passphrase")));
    }
    if recovery_code {
        let code = context.secrets.ask(Secret::RecoveryCode, &prompt("privacy-prompt-recovery-code"))?;
        let new_passphrase = context.secrets.ask_new(Secret::NewPassphrase, &prompt("privacy-prompt-new-passphrase"))?;
        privacy::reset_passphrase(&mut Diary::Locked, &files, code.as_str(), &new_passphrase)?;
    } else {
        let current = context.secrets.ask(Secret::Passphrase, &prompt("privacy-prompt-current-passphrase"))?;
        let new_passphrase = context.secrets.ask_new(Secret::NewPassphrase, &prompt("privacy-prompt-new-passphrase"))?;
        privacy::change_passphrase(&files, &current, &new_passphrase)?;
    }
    writeln!(console.err, "{}", t!("privacy-passphrase-changed"))?;
    Ok(())
}
