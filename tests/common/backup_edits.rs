//! Editing backup files in tests, as a careful (or hostile) editor would: change the tables,
//! then give the file a matching checksum. The checksum is computed here on its own, from the
//! format's documentation in `export/backup.rs` (SHA-256 of the tables as compact JSON), so a
//! change to the format is noticed rather than followed.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// `sha256:<hex>` of `tables` written as compact JSON.
pub fn backup_checksum(tables: &Value) -> String {
    let digest = Sha256::digest(serde_json::to_vec(tables).unwrap_or_default());
    format!("sha256:{}", digest.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

/// `backup` with its tables changed by `edit` and a checksum that matches them.
pub fn with_tables(backup: &[u8], edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut document: Value = serde_json::from_slice(backup).unwrap_or_default();
    edit(&mut document["tables"]);
    document["checksum"] = Value::String(backup_checksum(&document["tables"]));
    serde_json::to_vec(&document).unwrap_or_default()
}
