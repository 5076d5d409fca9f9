//! The app with its real command handler and real capabilities (ACL) over a diary in a temp
//! directory, driven through Tauri's IPC layer (mock runtime). Shared by the command tests.

#![allow(dead_code)]

use backtrack::state::AppState;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

/// The app's real context, so its capabilities (the ACL) decide what the window may call,
/// exactly as in the shipped app.
fn app_context() -> tauri::Context<MockRuntime> {
    tauri::generate_context!(test = true)
}

/// The app with its real command handler over a diary in a temp directory.
pub struct TestApp {
    _app: tauri::App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub fn new() -> Self {
        let dir = super::common::temp_dir();
        Self::in_dir(dir)
    }

    pub fn in_dir(dir: tempfile::TempDir) -> Self {
        let app = mock_builder()
            .manage(AppState::open(dir.path()))
            .manage(backtrack::commands::HeldBackup::default())
            .invoke_handler(backtrack::commands::handler())
            .build(app_context())
            .expect("mock app");
        let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("mock window");
        TestApp { _app: app, window, _dir: dir }
    }

    pub fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        self.call_from("tauri://localhost", cmd, args)
    }

    /// Calls `cmd` as if from a page at `origin`; the app's own pages are `tauri://localhost`.
    pub fn call_from(&self, origin: &str, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: origin.parse().expect("a valid test value"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().unwrap_or(Value::Null))
    }

    pub fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args).unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    pub fn err(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args).err().unwrap_or_else(|| panic!("{cmd} should have been rejected"))
    }

    pub fn entry_count(&self) -> usize {
        let days = self.ok("list_pain_days", json!({ "from": null, "to": null }));
        days.as_array().map_or(0, |days| days.iter().map(|d| d["entries"].as_array().map_or(0, Vec::len)).sum())
    }
}
