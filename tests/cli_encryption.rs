//! The encrypted diary from the command line, run as the real binary: `encrypt`, `decrypt`,
//! `passphrase` (with the old passphrase or the recovery code), every other verb opening the
//! encrypted diary, and age-encrypted backups. Passphrases come from files, as in a script.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sha2::{Digest, Sha256};

/// Words that must never be readable in an encrypted diary's files.
const SECRET_NOTE: &str = "walked the dog to Griffith Park observatory";
const SECRET_MEDICINE: &str = "Gabapentinzzz";

struct Diary {
    _dir: tempfile::TempDir,
    data: PathBuf,
    files: PathBuf,
}

impl Diary {
    fn new() -> Self {
        let dir = common::temp_dir();
        let data = dir.path().join("data");
        let files = dir.path().join("secrets");
        std::fs::create_dir_all(&files).expect("a folder for the passphrase files");
        Diary { _dir: dir, data, files }
    }

    /// A file holding `text`, as a script would write it (with a final line break).
    fn secret(&self, name: &str, text: &str) -> PathBuf {
        let path = self.files.join(name);
        std::fs::write(&path, format!("{text}\n")).expect("the passphrase file is written");
        path
    }

    fn run(&self, args: &[&str], secrets: &[(&str, &Path)]) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_backtrack"));
        command
            .args(args)
            .env("BACKTRACK_DATA_DIR", &self.data)
            .env("TZ", "America/Los_Angeles")
            .env_remove("BACKTRACK_PASSPHRASE_FILE")
            .env_remove("BACKTRACK_NEW_PASSPHRASE_FILE")
            .env_remove("BACKTRACK_RECOVERY_CODE_FILE")
            .env_remove("BACKTRACK_BACKUP_PASSPHRASE_FILE")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .stdin(std::process::Stdio::null());
        for (variable, path) in secrets {
            command.env(variable, path);
        }
        command.output().expect("the binary did not start")
    }

    fn ok(&self, args: &[&str], secrets: &[(&str, &Path)]) -> String {
        let output = self.run(args, secrets);
        assert!(output.status.success(), "{args:?} failed: {}", text(&output.stderr));
        text(&output.stdout)
    }

    fn db(&self) -> PathBuf {
        common::db_path(&self.data)
    }

    /// A diary with a note and a medication worth hiding, written through the app's own store.
    fn with_private_words(self) -> Self {
        let conn = backtrack::store::open(&self.db()).expect("a new diary");
        conn.execute_batch(&format!("INSERT INTO medication (id, name) VALUES ('6c6e1d52-0000-4000-8000-000000000001', '{SECRET_MEDICINE}');"))
            .expect("a medication");
        drop(conn);
        self.ok(&["log", "3", "--note", SECRET_NOTE], &[]);
        self
    }

    /// Every byte of the diary's files: the database, its -wal and -shm, and the key file.
    fn raw_bytes(&self) -> Vec<u8> {
        let mut all = Vec::new();
        for entry in std::fs::read_dir(&self.data).expect("the data folder") {
            all.extend(std::fs::read(entry.expect("an entry").path()).unwrap_or_default());
        }
        all
    }

    /// A digest of every file in the data folder, names included.
    fn fingerprint(&self) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&self.data)
            .expect("the data folder")
            .map(|entry| entry.expect("an entry").path())
            .map(|path| {
                (path.file_name().expect("a name").to_string_lossy().into_owned(), Sha256::digest(std::fs::read(&path).unwrap_or_default()).to_vec())
            })
            .collect();
        files.sort();
        files
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle.as_bytes())
}

const PASS: &str = "BACKTRACK_PASSPHRASE_FILE";
const NEW_PASS: &str = "BACKTRACK_NEW_PASSPHRASE_FILE";
const CODE: &str = "BACKTRACK_RECOVERY_CODE_FILE";
const BACKUP_PASS: &str = "BACKTRACK_BACKUP_PASSPHRASE_FILE";

#[test]
fn after_encrypting_no_note_or_medicine_is_readable_in_any_file_and_every_verb_asks_for_the_passphrase() {
    let diary = Diary::new().with_private_words();
    assert!(contains(&diary.raw_bytes(), SECRET_NOTE), "the plain diary holds the note (the test can see it)");
    let pass = diary.secret("pass", "correct horse battery");

    let code = diary.ok(&["encrypt"], &[(PASS, &pass)]);
    assert_eq!(code.trim().len(), 39, "the recovery code is printed once on stdout: {code}");

    let raw = diary.raw_bytes();
    assert!(!contains(&raw, SECRET_NOTE), "the note is not readable in the data folder after encrypting");
    assert!(!contains(&raw, SECRET_MEDICINE), "the medicine is not readable either");
    assert!(!contains(&raw, "SQLite format 3"), "no file in the folder is a plain SQLite database");

    let refused = diary.run(&["summary"], &[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("BACKTRACK_PASSPHRASE_FILE"), "{}", text(&refused.stderr));

    diary.ok(&["log", "5", "--note", "second entry"], &[(PASS, &pass)]);
    let summary = diary.ok(&["summary", "--json"], &[(PASS, &pass)]);
    assert!(summary.contains("\"entries\": 2"), "both entries are read back through the key: {summary}");
    assert!(!contains(&diary.raw_bytes(), "second entry"), "a new entry is encrypted too, -wal included");

    // A replacing restore keeps a copy of the diary beside it: that copy is encrypted as well.
    let backup = diary.files.join("plain-backup.json");
    diary.ok(&["backup", "--plain", "--out", backup.to_str().expect("utf-8")], &[(PASS, &pass)]);
    diary.ok(&["restore", backup.to_str().expect("utf-8"), "--replace", "--yes"], &[(PASS, &pass)]);
    let kept =
        std::fs::read_dir(&diary.data).expect("listed").filter_map(Result::ok).any(|e| e.file_name().to_string_lossy().contains("before-restore"));
    assert!(kept, "the replace kept a copy");
    assert!(!contains(&diary.raw_bytes(), SECRET_NOTE), "the kept copy is not readable either");
}

#[test]
fn a_wrong_passphrase_changes_no_file() {
    let diary = Diary::new().with_private_words();
    let pass = diary.secret("pass", "correct horse battery");
    diary.ok(&["encrypt"], &[(PASS, &pass)]);
    let before = diary.fingerprint();
    let wrong = diary.secret("wrong", "correct horse batterx");

    for verb in [&["decrypt"][..], &["log", "2"], &["summary"], &["passphrase"]] {
        let output = diary.run(verb, &[(PASS, &wrong), (NEW_PASS, &pass)]);
        assert_eq!(output.status.code(), Some(1), "{verb:?} is refused");
        assert!(text(&output.stderr).contains("That passphrase is not right"), "{verb:?}: {}", text(&output.stderr));
        assert_eq!(diary.fingerprint(), before, "{verb:?} with a wrong passphrase changed a file");
    }
}

#[test]
fn the_recovery_code_sets_a_new_passphrase_and_a_changed_passphrase_replaces_the_old() {
    let diary = Diary::new().with_private_words();
    let first = diary.secret("first", "first passphrase here");
    let code = diary.ok(&["encrypt"], &[(PASS, &first)]);
    let code_file = diary.secret("code", code.trim().to_lowercase().as_str());

    let second = diary.secret("second", "second passphrase here");
    diary.ok(&["passphrase"], &[(PASS, &first), (NEW_PASS, &second)]);
    assert_eq!(diary.run(&["summary"], &[(PASS, &first)]).status.code(), Some(1), "the old passphrase no longer opens the diary");
    diary.ok(&["summary"], &[(PASS, &second)]);

    // The passphrase is lost: the recovery code (typed in lower case) sets a third.
    let third = diary.secret("third", "third passphrase here");
    diary.ok(&["passphrase", "--recovery-code"], &[(CODE, &code_file), (NEW_PASS, &third)]);
    diary.ok(&["summary"], &[(PASS, &third)]);
    let wrong_code = diary.secret("wrong-code", "0000-0000-0000-0000-0000-0000-0000-0000");
    let refused = diary.run(&["passphrase", "--recovery-code"], &[(CODE, &wrong_code), (NEW_PASS, &first)]);
    assert!(text(&refused.stderr).contains("recovery code is not right"), "{}", text(&refused.stderr));
    diary.ok(&["summary"], &[(PASS, &third)]);
}

#[test]
fn decrypting_gives_back_the_same_diary_as_a_plain_file() {
    let diary = Diary::new().with_private_words();
    let pass = diary.secret("pass", "correct horse battery");
    diary.ok(&["encrypt"], &[(PASS, &pass)]);
    diary.ok(&["decrypt"], &[(PASS, &pass)]);
    assert!(!diary.data.join("backtrack.key").exists(), "the key file goes with the encryption");
    assert!(contains(&std::fs::read(diary.db()).expect("the diary"), "SQLite format 3"), "a plain SQLite file again");
    let summary = diary.ok(&["summary", "--json"], &[]);
    assert!(summary.contains("\"entries\": 1"), "{summary}");
}

#[test]
fn an_encrypted_backup_restores_with_its_passphrase_and_a_wrong_one_changes_nothing() {
    let diary = Diary::new().with_private_words();
    let pass = diary.secret("pass", "diary passphrase");
    diary.ok(&["encrypt"], &[(PASS, &pass)]);
    let backup_pass = diary.secret("backup-pass", "backup passphrase");
    let backup = diary.files.join("backup.json.age");
    // A backup of an encrypted diary is encrypted without being asked.
    diary.ok(&["backup", "--out", backup.to_str().expect("utf-8")], &[(PASS, &pass), (BACKUP_PASS, &backup_pass)]);
    let sealed = std::fs::read(&backup).expect("the backup");
    assert!(sealed.starts_with(b"age-encryption.org/v1\n"), "an age file");
    assert!(!contains(&sealed, SECRET_NOTE));

    let other = Diary::new();
    other.ok(&["log", "1"], &[]);
    let before = other.fingerprint();
    let wrong = other.secret("wrong", "not the backup passphrase");
    let refused = other.run(&["restore", backup.to_str().expect("utf-8")], &[(BACKUP_PASS, &wrong)]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("backup's passphrase is not right"), "{}", text(&refused.stderr));
    assert_eq!(other.fingerprint(), before, "a wrong backup passphrase leaves the diary untouched");

    other.ok(&["restore", backup.to_str().expect("utf-8")], &[(BACKUP_PASS, &backup_pass)]);
    let summary = other.ok(&["summary", "--json"], &[]);
    assert!(summary.contains("\"entries\": 2"), "the backup's entry joined the diary's own: {summary}");

    // --plain writes a readable backup even of an encrypted diary.
    let plain = diary.files.join("plain.json");
    diary.ok(&["backup", "--plain", "--out", plain.to_str().expect("utf-8")], &[(PASS, &pass)]);
    assert!(contains(&std::fs::read(&plain).expect("plain backup"), SECRET_NOTE));
}
