//! What every face needs to know before it shows anything.

use std::path::Path;

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::privacy::LockState;
use super::{AppError, Now};
use crate::state::DiaryUnavailable;
use crate::store::{self, Setting};

#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AppStatus {
    /// False when the diary could not be opened (`problem` then says why) or is locked.
    pub ready: bool,
    pub problem: Option<String>,
    /// The diary is encrypted and locked: the unlock screen comes first.
    pub locked: bool,
    /// The diary is encrypted (locked or not).
    pub encrypted: bool,
    pub data_dir: String,
    pub time_zone: String,
    /// The local calendar date, `YYYY-MM-DD`.
    pub today: String,
    /// The local wall-clock time to the minute, `YYYY-MM-DDTHH:MM`, for date-time inputs.
    pub now_local: String,
    pub version: String,
}

/// The status of a diary in `data_dir`, which could not be opened when `problem` says why.
pub fn status(data_dir: &Path, problem: Option<DiaryUnavailable>, lock: LockState, now: Now) -> AppStatus {
    AppStatus {
        ready: problem.is_none(),
        problem: problem.filter(|p| !matches!(p, DiaryUnavailable::Locked)).map(|p| p.to_string()),
        locked: lock.locked,
        encrypted: lock.encrypted,
        data_dir: data_dir.display().to_string(),
        time_zone: now.timezone().name().to_owned(),
        today: now.format("%Y-%m-%d").to_string(),
        now_local: now.format("%Y-%m-%dT%H:%M").to_string(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    }
}

/// True the first time the window is closed to the tray, and never again: the person is told
/// once that BackTrack keeps running there so reminders can arrive.
pub fn first_close_to_tray(conn: &mut Connection) -> Result<bool, AppError> {
    let told = store::get_setting(conn, Setting::TrayHintShown)?.is_some();
    if !told {
        store::set_setting(conn, Setting::TrayHintShown, "yes")?;
    }
    Ok(!told)
}
