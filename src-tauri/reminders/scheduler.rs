//! The desktop reminder thread. It sleeps until the next slot (or snooze) is due or a minute has
//! passed, whichever is sooner (never a busy loop), checks with `due::check_due`, and shows what
//! is due. A change to the rules wakes it at once.
//!
//! On Linux reminders go through the freedesktop interface directly, with buttons
//! (`freedesktop`); elsewhere through the notification plugin, as plain notifications.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use tauri::{AppHandle, Manager, Runtime};

use super::due::{check_due, Check, DueReminder, RuleWatch, MAX_SLEEP};
use super::locked::LockedPlan;
use super::Destination;
use crate::clock;
use crate::state::{AppState, DiaryError, DiaryUnavailable};
use crate::wake::Wake;

/// The shortest sleep, so a check that lands a hair before a slot's instant (wall clock and
/// timer disagree by a few microseconds) does not turn into a tight loop.
const MIN_SLEEP: StdDuration = StdDuration::from_millis(20);
/// How long quitting waits for the reminder thread to finish its check and close its
/// connection. It never holds the app open longer than this.
const SHUTDOWN_WAIT: StdDuration = StdDuration::from_secs(3);

/// Managed state: a way to wake the reminder thread, and to end it.
pub struct Scheduler {
    wake: Wake,
    ended: Mutex<Option<mpsc::Receiver<()>>>,
    /// What the thread decides from while the diary is locked (`locked`).
    locked: Arc<Mutex<Option<LockedPlan>>>,
}

impl Scheduler {
    /// Tells the thread that the rules (or today's diary or sessions) changed, so it checks now.
    pub fn rules_changed(&self) {
        self.wake.ring();
    }

    /// Called with the open diary just before it locks: keeps the plan in memory, so reminders
    /// go on without reading the closed diary.
    pub fn diary_locking(&self, conn: &rusqlite::Connection) {
        match LockedPlan::take(conn, clock::utc_now(), clock::local_zone()) {
            Ok(plan) => {
                if let Ok(mut locked) = self.locked.lock() {
                    *locked = Some(plan);
                }
            }
            Err(error) => tracing::warn!(%error, "the reminder plan could not be kept for the lock; reminders wait for the unlock"),
        }
    }

    /// Ends the reminder thread, and with it the notification thread and its D-Bus connection,
    /// waiting at most [`SHUTDOWN_WAIT`]. Called when the app quits.
    pub fn shut_down(&self) {
        self.wake.close();
        let ended = self.ended.lock().ok().and_then(|mut ended| ended.take());
        if let Some(ended) = ended {
            if let Err(RecvTimeoutError::Timeout) = ended.recv_timeout(SHUTDOWN_WAIT) {
                tracing::warn!("the reminder thread did not end in time; quitting anyway");
            }
        }
    }
}

/// Starts the reminder thread. `open` takes the person where their answer to a reminder
/// points (the window is the shell's business, not this module's).
pub fn start<R: Runtime>(app: &AppHandle<R>, open: fn(&AppHandle<R>, Destination)) -> Scheduler {
    let (wake, woken) = Wake::new();
    let (end, ended) = mpsc::channel::<()>();
    let app = app.clone();
    let locked = Arc::new(Mutex::new(None));
    let locked_plan = Arc::clone(&locked);
    let spawned = std::thread::Builder::new().name("reminders".into()).spawn(move || {
        let notifier = Notifier::start(&app, open);
        let mut watch = RuleWatch::default();
        loop {
            let sleep = check_and_notify(&app, &notifier, &mut watch, &locked_plan);
            match woken.recv_timeout(sleep) {
                Ok(()) | Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        drop(notifier);
        let _ = end.send(());
    });
    if let Err(error) = spawned {
        tracing::error!(%error, "the reminder thread could not start; reminders are off for this run");
    }
    Scheduler { wake, ended: Mutex::new(Some(ended)), locked }
}

/// One check; returns how long to sleep before the next. While the diary is locked the check
/// comes from the plan kept at lock time; the first check after the unlock writes what that
/// plan handled, then reads the diary again.
fn check_and_notify<R: Runtime>(
    app: &AppHandle<R>,
    notifier: &Notifier<R>,
    watch: &mut RuleWatch,
    locked: &Mutex<Option<LockedPlan>>,
) -> StdDuration {
    let now = clock::utc_now();
    let zone = clock::local_zone();
    let state = app.state::<AppState>();
    let check = state.use_diary(|conn| {
        if let Some(plan) = locked.lock().ok().and_then(|mut plan| plan.take()) {
            plan.settle(conn)?;
        }
        check_due(conn, watch, now, zone).map_err(DiaryError::from)
    });
    let check = match check {
        Err(DiaryError::Unavailable(DiaryUnavailable::Locked)) => match locked.lock().ok().as_mut().and_then(|plan| plan.as_mut()) {
            Some(plan) => Ok(plan.check(now, zone)),
            None => check,
        },
        other => other,
    };
    match check {
        Ok(check) => notify(notifier, check),
        Err(error) => {
            tracing::warn!(?error, "reminders could not be checked; trying again in a minute");
            MAX_SLEEP.to_std().unwrap_or(StdDuration::from_secs(60))
        }
    }
}

/// Shows what is due and returns how long to sleep.
fn notify<R: Runtime>(notifier: &Notifier<R>, check: Check) -> StdDuration {
    for (rule_id, slot, outcome) in &check.quiet {
        tracing::info!(%rule_id, date = %slot.local_date, time = %slot.local_time, ?outcome, "reminder kept quiet");
    }
    for reminder in check.due {
        notifier.show(reminder);
    }
    (check.next_check - clock::utc_now()).to_std().unwrap_or(MIN_SLEEP).max(MIN_SLEEP)
}

/// Linux: the freedesktop interface, with buttons where the server has them.
#[cfg(target_os = "linux")]
struct Notifier<R: Runtime> {
    notifications: super::freedesktop::Notifications,
    _runtime: std::marker::PhantomData<fn() -> R>,
}

#[cfg(target_os = "linux")]
impl<R: Runtime> Notifier<R> {
    fn start(app: &AppHandle<R>, open: fn(&AppHandle<R>, Destination)) -> Self {
        let app = app.clone();
        let notifications = super::freedesktop::Notifications::start(move |answer| answered(&app, open, answer));
        Notifier { notifications, _runtime: std::marker::PhantomData }
    }

    fn show(&self, reminder: DueReminder) {
        self.notifications.show(reminder);
    }
}

/// Acts on an answer: "Later" is kept in the slot log and wakes the thread to plan for it;
/// every other answer opens a screen.
#[cfg(target_os = "linux")]
fn answered<R: Runtime>(app: &AppHandle<R>, open: fn(&AppHandle<R>, Destination), answer: super::freedesktop::Answer) {
    use super::freedesktop::Answer;
    use crate::domain::reminders::ReminderKind;

    let destination = match answer {
        Answer::LogPain => Destination::QuickLog,
        Answer::StartSession => Destination::SessionPlayer,
        Answer::Open(ReminderKind::Workout) => Destination::Program,
        Answer::Open(ReminderKind::Diary | ReminderKind::CheckIn) => Destination::Today,
        Answer::Later(reminder) => {
            let state = app.state::<AppState>();
            let now = clock::utc_now();
            let put_off = state.use_diary(|conn| super::due::snooze(conn, &reminder.rule_id, &reminder.slot, now).map_err(DiaryError::from));
            match put_off {
                Ok(true) => tracing::info!(rule_id = %reminder.rule_id, "reminder put off for an hour"),
                Ok(false) => tracing::info!(rule_id = %reminder.rule_id, "reminder was put off before; not again"),
                Err(error) => tracing::warn!(?error, "the reminder could not be put off"),
            }
            if let Some(scheduler) = app.try_state::<Scheduler>() {
                scheduler.rules_changed();
            }
            return;
        }
    };
    open(app, destination);
}

/// macOS and Windows: the notification plugin, plain notifications.
#[cfg(not(target_os = "linux"))]
struct Notifier<R: Runtime> {
    app: AppHandle<R>,
}

#[cfg(not(target_os = "linux"))]
impl<R: Runtime> Notifier<R> {
    fn start(app: &AppHandle<R>, _open: fn(&AppHandle<R>, Destination)) -> Self {
        Notifier { app: app.clone() }
    }

    fn show(&self, reminder: DueReminder) {
        use tauri_plugin_notification::NotificationExt;
        let shown = self.app.notification().builder().title(&reminder.text.title).body(&reminder.text.body).show();
        match shown {
            Ok(()) => {
                tracing::info!(rule_id = %reminder.rule_id, date = %reminder.slot.local_date, time = %reminder.slot.local_time, "reminder sent")
            }
            Err(error) => tracing::warn!(%error, "a reminder could not be shown"),
        }
    }
}
