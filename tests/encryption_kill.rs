//! A SIGKILL at any moment of `backtrack encrypt` or `backtrack decrypt` leaves a whole diary:
//! the old one or the new one, with every entry, and never neither. The conversion is run as
//! the real binary and killed at points spread over its whole run.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use backtrack::store::{self, DiaryFiles};

const ENTRIES: usize = 5000;
const KILLS: u32 = 12;
const PASSPHRASE: &str = "kill nine passphrase";

fn conversion(data: &Path, pass_file: &Path, verb: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_backtrack"));
    command
        .arg(verb)
        .env("BACKTRACK_DATA_DIR", data)
        .env("BACKTRACK_PASSPHRASE_FILE", pass_file)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// A plain diary with [`ENTRIES`] entries, written once and copied for every run.
fn template(root: &Path) -> PathBuf {
    let data = root.join("template");
    let conn = store::open(&common::db_path(&data)).expect("a new diary");
    conn.execute_batch("BEGIN;").expect("begin");
    for i in 0..ENTRIES {
        conn.execute(
            "INSERT INTO pain_entry (id, day, occurred_at, time_zone, intensity, note)
             VALUES (?1, '2026-01-01', '2026-01-01T08:00:00-08:00', 'America/Los_Angeles', 3, 'entry')",
            [uuid::Uuid::from_u128(i as u128 + 1).to_string()],
        )
        .expect("an entry");
    }
    conn.execute_batch("COMMIT; PRAGMA wal_checkpoint(TRUNCATE);").expect("commit");
    data
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("the run's folder");
    for entry in std::fs::read_dir(from).expect("the template") {
        let path = entry.expect("an entry").path();
        std::fs::copy(&path, to.join(path.file_name().expect("a name"))).expect("copied");
    }
}

/// Opens whatever the folder holds now, plain or encrypted, and counts its entries.
fn entries_after_kill(data: &Path) -> (bool, usize) {
    let files = DiaryFiles::in_folder(data);
    files.tidy_stale_key_file();
    let encrypted = backtrack::app::privacy::is_encrypted(&files).expect("the diary file is there");
    let conn = if encrypted {
        let key = backtrack::app::privacy::key_from_passphrase(&files, &backtrack::vault::Passphrase::new(PASSPHRASE.into()))
            .expect("an encrypted diary always has its key file beside it");
        store::open_with_key(&files.db, Some(&key)).expect("the encrypted diary opens")
    } else {
        store::open(&files.db).expect("the plain diary opens")
    };
    let count: i64 = conn.query_row("SELECT count(*) FROM pain_entry", [], |row| row.get(0)).expect("counted");
    (encrypted, usize::try_from(count).expect("a count"))
}

/// Waits until the conversion's copy appears beside the diary (the export has begun), or
/// `limit` has passed; returns how long that took.
fn wait_for_copy(data: &Path, limit: Duration) -> Duration {
    let copy = data.join("backtrack.db.converting");
    let started = Instant::now();
    while !copy.exists() && started.elapsed() < limit {
        std::thread::sleep(Duration::from_micros(200));
    }
    started.elapsed()
}

/// Runs `verb` to the end once to learn how long it takes and when its copy appears, then kills
/// it [`KILLS`] times: half at points spread over the whole run (most of it is Argon2id), half
/// at points spread over the conversion itself, from the copy's first byte to the rename.
fn kill_during(verb: &str, start_encrypted: bool) {
    let root = common::temp_dir();
    let pass_file = root.path().join("pass");
    std::fs::write(&pass_file, PASSPHRASE).expect("the passphrase file");
    let template = template(root.path());
    if start_encrypted {
        let status = conversion(&template, &pass_file, "encrypt").status().expect("encrypt ran");
        assert!(status.success(), "the encrypted template was made");
    }

    let timed = root.path().join("timed");
    copy_folder(&template, &timed);
    let started = Instant::now();
    let mut child = conversion(&timed, &pass_file, verb).spawn().expect("spawned");
    let to_copy = wait_for_copy(&timed, Duration::from_secs(60));
    assert!(child.wait().expect("ran").success(), "{verb} succeeds when left alone");
    let whole = started.elapsed();
    let converting = whole.saturating_sub(to_copy);
    assert_eq!(entries_after_kill(&timed), (!start_encrypted, ENTRIES));

    let mut outcomes = (0, 0);
    for i in 0..KILLS {
        let data = root.path().join(format!("run-{i}"));
        copy_folder(&template, &data);
        let mut child = conversion(&data, &pass_file, verb).spawn().expect("spawned");
        let step = f64::from(i / 2) / f64::from(KILLS / 2);
        if i % 2 == 0 {
            std::thread::sleep(whole.mul_f64(step));
        } else {
            wait_for_copy(&data, whole);
            std::thread::sleep(converting.mul_f64(step));
        }
        let _ = child.kill();
        let _ = child.wait();
        let (encrypted, count) = entries_after_kill(&data);
        assert_eq!(count, ENTRIES, "{verb} killed at point {i} of {KILLS} lost entries");
        if encrypted == start_encrypted {
            outcomes.0 += 1;
        } else {
            outcomes.1 += 1;
        }
    }
    eprintln!("{verb}: {} kills left the old diary, {} the new one (a whole run {whole:?}, the conversion {converting:?})", outcomes.0, outcomes.1);
}

#[test]
fn a_killed_encrypt_leaves_a_whole_diary() {
    kill_during("encrypt", false);
}

#[test]
fn a_killed_decrypt_leaves_a_whole_diary() {
    kill_during("decrypt", true);
}
