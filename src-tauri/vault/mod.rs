//! The secrets of an encrypted diary, with no SQL and no files of the diary itself: the random
//! diary key, the key file that keeps it wrapped (by the passphrase and by the recovery code),
//! and age encryption for backup files.
//!
//! Invariants:
//! - The diary key is random (32 bytes from the OS) and never leaves memory unwrapped; it lives
//!   in a [`DiaryKey`], which zeroes its bytes when dropped.
//! - Changing the passphrase writes a new key file around the same key: the diary's pages are
//!   not touched.
//! - A wrong passphrase or recovery code is told apart from a damaged key file, and neither
//!   writes anything.

mod age_file;
mod key_file;
mod recovery_code;

pub use age_file::{decrypt_backup, encrypt_backup, is_age_file};
pub use key_file::{KdfParams, KeyFile, KEY_FILE_NAME};
pub use recovery_code::RecoveryCode;

use zeroize::Zeroizing;

/// The key SQLCipher encrypts the diary's pages with. Dropping it zeroes it.
pub struct DiaryKey(Zeroizing<[u8; 32]>);

impl DiaryKey {
    /// A new random key.
    pub fn generate() -> Result<Self, VaultError> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        fill_random(bytes.as_mut())?;
        Ok(DiaryKey(bytes))
    }

    fn from_bytes(bytes: Zeroizing<[u8; 32]>) -> Self {
        DiaryKey(bytes)
    }

    fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The `PRAGMA key` value: a raw key in SQLCipher's `x'…'` form, so SQLCipher does no key
    /// derivation of its own (Argon2id has done it). The string zeroes itself when dropped.
    pub fn sqlcipher_pragma(&self) -> Zeroizing<String> {
        let mut text = Zeroizing::new(String::with_capacity(67));
        text.push_str("x'");
        for byte in self.0.iter() {
            text.push(hex_digit(byte >> 4));
            text.push(hex_digit(byte & 0x0f));
        }
        text.push('\'');
        text
    }
}

impl std::fmt::Debug for DiaryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DiaryKey(hidden)")
    }
}

/// A passphrase as typed. It zeroes itself when dropped, and is never printed.
pub struct Passphrase(Zeroizing<String>);

/// The fewest characters a new passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

impl Passphrase {
    /// Takes what was typed as it is (no trimming: spaces can be part of a passphrase).
    pub fn new(text: String) -> Self {
        Passphrase(Zeroizing::new(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Checks a passphrase that is about to be set.
    pub fn check_new(&self) -> Result<(), VaultError> {
        if self.0.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(VaultError::WeakPassphrase);
        }
        Ok(())
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(hidden)")
    }
}

/// What can go wrong with the diary's secrets, in words a person can act on (from the `errors`
/// catalog, in the language in force when it is shown).
#[derive(Debug)]
pub enum VaultError {
    WrongPassphrase,
    WrongRecoveryCode,
    MalformedRecoveryCode,
    WeakPassphrase,
    WrongBackupPassphrase,
    /// The key file (named) is damaged.
    DamagedKeyFile(String),
    /// The encrypted backup could not be read; the words say why.
    DamagedBackup(String),
    /// The OS gave no random numbers.
    Random(String),
    /// The key derivation failed.
    Kdf(String),
}

impl std::fmt::Display for VaultError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            VaultError::WrongPassphrase => crate::t!("errors-vault-wrong-passphrase"),
            VaultError::WrongRecoveryCode => crate::t!("errors-vault-wrong-recovery-code"),
            VaultError::MalformedRecoveryCode => crate::t!("errors-vault-malformed-recovery-code"),
            VaultError::WeakPassphrase => crate::t!("errors-vault-weak-passphrase", min = MIN_PASSPHRASE_CHARS),
            VaultError::WrongBackupPassphrase => crate::t!("errors-vault-wrong-backup-passphrase"),
            VaultError::DamagedKeyFile(path) => crate::t!("errors-vault-damaged-key-file", path = path.as_str()),
            VaultError::DamagedBackup(problem) => crate::t!("errors-vault-damaged-backup", problem = problem.as_str()),
            VaultError::Random(problem) => crate::t!("errors-vault-random", problem = problem.as_str()),
            VaultError::Kdf(problem) => crate::t!("errors-vault-kdf", problem = problem.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for VaultError {}

fn fill_random(bytes: &mut [u8]) -> Result<(), VaultError> {
    getrandom::fill(bytes).map_err(|e| VaultError::Random(e.to_string()))
}

fn hex_digit(nibble: u8) -> char {
    char::from(b"0123456789abcdef"[usize::from(nibble & 0x0f)])
}

/// Lower-case hex of `bytes`.
fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().flat_map(|b| [hex_digit(b >> 4), hex_digit(b & 0x0f)]).collect()
}

/// The bytes of lower- or upper-case hex, or `None` if it is not hex.
fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

#[cfg(test)]
mod tests;
