//! "A crash mid-write loses nothing acknowledged": a child process saves entries as fast as it
//! can and reports each one after its commit returns; the parent kills it without warning,
//! reopens the diary and finds every acknowledged entry whole.
//!
//! The child is this same binary (a test with its own `main`, `harness = false` in Cargo.toml)
//! started again with an environment variable naming the data directory. (A kill is not a power
//! cut; `synchronous=FULL`, checked in store_open.rs, is what carries the guarantee to the disk.)

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use backtrack::domain::diary::{validate, DiaryContext, PainEntryDraft};
use backtrack::export::backup;
use backtrack::store;

const CHILD_DIR: &str = "BACKTRACK_CRASH_TEST_DIR";
/// Set for the child that replaces the diary again and again instead of adding entries.
const CHILD_RESTORES: &str = "BACKTRACK_CRASH_TEST_RESTORES";

fn main() {
    match (std::env::var_os(CHILD_DIR), std::env::var_os(CHILD_RESTORES)) {
        (Some(dir), Some(_)) => replace_until_killed(std::path::Path::new(&dir)),
        (Some(dir), None) => write_until_killed(std::path::Path::new(&dir)),
        _ => {
            entries_acknowledged_before_a_kill_are_all_there_afterwards();
            restore_replace_killed_at_any_moment_leaves_no_misleading_copy();
            println!("crash durability: 2 passed, 0 failed");
        }
    }
}

fn entries_acknowledged_before_a_kill_are_all_there_afterwards() {
    let dir = common::temp_dir();
    let exe = std::env::current_exe().expect("the test binary has a path");
    let mut child = Command::new(exe).env(CHILD_DIR, dir.path()).stdout(Stdio::piped()).spawn().expect("could not start the writer");

    let mut acknowledged = Vec::new();
    let stdout = child.stdout.take().expect("no stdout");
    // The pipe stays open until after the kill, so the writer is still writing when it dies.
    let mut lines = BufReader::new(stdout).lines();
    for line in lines.by_ref() {
        let line = line.unwrap_or_default();
        if let Some(id) = line.strip_prefix("ACK ") {
            acknowledged.push(id.to_owned());
            if acknowledged.len() == 40 {
                break;
            }
        }
    }
    // SIGKILL on Unix: no destructors, no flushes, mid-transaction if the timing falls so.
    child.kill().expect("the child process is killed");
    let _ = child.wait();
    drop(lines);
    assert_eq!(acknowledged.len(), 40, "the writer acknowledged entries before it was killed");

    let conn = store::open(&common::db_path(dir.path())).expect("the diary must reopen");
    let stored: Vec<String> =
        store::list_pain_entries(&conn, None, None).expect("the store can list pain entries").into_iter().map(|e| e.id.to_string()).collect();
    for id in &acknowledged {
        assert!(stored.contains(id), "acknowledged entry {id} was lost");
    }
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap_or_default();
    assert_eq!(integrity, "ok");
}

/// The child: saves entries as fast as it can and reports each once its commit returned.
fn write_until_killed(dir: &std::path::Path) -> ! {
    let mut conn = store::open(&common::db_path(dir)).expect("the diary opens");
    let draft = PainEntryDraft {
        intensity: Some(5.0),
        sites: vec!["buttock_left".into(), "hip_left".into()],
        note: Some("written by the crash test".into()),
        ..Default::default()
    };
    let details = validate(&draft, &DiaryContext { now: common::london(2026, 3, 14, 9, 0), known_medications: &[] }).expect("the draft is valid");
    loop {
        let entry = store::insert_pain_entry(&mut conn, &details).expect("the store can insert pain entry");
        println!("ACK {}", entry.id);
    }
}

const STAMP: &str = "2026-04-01T12:00:00+01:00";

/// A child replaces the diary with one of two backups, in turn, as fast as it can, and is
/// killed at some moment of that. Afterwards, once the diary is opened: no copy is left under
/// its pending name, the diary is one of the two backups, every kept copy is a whole diary that
/// is one of them too, and each acknowledged replace left its copy.
fn restore_replace_killed_at_any_moment_leaves_no_misleading_copy() {
    let dir = common::temp_dir();
    let mut conn = common::fixed_diary::fixed_diary_in(dir.path());
    let first = backup::backup_json(&mut conn, STAMP).expect("the diary backs up");
    conn.execute("DELETE FROM pain_entry WHERE day < '2026-03-20'", []).expect("the SQL runs");
    let second = backup::backup_json(&mut conn, STAMP).expect("the diary backs up");
    drop(conn);
    let backups = [dir.path().join("a.json"), dir.path().join("b.json")];
    std::fs::write(&backups[0], &first).expect("the file is written");
    std::fs::write(&backups[1], &second).expect("the file is written");

    let exe = std::env::current_exe().expect("the test binary has a path");
    let mut child =
        Command::new(exe).env(CHILD_DIR, dir.path()).env(CHILD_RESTORES, "1").stdout(Stdio::piped()).spawn().expect("could not start the restorer");
    let stdout = child.stdout.take().expect("no stdout");
    let mut lines = BufReader::new(stdout).lines();
    let acknowledged = lines.by_ref().map_while(Result::ok).filter(|l| l.starts_with("ACK ")).take(5).count();
    child.kill().expect("the child process is killed");
    let _ = child.wait();
    drop(lines);
    assert_eq!(acknowledged, 5, "the restorer acknowledged replaces before it was killed");

    let db = common::db_path(dir.path());
    let mut diary = store::open(&db).expect("the diary must reopen");
    let now = backup::backup_json(&mut diary, STAMP).expect("the diary backs up");
    assert!(now == first || now == second, "the diary is one of the two backups, whole");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("the folder lists")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let unsettled = names.iter().any(|n| n.contains(".bak.pending") || n.contains(".bak.partial"));
    assert!(!unsettled, "no copy is left under its pending or partial name (nor its journal): {names:?}");
    let kept: Vec<&String> = names.iter().filter(|n| n.contains(".before-restore-") && n.ends_with(".bak")).collect();
    assert!(kept.len() >= acknowledged, "every acknowledged replace kept its copy: {names:?}");
    for name in kept {
        let mut copy = store::open(&dir.path().join(name)).unwrap_or_else(|e| panic!("{name} must be a whole diary: {e}"));
        let content = backup::backup_json(&mut copy, STAMP).expect("the diary backs up");
        assert!(content == first || content == second, "{name} holds the diary as it was before a replace");
    }
}

/// The child: replaces the diary with a.json and b.json in turn, reporting each replace once
/// it returned.
fn replace_until_killed(dir: &std::path::Path) -> ! {
    let mut conn = store::open(&common::db_path(dir)).expect("the diary opens");
    let backups = [std::fs::read(dir.join("a.json")).unwrap_or_default(), std::fs::read(dir.join("b.json")).unwrap_or_default()];
    let mut round = 0usize;
    loop {
        let stamp = format!("k{round:06}");
        backup::restore_backup(&mut conn, &backups[(round + 1) % 2], true, &stamp).expect("the backup restores");
        println!("ACK {stamp}");
        round += 1;
    }
}
