//! Automatic backups against a real diary file and real folders, with the clock passed in: a
//! backup is made when due and not again, each file is a whole backup that restores, the oldest
//! beyond the number to keep go (and nothing else in the folder), and a missing folder is
//! reported, told once, and tried again an hour later.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::path::Path;

use backtrack::app::backups::{backup_status, failure_to_tell, run_backup, save_backup_schedule, BackupRun, Trigger};
use backtrack::app::AppError;
use backtrack::domain::backups::BackupScheduleDraft;
use backtrack::domain::diary::{validate, DiaryContext, PainEntryDraft};
use backtrack::store;
use backtrack::vault::Passphrase;
use common::{db_path, london, temp_dir};
use rusqlite::Connection;

fn diary_with_an_entry(dir: &Path) -> Connection {
    let mut conn = store::open(&db_path(dir)).expect("the diary opens");
    let draft = PainEntryDraft { intensity: Some(4.0), note: Some("after the long drive".into()), ..Default::default() };
    let details = validate(&draft, &DiaryContext { now: london(2026, 6, 9, 20, 0), known_medications: &[] }).expect("valid");
    store::insert_pain_entry(&mut conn, &details).expect("saved");
    conn
}

fn schedule(conn: &mut Connection, every: &str, folder: &Path, keep: f64) {
    let draft =
        BackupScheduleDraft { every: Some(every.into()), folder: Some(folder.to_string_lossy().into_owned()), keep: Some(keep), passphrase: None };
    save_backup_schedule(conn, &draft).expect("the schedule is saved");
}

fn backups_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(folder).expect("the folder lists").map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names.retain(|name| name.starts_with("backtrack-auto-backup-"));
    names
}

fn when_due(conn: &mut Connection, (y, m, d, h, min): (i32, u32, u32, u32, u32)) -> Option<BackupRun> {
    run_backup(conn, london(y, m, d, h, min), Trigger::WhenDue).expect("the check runs")
}

#[test]
fn without_a_schedule_nothing_is_written() {
    let dir = temp_dir();
    let mut conn = diary_with_an_entry(dir.path());
    assert_eq!(when_due(&mut conn, (2026, 6, 10, 9, 0)), None);
    assert_eq!(run_backup(&mut conn, london(2026, 6, 10, 9, 0), Trigger::Now).expect("runs"), None);
}

#[test]
fn a_daily_backup_is_made_once_a_day_and_restores_into_a_new_diary() {
    let dir = temp_dir();
    let folder = temp_dir();
    let mut conn = diary_with_an_entry(dir.path());
    schedule(&mut conn, "daily", folder.path(), 10.0);

    let first = when_due(&mut conn, (2026, 6, 10, 9, 0)).expect("the first one at once");
    assert_eq!(first.problem, None);
    assert_eq!(backups_in(folder.path()), ["backtrack-auto-backup-2026-06-10-090000.json"]);
    assert_eq!(when_due(&mut conn, (2026, 6, 10, 21, 0)), None, "not twice on one day");
    assert!(when_due(&mut conn, (2026, 6, 11, 0, 5)).is_some(), "a new day, a new backup");
    assert_eq!(backups_in(folder.path()).len(), 2);

    let file = first.file.expect("the file is named");
    let bytes = std::fs::read(&file).expect("the backup reads");
    assert_eq!(Some(bytes.len() as u64), first.bytes);
    let other = temp_dir();
    let mut fresh = store::open(&db_path(other.path())).expect("a new diary");
    backtrack::app::export::restore(&mut fresh, london(2026, 6, 12, 9, 0), &bytes, false).expect("the backup restores");
    let note: String = fresh.query_row("SELECT note FROM pain_entry", [], |row| row.get(0)).expect("the entry came back");
    assert_eq!(note, "after the long drive");

    let status = backup_status(&conn).expect("status");
    assert_eq!(
        status.last_backup.and_then(|run| run.file),
        Some(folder.path().join("backtrack-auto-backup-2026-06-11-000500.json").to_string_lossy().into_owned())
    );
}

#[test]
fn the_oldest_beyond_the_number_to_keep_go_and_other_files_stay() {
    let dir = temp_dir();
    let folder = temp_dir();
    std::fs::write(folder.path().join("holiday.jpg"), b"not ours").expect("a file of the person's");
    std::fs::write(folder.path().join("backtrack-backup-2026-01-01.json"), b"a backup made by hand").expect("a hand backup");
    let mut conn = diary_with_an_entry(dir.path());
    schedule(&mut conn, "daily", folder.path(), 3.0);
    for day in 10..=14 {
        assert!(when_due(&mut conn, (2026, 6, day, 9, 0)).is_some_and(|run| run.problem.is_none()), "day {day}");
    }
    assert_eq!(
        backups_in(folder.path()),
        [
            "backtrack-auto-backup-2026-06-12-090000.json",
            "backtrack-auto-backup-2026-06-13-090000.json",
            "backtrack-auto-backup-2026-06-14-090000.json"
        ]
    );
    assert!(
        folder.path().join("holiday.jpg").exists() && folder.path().join("backtrack-backup-2026-01-01.json").exists(),
        "only automatic backups are removed"
    );
}

#[test]
fn a_weekly_backup_waits_seven_days_and_back_up_now_does_not() {
    let dir = temp_dir();
    let folder = temp_dir();
    let mut conn = diary_with_an_entry(dir.path());
    schedule(&mut conn, "weekly", folder.path(), 10.0);
    assert!(when_due(&mut conn, (2026, 6, 10, 9, 0)).is_some());
    assert_eq!(when_due(&mut conn, (2026, 6, 16, 9, 0)), None);
    let now = run_backup(&mut conn, london(2026, 6, 16, 9, 30), Trigger::Now).expect("runs").expect("made on request");
    assert_eq!(now.problem, None);
    assert!(when_due(&mut conn, (2026, 6, 23, 9, 0)).is_some(), "a week after the last one");
    assert_eq!(backups_in(folder.path()).len(), 3);
}

#[test]
fn a_folder_that_is_not_there_is_refused_on_save_and_nothing_changes() {
    let dir = temp_dir();
    let mut conn = diary_with_an_entry(dir.path());
    let draft = BackupScheduleDraft { every: Some("daily".into()), folder: Some("/no/such/folder".into()), keep: None, passphrase: None };
    let Err(AppError::Validation { fields, .. }) = save_backup_schedule(&mut conn, &draft) else { panic!("a missing folder is refused") };
    assert_eq!(fields[0].field, "folder");
    assert!(fields[0].message.contains("/no/such/folder"));
    assert_eq!(backup_status(&conn).expect("status").schedule, None, "nothing was saved");
}

#[test]
fn a_vanished_folder_is_reported_told_once_and_tried_again_an_hour_later() {
    let dir = temp_dir();
    let drive = temp_dir();
    let folder = drive.path().join("usb");
    std::fs::create_dir(&folder).expect("the drive's folder");
    let mut conn = diary_with_an_entry(dir.path());
    schedule(&mut conn, "daily", &folder, 10.0);
    std::fs::remove_dir(&folder).expect("the drive is unplugged");

    let failed = when_due(&mut conn, (2026, 6, 10, 9, 0)).expect("it tried");
    assert!(failed.problem.as_deref().is_some_and(|p| p.contains("is not there")), "{failed:?}");
    assert_eq!(failure_to_tell(&conn).expect("asked").map(|run| run.problem.is_some()), Some(true), "told once");
    assert_eq!(failure_to_tell(&conn).expect("asked"), None, "and not again");
    assert_eq!(when_due(&mut conn, (2026, 6, 10, 9, 30)), None, "not hammered every few minutes");
    assert!(when_due(&mut conn, (2026, 6, 10, 10, 0)).is_some_and(|run| run.problem.is_some()), "tried again an hour later");

    std::fs::create_dir(&folder).expect("the drive is back");
    assert!(when_due(&mut conn, (2026, 6, 10, 11, 0)).is_some_and(|run| run.problem.is_none()));
    assert_eq!(backups_in(&folder).len(), 1);
    let status = backup_status(&conn).expect("status");
    assert_eq!(status.last_try.and_then(|run| run.problem), None, "the screen shows the good news");
}

/// The diary in `dir`, encrypted (through the same action as the window's), and open.
fn encrypted_diary_with_an_entry(dir: &Path) -> Connection {
    drop(diary_with_an_entry(dir));
    let files = store::DiaryFiles::in_folder(dir);
    let mut diary = backtrack::state::Diary::open_plain(&files);
    backtrack::app::privacy::encrypt(&mut diary, &files, &Passphrase::new("the diary's passphrase".into())).expect("encrypted");
    let backtrack::state::Diary::Open { conn, .. } = diary else { panic!("the encrypted diary stays open") };
    conn
}

#[test]
fn an_encrypted_diary_backs_up_to_age_files_that_need_their_passphrase() {
    let dir = temp_dir();
    let folder = temp_dir();
    let mut conn = encrypted_diary_with_an_entry(dir.path());
    let mut draft =
        BackupScheduleDraft { every: Some("daily".into()), folder: Some(folder.path().to_string_lossy().into_owned()), keep: None, passphrase: None };
    let Err(AppError::Validation { fields, .. }) = save_backup_schedule(&mut conn, &draft) else { panic!("a passphrase is needed") };
    assert_eq!(fields[0].field, "passphrase");
    draft.passphrase = Some("short".into());
    assert!(save_backup_schedule(&mut conn, &draft).is_err(), "too short");
    assert_eq!(backup_status(&conn).expect("status").schedule, None, "nothing was saved");

    draft.passphrase = Some("usb stick passphrase".into());
    let saved = save_backup_schedule(&mut conn, &draft).expect("saved");
    assert!(saved.schedule.expect("on").encrypted);
    // Saving again without typing it keeps the passphrase.
    draft.passphrase = None;
    draft.keep = Some(3.0);
    assert!(save_backup_schedule(&mut conn, &draft).expect("saved again").schedule.expect("on").encrypted);

    let run = when_due(&mut conn, (2026, 6, 10, 9, 0)).expect("a backup");
    assert_eq!(run.problem, None);
    assert_eq!(backups_in(folder.path()), ["backtrack-auto-backup-2026-06-10-090000.json.age"]);
    let sealed = std::fs::read(run.file.expect("named")).expect("read");
    assert!(!sealed.windows(b"after the long drive".len()).any(|w| w == b"after the long drive"), "the note is not readable");
    let wrong = backtrack::app::export::open_backup(sealed.clone(), Some(&Passphrase::new("the diary's passphrase".into())));
    assert!(matches!(wrong, Err(AppError::Validation { .. })), "only the backup's own passphrase opens it");
    let plain = backtrack::app::export::open_backup(sealed, Some(&Passphrase::new("usb stick passphrase".into()))).expect("opened");
    let other = temp_dir();
    let mut fresh = store::open(&db_path(other.path())).expect("a new diary");
    backtrack::app::export::restore(&mut fresh, london(2026, 6, 12, 9, 0), &plain, false).expect("the backup restores");
    assert_eq!(fresh.query_row("SELECT count(*) FROM pain_entry", [], |row| row.get::<_, i64>(0)).expect("counted"), 1);
}
