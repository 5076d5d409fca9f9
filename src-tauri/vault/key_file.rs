//! The key file, `backtrack.key`, beside an encrypted diary: the diary key sealed twice, once
//! by a key derived from the passphrase (Argon2id) and once by one derived from the recovery
//! code. Each seal is XChaCha20-Poly1305 with its own random salt and nonce, so a wrong secret
//! fails the seal's check instead of giving a wrong key.
//!
//! ```json
//! { "format": "backtrack-key", "version": 1,
//!   "kdf": { "algorithm": "argon2id", "memoryKib": 65536, "iterations": 3, "parallelism": 1 },
//!   "passphrase": { "salt": "<hex>", "nonce": "<hex>", "sealed": "<hex>" },
//!   "recovery":   { "salt": "<hex>", "nonce": "<hex>", "sealed": "<hex>" } }
//! ```
//!
//! The recovery code carries 160 random bits, so it needs no stretching; it still goes through
//! the same Argon2id, so both seals are opened the same way.

use std::path::Path;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{fill_random, from_hex, to_hex, DiaryKey, Passphrase, RecoveryCode, VaultError};

/// The key file's name inside the data folder.
pub const KEY_FILE_NAME: &str = "backtrack.key";
const FORMAT: &str = "backtrack-key";
const VERSION: u32 = 1;

/// Argon2id's cost. Kept in the file, so a later version can raise the defaults and still open
/// an older file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KdfParams {
    algorithm: Algorithm,
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Algorithm {
    Argon2id,
}

impl KdfParams {
    /// 64 MiB, 3 passes, one lane: RFC 9106's second recommended setting, with one lane because
    /// a phone may give the app a single core. About half a second to unlock on a laptop core
    /// (docs/benchmarks.md), which an attacker pays for every guess.
    pub const STANDARD: KdfParams = KdfParams { algorithm: Algorithm::Argon2id, memory_kib: 64 * 1024, iterations: 3, parallelism: 1 };

    /// Another cost, for tests that need a quick key (the app always writes [`Self::STANDARD`]).
    pub const fn new(memory_kib: u32, iterations: u32, parallelism: u32) -> Self {
        KdfParams { algorithm: Algorithm::Argon2id, memory_kib, iterations, parallelism }
    }

    fn derive(&self, secret: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, VaultError> {
        let params = argon2::Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32)).map_err(|e| VaultError::Kdf(e.to_string()))?;
        let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; 32]);
        argon.hash_password_into(secret, salt, out.as_mut()).map_err(|e| VaultError::Kdf(e.to_string()))?;
        Ok(out)
    }
}

/// One sealed copy of the diary key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Seal {
    salt: String,
    nonce: String,
    sealed: String,
}

/// What each seal's check binds the key to, so a seal cannot be moved to the other slot.
const PASSPHRASE_SLOT: &[u8] = b"backtrack-key v1 passphrase";
const RECOVERY_SLOT: &[u8] = b"backtrack-key v1 recovery";

/// The parsed key file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyFile {
    format: String,
    version: u32,
    kdf: KdfParams,
    passphrase: Seal,
    recovery: Seal,
}

impl KeyFile {
    /// Seals `key` by `passphrase` and by `code`.
    pub fn create(key: &DiaryKey, passphrase: &Passphrase, code: &RecoveryCode, kdf: KdfParams) -> Result<Self, VaultError> {
        Ok(KeyFile {
            format: FORMAT.to_owned(),
            version: VERSION,
            kdf,
            passphrase: seal(&kdf, passphrase.as_str().as_bytes(), PASSPHRASE_SLOT, key)?,
            recovery: seal(&kdf, code.secret_bytes(), RECOVERY_SLOT, key)?,
        })
    }

    /// The diary key, if `passphrase` is the right one.
    pub fn unlock(&self, passphrase: &Passphrase) -> Result<DiaryKey, VaultError> {
        open_seal(&self.kdf, &self.passphrase, passphrase.as_str().as_bytes(), PASSPHRASE_SLOT)?.ok_or(VaultError::WrongPassphrase)
    }

    /// The diary key, if `code` is the right recovery code.
    pub fn unlock_with_recovery_code(&self, code: &RecoveryCode) -> Result<DiaryKey, VaultError> {
        open_seal(&self.kdf, &self.recovery, code.secret_bytes(), RECOVERY_SLOT)?.ok_or(VaultError::WrongRecoveryCode)
    }

    /// The same key sealed by a new passphrase; the recovery seal is kept as it is.
    pub fn with_new_passphrase(&self, key: &DiaryKey, passphrase: &Passphrase) -> Result<Self, VaultError> {
        passphrase.check_new()?;
        Ok(KeyFile { passphrase: seal(&self.kdf, passphrase.as_str().as_bytes(), PASSPHRASE_SLOT, key)?, ..self.clone() })
    }

    /// Reads and checks the key file at `path`.
    pub fn read(path: &Path) -> Result<Self, VaultError> {
        let damaged = |why: String| VaultError::DamagedKeyFile(format!("{} ({why})", path.display()));
        let bytes = std::fs::read(path).map_err(|e| damaged(e.to_string()))?;
        let file: KeyFile = serde_json::from_slice(&bytes).map_err(|e| damaged(e.to_string()))?;
        if file.format != FORMAT || file.version != VERSION {
            return Err(damaged(crate::t!("errors-vault-key-file-version", version = VERSION)));
        }
        Ok(file)
    }

    /// Writes the key file at `path` atomically and durably.
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        let bytes = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        crate::files::write_atomically(path, &bytes)
    }
}

fn cipher(kdf: &KdfParams, secret: &[u8], salt: &[u8]) -> Result<XChaCha20Poly1305, VaultError> {
    let wrapping = kdf.derive(secret, salt)?;
    Ok(XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(wrapping.as_ref())))
}

fn seal(kdf: &KdfParams, secret: &[u8], slot: &[u8], key: &DiaryKey) -> Result<Seal, VaultError> {
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 24];
    fill_random(&mut salt)?;
    fill_random(&mut nonce)?;
    let sealed = cipher(kdf, secret, &salt)?
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: key.bytes(), aad: slot })
        .map_err(|e| VaultError::Kdf(e.to_string()))?;
    Ok(Seal { salt: to_hex(&salt), nonce: to_hex(&nonce), sealed: to_hex(&sealed) })
}

/// `Ok(None)` when the secret is wrong; an error when the seal itself is unreadable.
fn open_seal(kdf: &KdfParams, seal: &Seal, secret: &[u8], slot: &[u8]) -> Result<Option<DiaryKey>, VaultError> {
    let damaged = || VaultError::DamagedKeyFile(format!("{KEY_FILE_NAME} (a seal is not valid hex of the right length)"));
    let salt = from_hex(&seal.salt).ok_or_else(damaged)?;
    let nonce = from_hex(&seal.nonce).filter(|n| n.len() == 24).ok_or_else(damaged)?;
    let sealed = from_hex(&seal.sealed).ok_or_else(damaged)?;
    let Ok(opened) = cipher(kdf, secret, &salt)?.decrypt(XNonce::from_slice(&nonce), Payload { msg: &sealed, aad: slot }) else {
        return Ok(None);
    };
    let opened = Zeroizing::new(opened);
    let bytes: [u8; 32] = opened.as_slice().try_into().map_err(|_| damaged())?;
    Ok(Some(DiaryKey::from_bytes(Zeroizing::new(bytes))))
}
