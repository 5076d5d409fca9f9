//! What the UI needs to know before it shows anything.

use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use super::AppError;
use crate::clock;
use crate::state::AppState;

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AppStatus {
    /// False when the diary could not be opened; `problem` then says why.
    pub ready: bool,
    pub problem: Option<String>,
    pub data_dir: String,
    pub time_zone: String,
    /// The local calendar date, `YYYY-MM-DD`.
    pub today: String,
    /// The local wall-clock time to the minute, `YYYY-MM-DDTHH:MM`, for date-time inputs.
    pub now_local: String,
    pub version: String,
}

#[tauri::command]
pub fn app_status(state: State<'_, AppState>) -> Result<AppStatus, AppError> {
    let now = clock::now();
    Ok(AppStatus {
        ready: state.problem().is_none(),
        problem: state.problem().map(str::to_owned),
        data_dir: state.data_dir.display().to_string(),
        time_zone: now.timezone().name().to_owned(),
        today: now.format("%Y-%m-%d").to_string(),
        now_local: now.format("%Y-%m-%dT%H:%M").to_string(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    })
}
