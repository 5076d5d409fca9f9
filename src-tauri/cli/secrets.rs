//! Where the command line gets a passphrase or recovery code: from a file named by an
//! environment variable (for scripts), else from a prompt on the terminal that does not echo.
//! Never from the argument list, which other users of the computer can read.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::{prompt as catalog_prompt, CliError, Reading};
use crate::t;
use crate::vault::Passphrase;

/// The secrets a command may need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Secret {
    /// The diary's passphrase (for `encrypt`, the one to set).
    Passphrase,
    /// The passphrase that replaces it (`passphrase`).
    NewPassphrase,
    /// The recovery code (`passphrase --recovery-code`).
    RecoveryCode,
    /// An encrypted backup's passphrase.
    BackupPassphrase,
}

impl Secret {
    /// The environment variable that can name a file holding it.
    pub const fn variable(self) -> &'static str {
        match self {
            Secret::Passphrase => "BACKTRACK_PASSPHRASE_FILE",
            Secret::NewPassphrase => "BACKTRACK_NEW_PASSPHRASE_FILE",
            Secret::RecoveryCode => "BACKTRACK_RECOVERY_CODE_FILE",
            Secret::BackupPassphrase => "BACKTRACK_BACKUP_PASSPHRASE_FILE",
        }
    }

    /// Which secret, for the catalog's `cli-needs-secret`.
    fn word(self) -> &'static str {
        match self {
            Secret::Passphrase | Secret::NewPassphrase => "passphrase",
            Secret::RecoveryCode => "recovery-code",
            Secret::BackupPassphrase => "backup-passphrase",
        }
    }

    const ALL: [Secret; 4] = [Secret::Passphrase, Secret::NewPassphrase, Secret::RecoveryCode, Secret::BackupPassphrase];
}

/// The files named for each secret, read once from the environment (or given by a test).
#[derive(Debug, Clone, Default)]
pub struct SecretFiles(Vec<(Secret, PathBuf)>);

impl SecretFiles {
    pub fn from_environment() -> Self {
        SecretFiles(
            Secret::ALL
                .into_iter()
                .filter_map(|secret| std::env::var_os(secret.variable()).filter(|v| !v.is_empty()).map(|path| (secret, PathBuf::from(path))))
                .collect(),
        )
    }

    /// Names `path` as the file holding `secret`.
    pub fn with(mut self, secret: Secret, path: PathBuf) -> Self {
        self.0.retain(|(s, _)| *s != secret);
        self.0.push((secret, path));
        self
    }

    /// Asks for `secret`: its file when one is named (a final line break is not part of it),
    /// else the terminal, without echo. `prompt` is what the terminal shows.
    pub fn ask(&self, secret: Secret, prompt: &str) -> Result<Passphrase, CliError> {
        if let Some((_, path)) = self.0.iter().find(|(s, _)| *s == secret) {
            let text = std::fs::read_to_string(path).map_err(|source| CliError::File { read: Reading::File(path.clone()), source })?;
            let text = text.strip_suffix('\n').map(|t| t.strip_suffix('\r').unwrap_or(t)).unwrap_or(&text);
            return Ok(Passphrase::new(text.to_owned()));
        }
        if !std::io::stdin().is_terminal() {
            return Err(CliError::Input(t!("cli-needs-secret", secret = secret.word(), variable = secret.variable())));
        }
        let typed = rpassword::prompt_password(prompt).map_err(|source| CliError::File { read: Reading::Terminal, source })?;
        Ok(Passphrase::new(typed))
    }

    /// Asks twice for a passphrase to set, unless it comes from a file.
    pub fn ask_new(&self, secret: Secret, prompt: &str) -> Result<Passphrase, CliError> {
        let first = self.ask(secret, prompt)?;
        if self.0.iter().any(|(s, _)| *s == secret) {
            return Ok(first);
        }
        let again = self.ask(secret, &catalog_prompt("cli-prompt-again"))?;
        if again.as_str() != first.as_str() {
            return Err(CliError::Input(t!("cli-passphrases-differ")));
        }
        Ok(first)
    }
}
