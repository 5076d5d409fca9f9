//! Encrypted backup files in the age format (age-encryption.org/v1), passphrase mode: scrypt
//! turns the passphrase into the file key. Any age tool (`age -d`, `rage -d`) opens them, so a
//! backup never depends on BackTrack to be read.

use age::secrecy::SecretString;

use super::{Passphrase, VaultError};

/// Every binary age file starts with this line.
const AGE_HEADER: &[u8] = b"age-encryption.org/v1\n";

/// Whether `bytes` are an age file (rather than a plain JSON backup).
pub fn is_age_file(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_HEADER)
}

/// `plain` encrypted by `passphrase`.
pub fn encrypt_backup(plain: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>, VaultError> {
    passphrase.check_new()?;
    let recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.as_str().to_owned()));
    age::encrypt(&recipient, plain).map_err(|e| VaultError::DamagedBackup(e.to_string()))
}

/// The plain backup inside an age file, if `passphrase` opens it.
pub fn decrypt_backup(encrypted: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>, VaultError> {
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.as_str().to_owned()));
    age::decrypt(&identity, encrypted).map_err(|error| match error {
        age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => VaultError::WrongBackupPassphrase,
        other => VaultError::DamagedBackup(other.to_string()),
    })
}
