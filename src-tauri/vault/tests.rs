use super::*;

/// Cheap enough for a unit test; the real cost is measured by the unlock benchmark.
const QUICK: KdfParams = KdfParams::new(256, 1, 1);

fn pass(text: &str) -> Passphrase {
    Passphrase::new(text.to_owned())
}

#[test]
fn a_recovery_code_reads_back_as_printed_and_forgives_case_and_look_alikes() {
    let code = RecoveryCode::generate().expect("random");
    let shown = code.display();
    assert_eq!(shown.len(), 39, "32 characters and 7 dashes: {}", shown.as_str());
    assert_eq!(shown.split('-').count(), 8);
    let again = RecoveryCode::parse(&shown).expect("the printed form parses");
    assert_eq!(again.secret_bytes(), code.secret_bytes());

    let sloppy = shown.to_lowercase().replace('-', " ").replace('0', "o").replace('1', "l");
    assert_eq!(RecoveryCode::parse(&sloppy).expect("typed by hand").secret_bytes(), code.secret_bytes());
}

#[test]
fn a_recovery_code_of_the_wrong_length_or_letters_is_refused() {
    assert!(matches!(RecoveryCode::parse("ABCD-EFGH"), Err(VaultError::MalformedRecoveryCode)));
    assert!(matches!(RecoveryCode::parse(&"U".repeat(32)), Err(VaultError::MalformedRecoveryCode)), "U is not in Crockford's alphabet");
}

#[test]
fn the_passphrase_and_the_recovery_code_each_open_the_key_and_nothing_else_does() {
    let key = DiaryKey::generate().expect("random");
    let code = RecoveryCode::generate().expect("random");
    let file = KeyFile::create(&key, &pass("correct horse"), &code, QUICK).expect("sealed");

    assert_eq!(file.unlock(&pass("correct horse")).expect("right passphrase").bytes(), key.bytes());
    assert!(matches!(file.unlock(&pass("correct horsE")), Err(VaultError::WrongPassphrase)));
    assert_eq!(file.unlock_with_recovery_code(&code).expect("right code").bytes(), key.bytes());
    let other = RecoveryCode::generate().expect("random");
    assert!(matches!(file.unlock_with_recovery_code(&other), Err(VaultError::WrongRecoveryCode)));
}

#[test]
fn a_new_passphrase_rewraps_the_same_key_and_keeps_the_recovery_code() {
    let key = DiaryKey::generate().expect("random");
    let code = RecoveryCode::generate().expect("random");
    let file = KeyFile::create(&key, &pass("first passphrase"), &code, QUICK).expect("sealed");
    let changed = file.with_new_passphrase(&key, &pass("second passphrase")).expect("rewrapped");

    assert!(matches!(changed.unlock(&pass("first passphrase")), Err(VaultError::WrongPassphrase)));
    assert_eq!(changed.unlock(&pass("second passphrase")).expect("new one").bytes(), key.bytes());
    assert_eq!(changed.unlock_with_recovery_code(&code).expect("same code").bytes(), key.bytes());
    assert!(matches!(file.with_new_passphrase(&key, &pass("short")), Err(VaultError::WeakPassphrase)));
}

#[test]
fn the_key_file_round_trips_on_disk_and_a_damaged_one_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(KEY_FILE_NAME);
    let key = DiaryKey::generate().expect("random");
    let file = KeyFile::create(&key, &pass("a passphrase"), &RecoveryCode::generate().expect("random"), QUICK).expect("sealed");
    file.write(&path).expect("written");
    assert_eq!(KeyFile::read(&path).expect("read back"), file);
    let text = std::fs::read_to_string(&path).expect("text");
    assert!(!text.contains(&to_hex(key.bytes())), "the key is never written unsealed");

    std::fs::write(&path, b"{\"format\":\"something else\"}").expect("damaged");
    assert!(matches!(KeyFile::read(&path), Err(VaultError::DamagedKeyFile(_))));
}

#[test]
fn the_sqlcipher_key_is_a_raw_hex_key() {
    let key = DiaryKey::generate().expect("random");
    let pragma = key.sqlcipher_pragma();
    assert!(pragma.starts_with("x'") && pragma.ends_with('\''));
    assert_eq!(from_hex(&pragma[2..66]).expect("hex"), key.bytes().to_vec());
}

#[test]
fn an_age_backup_opens_with_its_passphrase_only() {
    let plain = br#"{"format":"backtrack-backup"}"#;
    let sealed = encrypt_backup(plain, &pass("backup passphrase")).expect("encrypted");
    assert!(is_age_file(&sealed));
    assert!(!is_age_file(plain));
    assert!(!sealed.windows(plain.len()).any(|w| w == plain), "the backup's text is not in the file");
    assert_eq!(decrypt_backup(&sealed, &pass("backup passphrase")).expect("opened"), plain.to_vec());
    assert!(matches!(decrypt_backup(&sealed, &pass("another passphrase")), Err(VaultError::WrongBackupPassphrase)));
    let mut cut = sealed.clone();
    cut.truncate(sealed.len() - 10);
    assert!(matches!(decrypt_backup(&cut, &pass("backup passphrase")), Err(VaultError::DamagedBackup(_))));
}
