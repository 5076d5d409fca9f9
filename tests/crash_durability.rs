//! "A crash mid-write loses nothing acknowledged": a child process saves entries as fast as it
//! can and reports each one after its commit returns; the parent kills it without warning,
//! reopens the diary and finds every acknowledged entry whole.
//!
//! The child is this same binary (a test with its own `main`, `harness = false` in Cargo.toml)
//! started again with an environment variable naming the data directory. (A kill is not a power
//! cut; `synchronous=FULL`, checked in store_open.rs, is what carries the guarantee to the disk.)

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use backtrack::domain::diary::{validate, DiaryContext, PainEntryDraft};
use backtrack::store;

const CHILD_DIR: &str = "BACKTRACK_CRASH_TEST_DIR";

fn main() {
    match std::env::var_os(CHILD_DIR) {
        Some(dir) => write_until_killed(std::path::Path::new(&dir)),
        None => {
            entries_acknowledged_before_a_kill_are_all_there_afterwards();
            println!("crash durability: 1 passed, 0 failed");
        }
    }
}

fn entries_acknowledged_before_a_kill_are_all_there_afterwards() {
    let dir = common::temp_dir();
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let mut child =
        Command::new(exe).env(CHILD_DIR, dir.path()).stdout(Stdio::piped()).spawn().unwrap_or_else(|e| panic!("could not start the writer: {e}"));

    let mut acknowledged = Vec::new();
    let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
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
    child.kill().unwrap_or_else(|e| panic!("{e}"));
    let _ = child.wait();
    drop(lines);
    assert_eq!(acknowledged.len(), 40, "the writer acknowledged entries before it was killed");

    let conn = store::open(&common::db_path(dir.path())).unwrap_or_else(|e| panic!("the diary must reopen: {e}"));
    let stored: Vec<String> =
        store::list_pain_entries(&conn, None, None).unwrap_or_else(|e| panic!("{e}")).into_iter().map(|e| e.id.to_string()).collect();
    for id in &acknowledged {
        assert!(stored.contains(id), "acknowledged entry {id} was lost");
    }
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap_or_default();
    assert_eq!(integrity, "ok");
}

/// The child: saves entries as fast as it can and reports each once its commit returned.
fn write_until_killed(dir: &std::path::Path) -> ! {
    let mut conn = store::open(&common::db_path(dir)).unwrap_or_else(|e| panic!("{e}"));
    let draft = PainEntryDraft {
        intensity: Some(5.0),
        sites: vec!["buttock_left".into(), "hip_left".into()],
        note: Some("written by the crash test".into()),
        ..Default::default()
    };
    let details =
        validate(&draft, &DiaryContext { now: common::london(2026, 3, 14, 9, 0), known_medications: &[] }).unwrap_or_else(|e| panic!("{e:?}"));
    loop {
        let entry = store::insert_pain_entry(&mut conn, &details).unwrap_or_else(|e| panic!("{e}"));
        println!("ACK {}", entry.id);
    }
}
