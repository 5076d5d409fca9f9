//! The recovery code: 160 random bits written as 32 characters of Crockford's base32, in 8
//! groups of 4 (`7KQ2-M9XD-…`). Crockford's alphabet has no I, L, O or U, so a code copied by
//! hand reads back the same; when typed back, I and L count as 1 and O as 0, case and dashes
//! or spaces do not matter.

use zeroize::Zeroizing;

use super::{fill_random, VaultError};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BYTES: usize = 20;
const CHARS: usize = 32;

/// A recovery code. Its bytes zero themselves when dropped.
pub struct RecoveryCode(Zeroizing<[u8; BYTES]>);

impl RecoveryCode {
    /// A new random code.
    pub fn generate() -> Result<Self, VaultError> {
        let mut bytes = Zeroizing::new([0u8; BYTES]);
        fill_random(bytes.as_mut())?;
        Ok(RecoveryCode(bytes))
    }

    /// Reads a code as a person typed it back.
    pub fn parse(typed: &str) -> Result<Self, VaultError> {
        let mut values = Zeroizing::new(Vec::with_capacity(CHARS));
        for c in typed.chars().filter(|c| !matches!(c, '-' | ' ' | '\t' | '\n' | '\r')) {
            let c = match c.to_ascii_uppercase() {
                'I' | 'L' => '1',
                'O' => '0',
                other => other,
            };
            let value = ALPHABET.iter().position(|&a| char::from(a) == c).ok_or(VaultError::MalformedRecoveryCode)?;
            values.push(value as u8);
        }
        if values.len() != CHARS {
            return Err(VaultError::MalformedRecoveryCode);
        }
        let mut bytes = Zeroizing::new([0u8; BYTES]);
        // 32 five-bit values are exactly 20 bytes: pack them most significant bit first.
        for (index, value) in values.iter().enumerate() {
            for bit in 0..5 {
                if value >> (4 - bit) & 1 == 1 {
                    let position = index * 5 + bit;
                    bytes[position / 8] |= 0x80 >> (position % 8);
                }
            }
        }
        Ok(RecoveryCode(bytes))
    }

    /// The code to show once and print: 8 groups of 4.
    pub fn display(&self) -> Zeroizing<String> {
        let mut text = Zeroizing::new(String::with_capacity(CHARS + 7));
        for index in 0..CHARS {
            if index > 0 && index % 4 == 0 {
                text.push('-');
            }
            let mut value = 0u8;
            for bit in 0..5 {
                let position = index * 5 + bit;
                let set = self.0[position / 8] & (0x80 >> (position % 8)) != 0;
                value = value << 1 | u8::from(set);
            }
            text.push(char::from(ALPHABET[usize::from(value)]));
        }
        text
    }

    pub(super) fn secret_bytes(&self) -> &[u8] {
        self.0.as_ref()
    }
}

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(hidden)")
    }
}
