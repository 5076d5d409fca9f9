//! The command line's encryption verbs (`encrypt`, `decrypt`, `passphrase`) and the one way
//! every verb opens the diary, encrypted or not.

use rusqlite::Connection;

use super::secrets::Secret;
use super::{CliContext, CliError, Console};
use crate::app::privacy;
use crate::state::Diary;
use crate::store::{self, DiaryFiles};

const PASSPHRASE_PROMPT: &str = "Passphrase for the diary: ";

/// Opens the diary for one command: a plain diary at once, an encrypted one with its
/// passphrase (from the prompt or `BACKTRACK_PASSPHRASE_FILE`).
pub(super) fn open_diary(context: &CliContext) -> Result<Connection, CliError> {
    let files = DiaryFiles::in_folder(&context.data_dir);
    files.tidy_stale_key_file();
    if !privacy::is_encrypted(&files)? {
        return store::open(&files.db).map_err(|e| CliError::App(e.into()));
    }
    let passphrase = context.secrets.ask(Secret::Passphrase, PASSPHRASE_PROMPT)?;
    let key = privacy::key_from_passphrase(&files, &passphrase)?;
    store::open_with_key(&files.db, Some(&key)).map_err(|e| CliError::App(e.into()))
}

/// Whether the diary on this device is encrypted.
pub(super) fn diary_is_encrypted(context: &CliContext) -> Result<bool, CliError> {
    Ok(privacy::is_encrypted(&DiaryFiles::in_folder(&context.data_dir))?)
}

pub(super) fn encrypt(context: &CliContext, console: &mut Console<'_>) -> Result<(), CliError> {
    let files = DiaryFiles::in_folder(&context.data_dir);
    if privacy::is_encrypted(&files)? {
        return Err(CliError::Input("The diary is already encrypted. Nothing was changed.".into()));
    }
    writeln!(
        console.err,
        "Encrypting keeps the diary safe if this computer is lost or shared. If you lose both the passphrase and the \
         recovery code, nobody can open the diary, not even you."
    )?;
    let passphrase = context.secrets.ask_new(Secret::Passphrase, "New passphrase for the diary: ")?;
    let mut diary = Diary::open_plain(&files);
    let done = privacy::encrypt(&mut diary, &files, &passphrase)?;
    writeln!(console.err, "The diary is encrypted. Write down this recovery code and keep it somewhere safe; it is shown only now:")?;
    writeln!(console.out, "{}", done.recovery_code.as_str())?;
    if done.removed_copies > 0 {
        writeln!(console.err, "Removed {} plain copies of the diary that BackTrack had kept beside it.", done.removed_copies)?;
    }
    Ok(())
}

pub(super) fn decrypt(context: &CliContext, console: &mut Console<'_>) -> Result<(), CliError> {
    let files = DiaryFiles::in_folder(&context.data_dir);
    if !privacy::is_encrypted(&files)? {
        return Err(CliError::Input("The diary is not encrypted. Nothing was changed.".into()));
    }
    let passphrase = context.secrets.ask(Secret::Passphrase, PASSPHRASE_PROMPT)?;
    let key = privacy::key_from_passphrase(&files, &passphrase)?;
    let mut diary = Diary::open_encrypted(&files, key);
    privacy::decrypt(&mut diary, &files, &passphrase)?;
    writeln!(console.err, "The diary is no longer encrypted.")?;
    Ok(())
}

pub(super) fn passphrase(context: &CliContext, console: &mut Console<'_>, recovery_code: bool) -> Result<(), CliError> {
    let files = DiaryFiles::in_folder(&context.data_dir);
    if !privacy::is_encrypted(&files)? {
        return Err(CliError::Input("The diary is not encrypted, so it has no passphrase. Use `backtrack encrypt`.".into()));
    }
    if recovery_code {
        let code = context.secrets.ask(Secret::RecoveryCode, "Recovery code: ")?;
        let new_passphrase = context.secrets.ask_new(Secret::NewPassphrase, "New passphrase: ")?;
        privacy::reset_passphrase(&mut Diary::Locked, &files, code.as_str(), &new_passphrase)?;
    } else {
        let current = context.secrets.ask(Secret::Passphrase, "Current passphrase: ")?;
        let new_passphrase = context.secrets.ask_new(Secret::NewPassphrase, "New passphrase: ")?;
        privacy::change_passphrase(&files, &current, &new_passphrase)?;
    }
    writeln!(console.err, "The passphrase is changed. The recovery code still works.")?;
    Ok(())
}
