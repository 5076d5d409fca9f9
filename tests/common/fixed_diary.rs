//! The fixed diary of tests/fixtures/export_diary.sql, loaded into a fresh, migrated diary, and
//! helpers to compare exports with golden files.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

/// A migrated diary in a temp folder with the fixed rows loaded. Keep the guard alive.
pub fn fixed_diary() -> (tempfile::TempDir, Connection) {
    let dir = super::temp_dir();
    let conn = fixed_diary_in(dir.path());
    (dir, conn)
}

pub fn fixed_diary_in(dir: &Path) -> Connection {
    let conn = backtrack::store::open(&super::db_path(dir)).expect("open");
    let sql = std::fs::read_to_string(fixture("export_diary.sql")).expect("fixture");
    conn.execute_batch(&sql).expect("the fixed diary did not load");
    conn
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Compares `actual` with `tests/fixtures/golden/<name>`. With `UPDATE_GOLDEN=1` the golden
/// file is rewritten instead (review the diff before committing it).
pub fn assert_golden(name: &str, actual: &[u8]) {
    let path = fixture("golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("write {name}: {e}"));
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| panic!("golden file {name} is missing ({e}); run with UPDATE_GOLDEN=1"));
    if expected != actual {
        let actual_text = String::from_utf8_lossy(actual);
        panic!("{name} differs from its golden file; a change to the format must be deliberate.\n--- actual ---\n{actual_text}");
    }
}

/// SHA-256 of the diary file after its WAL is folded in, to prove a refusal changed nothing.
pub fn file_hash(conn: &Connection, path: &Path) -> String {
    use sha2::{Digest, Sha256};
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").expect("checkpoint");
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect()
}
