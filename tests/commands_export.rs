//! The Export screen's commands through Tauri's IPC layer (mock runtime) and the app's real
//! capabilities. The native dialogs are answered by the `DialogStandIn` test hook, set per app
//! (managed state), so tests running in parallel never share an answer.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::path::PathBuf;

use backtrack::commands::DialogStandIn;
use backtrack::state::AppState;
use common::fixed_diary::fixed_diary_in;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow};

struct ExportApp {
    _app: tauri::App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    dir: tempfile::TempDir,
}

/// The app over the fixed diary, with the dialogs answering `answer` (`None`: cancelled).
fn app(answer: Option<&str>) -> ExportApp {
    let dir = common::temp_dir();
    drop(fixed_diary_in(dir.path()));
    let chosen = answer.map(|name| dir.path().join(name));
    let app = mock_builder()
        .manage(AppState::open(dir.path()))
        .manage(DialogStandIn(chosen))
        .invoke_handler(backtrack::commands::handler())
        .build(tauri::generate_context!(test = true))
        .expect("mock app");
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");
    ExportApp { _app: app, window, dir }
}

impl ExportApp {
    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("a valid test value"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().unwrap_or(Value::Null))
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

#[test]
fn report_summary_gives_the_preview_figures() {
    let app = app(None);
    let summary = app.call("report_summary", json!({ "from": "2026-03-01", "to": "2026-03-31" })).expect("the command succeeds");
    assert_eq!(summary["pain"]["highest"], 8);
    assert_eq!(summary["redFlags"][0]["day"], "2026-03-05", "the positive check comes first on the page");
}

#[test]
fn report_summary_rejects_a_bad_date_on_its_field() {
    let app = app(None);
    let error = app.call("report_summary", json!({ "from": "soon", "to": null })).err().unwrap_or_default();
    assert_eq!(error["kind"], "validation");
    assert_eq!(error["fields"][0]["field"], "from");
}

#[test]
fn export_file_writes_the_pdf_where_the_dialog_said() {
    let app = app(Some("report.pdf"));
    let request = json!({ "format": "pdf", "from": "2026-03-01", "to": "2026-03-31", "sections": ["pain", "dailyLog"], "paper": "letter" });
    let outcome = app.call("export_file", json!({ "request": request })).expect("the command succeeds");
    assert_eq!(outcome["fileName"], "report.pdf");
    let written = std::fs::read(app.path("report.pdf")).unwrap_or_default();
    assert!(written.starts_with(b"%PDF"), "a PDF was written");
    assert_eq!(outcome["bytes"].as_u64(), Some(written.len() as u64));
}

#[test]
fn export_file_returns_null_when_the_dialog_is_cancelled() {
    let app = app(None);
    let outcome = app.call("export_file", json!({ "request": { "format": "entriesCsv", "from": null, "to": null } }));
    assert_eq!(outcome, Ok(Value::Null), "cancelling is not an error");
}

#[test]
fn restore_backup_merges_and_refuses_junk_with_a_clear_message() {
    let app = app(Some("backup.json"));
    let saved = app.call("export_file", json!({ "request": { "format": "backup", "from": null, "to": null } })).expect("the command succeeds");
    assert!(saved["fileName"].as_str().is_some());
    let outcome = app.call("restore_backup", json!({ "replace": false })).expect("the command succeeds");
    assert_eq!(outcome["added"], 0, "everything in the backup is already in this diary");
    assert_eq!(outcome["keptCopy"], Value::Null);

    std::fs::write(app.path("backup.json"), b"{\"format\": \"backtrack-backup\"").unwrap_or_default();
    let error = app.call("restore_backup", json!({ "replace": true })).err().unwrap_or_default();
    assert_eq!(error["kind"], "validation");
    assert!(error["message"].as_str().unwrap_or_default().contains("cut short"), "{error}");
}

/// The data folder's files, after the app's connection folded its WAL in.
fn fingerprint(app: &ExportApp) -> std::collections::BTreeMap<String, String> {
    let state = app._app.state::<AppState>();
    state
        .use_diary(|conn| Ok::<_, backtrack::state::DiaryUnavailable>(common::live_diary_files_fingerprint(conn, app.dir.path())))
        .expect("the diary is open")
}

#[test]
fn restore_backup_refuses_an_unknown_word_in_plain_words_and_changes_no_file() {
    let app = app(Some("backup.json"));
    app.call("export_file", json!({ "request": { "format": "backup", "from": null, "to": null } })).expect("the command succeeds");
    let text = std::fs::read_to_string(app.path("backup.json")).unwrap_or_default();
    let mut document: Value = serde_json::from_str(&text).unwrap_or_default();
    let site = document["tables"]["pain_entry_tag"].as_array_mut().and_then(|tags| tags.iter_mut().find(|tag| tag["kind"] == "site"));
    if let Some(tag) = site {
        tag["value"] = json!("kneecap");
    }
    document["checksum"] = json!(common::backup_edits::backup_checksum(&document["tables"]));
    std::fs::write(app.path("backup.json"), serde_json::to_vec(&document).unwrap_or_default()).unwrap_or_default();

    for replace in [false, true] {
        let before = fingerprint(&app);
        let error = app.call("restore_backup", json!({ "replace": replace })).err().unwrap_or_default();
        assert_eq!(error["kind"], "validation", "{error}");
        let message = error["message"].as_str().unwrap_or_default();
        assert!(message.contains("has a body site this version does not know (\"kneecap\")"), "{message}");
        assert!(!message.contains("CHECK"), "no SQL reaches the person: {message}");
        assert_eq!(fingerprint(&app), before, "replace={replace}: a refused restore changes no file in the data folder");
    }
}

#[test]
fn restore_backup_reports_a_record_that_differs_from_this_device() {
    let app = app(Some("backup.json"));
    app.call("export_file", json!({ "request": { "format": "backup", "from": null, "to": null } })).expect("the command succeeds");
    let state = app._app.state::<AppState>();
    state
        .use_diary(|conn| {
            let sql = "UPDATE pain_entry SET intensity = 2 WHERE id = '00000000-0000-4000-8000-000000000e02'";
            Ok::<_, backtrack::state::DiaryError>(conn.execute(sql, []).map_err(backtrack::store::StoreError::from)?)
        })
        .expect("the diary is open");
    let outcome = app.call("restore_backup", json!({ "replace": false })).expect("the command succeeds");
    assert_eq!(outcome["conflicts"].as_array().map(Vec::len), Some(1), "{outcome}");
    assert_eq!(outcome["conflicts"][0]["id"], "00000000-0000-4000-8000-000000000e02");
    assert_eq!(outcome["conflicts"][0]["record"], "pain entry");
    assert_eq!(outcome["added"], 0);
}
