//! The encrypted diary through the window's commands and real capabilities: turning it on,
//! locking (every diary command then answers `locked`), a wrong passphrase refused beside its
//! field, unlocking, the recovery code, the idle time, turning it off, and a restart that comes
//! up locked.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;
#[path = "common/test_app.rs"]
mod test_app;

use serde_json::json;
use test_app::TestApp;

const PASS: &str = "window passphrase";

#[test]
fn encrypt_lock_unlock_and_turn_off_through_the_window() {
    let app = TestApp::new();
    app.ok("log_pain", json!({ "draft": { "intensity": 3, "note": "before encrypting" } }));
    assert_eq!(app.ok("get_lock_state", json!({})), json!({ "encrypted": false, "locked": false, "idleLockMinutes": 0 }));
    let short = app.err("encrypt_diary", json!({ "passphrase": "short" }));
    assert_eq!(short["fields"][0]["field"], "newPassphrase");
    assert_eq!(app.err("lock_diary", json!({}))["kind"], "validation", "a plain diary has nothing to lock with");

    let turned_on = app.ok("encrypt_diary", json!({ "passphrase": PASS }));
    let code = turned_on["recoveryCode"].as_str().expect("a recovery code").to_owned();
    assert_eq!(code.len(), 39);
    assert_eq!(app.ok("get_lock_state", json!({})), json!({ "encrypted": true, "locked": false, "idleLockMinutes": 15 }));
    assert_eq!(app.entry_count(), 1, "the diary stays open after encrypting");

    app.ok("lock_diary", json!({}));
    let status = app.ok("app_status", json!({}));
    assert_eq!((status["ready"].clone(), status["locked"].clone(), status["problem"].clone()), (json!(false), json!(true), json!(null)));
    let locked = app.err("log_pain", json!({ "draft": { "intensity": 2 } }));
    assert_eq!(locked["kind"], "locked");
    let wrong = app.err("unlock_diary", json!({ "passphrase": "not it at all" }));
    assert_eq!(wrong["fields"][0]["field"], "passphrase");
    assert!(wrong["fields"][0]["message"].as_str().unwrap_or_default().contains("not right"));
    assert_eq!(app.err("list_pain_days", json!({ "from": null, "to": null }))["kind"], "locked", "still locked");

    app.ok("unlock_diary", json!({ "passphrase": PASS }));
    assert_eq!(app.entry_count(), 1);
    assert_eq!(app.ok("set_idle_lock", json!({ "minutes": 5 }))["idleLockMinutes"], 5);
    assert_eq!(app.err("set_idle_lock", json!({ "minutes": 7 }))["fields"][0]["field"], "idleLockMinutes");

    // Lost passphrase: the recovery code unlocks and sets a new one.
    app.ok("lock_diary", json!({}));
    let bad_code = app.err("reset_passphrase", json!({ "recoveryCode": "1234", "newPassphrase": "brand new passphrase" }));
    assert_eq!(bad_code["fields"][0]["field"], "recoveryCode");
    app.ok("reset_passphrase", json!({ "recoveryCode": code, "newPassphrase": "brand new passphrase" }));
    assert_eq!(app.entry_count(), 1, "the recovery code unlocked the diary");

    let wrong_off = app.err("decrypt_diary", json!({ "passphrase": PASS }));
    assert_eq!(wrong_off["fields"][0]["field"], "passphrase", "the old passphrase was replaced");
    app.ok("change_passphrase", json!({ "current": "brand new passphrase", "newPassphrase": "third passphrase" }));
    app.ok("decrypt_diary", json!({ "passphrase": "third passphrase" }));
    assert_eq!(app.ok("get_lock_state", json!({}))["encrypted"], false);
    assert_eq!(app.entry_count(), 1);
}

#[test]
fn an_encrypted_diary_comes_up_locked_and_a_stray_file_without_a_key_is_not_mistaken_for_one() {
    let first = common::temp_dir();
    let first_path = first.path().to_owned();
    let moved = common::temp_dir();
    {
        let app = TestApp::in_dir(first);
        app.ok("encrypt_diary", json!({ "passphrase": PASS }));
        // Locking closes the connection, so the file on disk is the whole diary.
        app.ok("lock_diary", json!({}));
        for file in ["backtrack.db", "backtrack.key"] {
            std::fs::copy(first_path.join(file), moved.path().join(file)).expect("copied");
        }
    }
    let app = TestApp::in_dir(moved);
    assert_eq!(app.ok("app_status", json!({}))["locked"], true, "a restart comes up locked");
    app.ok("unlock_diary", json!({ "passphrase": PASS }));

    let stray = common::temp_dir();
    std::fs::write(stray.path().join("backtrack.db"), [7u8; 4096]).expect("random bytes");
    let app = TestApp::in_dir(stray);
    let status = app.ok("app_status", json!({}));
    assert_eq!((status["locked"].clone(), status["encrypted"].clone()), (json!(false), json!(false)));
    assert!(status["problem"].as_str().unwrap_or_default().contains("not a BackTrack diary"));
}
