//! What the UI needs to know before it shows anything.

use tauri::State;

use super::AppError;
use crate::app::privacy;
use crate::app::status::{status, AppStatus};
use crate::clock;
use crate::state::AppState;

#[tauri::command]
pub fn app_status(state: State<'_, AppState>) -> Result<AppStatus, AppError> {
    let lock = state.with_slot(|diary| privacy::lock_state(diary, &state.files()))?;
    Ok(status(&state.data_dir, state.problem(), lock, clock::now()))
}
