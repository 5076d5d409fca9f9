//! The thread that makes automatic backups: at start (so a backup missed while BackTrack was
//! closed runs now), every few minutes, and at once when the schedule changes. Each check opens
//! its own connection to the diary, so a backup of years of entries never holds up the window,
//! and a diary replaced by a restore is the one backed up next. A failed try is told once as a
//! notification; the Export screen shows every outcome (the window hears `backup-tried`).

use std::sync::mpsc::RecvTimeoutError;
use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

use crate::app::backups::{failure_to_tell, run_backup, Trigger};
use crate::clock;
use crate::state::AppState;
use crate::wake::Wake;

/// The event that tells the window a try finished, so the Export screen shows it.
const BACKUP_TRIED_EVENT: &str = "backup-tried";

/// How often the thread looks whether a backup is due.
const CHECK_EVERY: Duration = Duration::from_secs(5 * 60);

/// Managed state: a way to wake the thread, and to end it.
pub struct AutoBackup {
    wake: Wake,
}

impl AutoBackup {
    /// The schedule changed: look again now.
    pub fn schedule_changed(&self) {
        self.wake.ring();
    }

    /// Ends the thread after its current check.
    pub fn shut_down(&self) {
        self.wake.close();
    }
}

pub fn start<R: Runtime>(app: &AppHandle<R>) -> AutoBackup {
    let (wake, woken) = Wake::new();
    let app = app.clone();
    let spawned = std::thread::Builder::new().name("backups".into()).spawn(move || loop {
        check(&app);
        match woken.recv_timeout(CHECK_EVERY) {
            Ok(()) | Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        }
    });
    if let Err(error) = spawned {
        tracing::error!(%error, "the backup thread could not start; automatic backups are off for this run");
    }
    AutoBackup { wake }
}

/// One look: a backup if one is due, and a notification for a failure not told yet.
fn check<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    // Locked, or not opened: nothing can be read, so the backup waits for the next look.
    if state.problem().is_some() {
        return;
    }
    let mut conn = match state.open_second_connection() {
        Ok(conn) => conn,
        Err(error) => {
            tracing::warn!(%error, "the diary could not be opened for an automatic backup");
            return;
        }
    };
    let started = std::time::Instant::now();
    let result = run_backup(&mut conn, clock::now(), Trigger::WhenDue);
    let tried = matches!(result, Ok(Some(_)));
    match result {
        Ok(Some(run)) => match &run.problem {
            None => tracing::info!(file = ?run.file, bytes = ?run.bytes, ms = started.elapsed().as_millis(), "automatic backup written"),
            Some(problem) => tracing::warn!(problem, "an automatic backup failed"),
        },
        Ok(None) => {}
        Err(error) => tracing::warn!(?error, "automatic backups could not be checked"),
    }
    if tried {
        if let Err(error) = app.emit(BACKUP_TRIED_EVENT, ()) {
            tracing::warn!(%error, "the window could not be told about the backup");
        }
    }
    if let Ok(Some(failed)) = failure_to_tell(&conn) {
        let body = crate::t!("shell-backup-failed-body", problem = failed.problem.unwrap_or_default());
        if let Err(error) = app.notification().builder().title(crate::t!("shell-backup-failed-title")).body(body).show() {
            tracing::warn!(%error, "the backup failure could not be shown");
        }
    }
}
