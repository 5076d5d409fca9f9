//! Reminders on Linux desktops, sent through the freedesktop notification interface itself
//! (`org.freedesktop.Notifications` on the session bus) so they can carry buttons: the
//! notification plugin has no actions or click reports on desktop.
//!
//! One thread owns the D-Bus connection. It shows what the scheduler hands it and listens for
//! the server's `ActionInvoked` and `NotificationClosed` signals, and it ends when the
//! [`Notifications`] value is dropped with the app.
//!
//! # Invariants
//! - Buttons are offered only when the server lists the `actions` capability; any other server
//!   gets the same plain notification as before, and a click on it does nothing.
//! - A reminder that already came back from "Later" has no "Later" of its own.
//! - An answer is only acted on for a notification this run showed (ids are the server's and
//!   start again when it restarts).

use std::collections::HashMap;
use std::thread::JoinHandle;

use futures_lite::{FutureExt, StreamExt};
use zbus::zvariant::Value;

use super::due::DueReminder;
use crate::domain::reminders::ReminderKind;

const SERVER: &str = "org.freedesktop.Notifications";
const SERVER_PATH: &str = "/org/freedesktop/Notifications";
const APP_NAME: &str = "BackTrack";

/// The action keys sent to the server. `default` is the spec's word for a click on the
/// notification itself.
const OPEN: &str = "default";
const LOG_PAIN: &str = "log-pain";
const START_SESSION: &str = "start-session";
const LATER: &str = "later";

/// What the person chose on a reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// "Log pain": the quick log on Today, ready for a number.
    LogPain,
    /// "Start session": the session player.
    StartSession,
    /// A click on the notification: the screen that reminder is about.
    Open(ReminderKind),
    /// "Later": the reminder comes back once, in an hour.
    Later(DueReminder),
}

/// The buttons for a reminder, as the spec's flat list of key and label pairs; the labels are
/// in the app's language.
pub fn actions_for(reminder: &DueReminder) -> Vec<(&'static str, String)> {
    let mut actions = vec![(OPEN, crate::t!("reminders-action-open"))];
    match reminder.kind {
        ReminderKind::Diary => actions.push((LOG_PAIN, crate::t!("reminders-action-log-pain"))),
        ReminderKind::Workout => actions.push((START_SESSION, crate::t!("reminders-action-start-session"))),
        ReminderKind::CheckIn => {}
    }
    if !reminder.snoozed {
        actions.push((LATER, crate::t!("reminders-action-later")));
    }
    actions
}

/// What an action key on a shown reminder means; `None` for a key BackTrack never sent.
pub fn answer_for(key: &str, reminder: &DueReminder) -> Option<Answer> {
    match key {
        OPEN => Some(Answer::Open(reminder.kind)),
        LOG_PAIN => Some(Answer::LogPain),
        START_SESSION => Some(Answer::StartSession),
        LATER if !reminder.snoozed => Some(Answer::Later(reminder.clone())),
        _ => None,
    }
}

/// The notification thread, and the way to hand it reminders.
pub struct Notifications {
    outbox: Option<async_channel::Sender<DueReminder>>,
    thread: Option<JoinHandle<()>>,
}

impl Notifications {
    /// Starts the thread; `on_answer` runs on it for each answer to a shown reminder.
    pub fn start(on_answer: impl Fn(Answer) + Send + 'static) -> Self {
        let (outbox, inbox) = async_channel::unbounded::<DueReminder>();
        let spawned = std::thread::Builder::new().name("notifications".into()).spawn(move || futures_lite::future::block_on(serve(inbox, on_answer)));
        match spawned {
            Ok(thread) => Notifications { outbox: Some(outbox), thread: Some(thread) },
            Err(error) => {
                tracing::error!(%error, "the notification thread could not start; reminders are off for this run");
                Notifications { outbox: None, thread: None }
            }
        }
    }

    /// Hands `reminder` to the thread to show.
    pub fn show(&self, reminder: DueReminder) {
        let sent = self.outbox.as_ref().is_some_and(|outbox| outbox.send_blocking(reminder).is_ok());
        if !sent {
            tracing::warn!("a reminder could not be shown: the notification thread has ended");
        }
    }
}

impl Drop for Notifications {
    /// Closing the channel ends the thread's loop; waiting for it means the connection is
    /// closed before the app goes.
    fn drop(&mut self) {
        drop(self.outbox.take());
        if let Some(thread) = self.thread.take() {
            if thread.join().is_err() {
                tracing::warn!("the notification thread ended with a panic");
            }
        }
    }
}

/// One of the things the thread waits for.
enum Event {
    Show(Option<DueReminder>),
    Invoked(Option<zbus::message::Message>),
    Closed(Option<zbus::message::Message>),
}

/// The thread's loop: shows reminders and turns the server's signals into answers, until the
/// scheduler drops its end of the channel.
async fn serve(inbox: async_channel::Receiver<DueReminder>, on_answer: impl Fn(Answer)) {
    let server = match connect().await {
        Ok(server) => Some(server),
        Err(error) => {
            tracing::warn!(%error, "no session bus: reminders cannot be shown this run");
            None
        }
    };
    let Some((proxy, mut invoked, mut closed)) = server else {
        // Keep draining, so the scheduler never blocks, until it goes.
        while inbox.recv().await.is_ok() {}
        return;
    };
    let mut shown: HashMap<u32, DueReminder> = HashMap::new();
    loop {
        let event = async { Event::Show(inbox.recv().await.ok()) }
            .or(async { Event::Invoked(invoked.next().await) })
            .or(async { Event::Closed(closed.next().await) })
            .await;
        match event {
            Event::Show(None) => break,
            Event::Show(Some(reminder)) => match notify(&proxy, &reminder).await {
                Ok(id) => {
                    log_sent(&reminder, id);
                    shown.insert(id, reminder);
                }
                Err(error) => tracing::warn!(%error, "a reminder could not be shown"),
            },
            Event::Invoked(Some(message)) => {
                let Ok((id, key)) = message.body().deserialize::<(u32, String)>() else { continue };
                let answer = shown.remove(&id).and_then(|reminder| answer_for(&key, &reminder));
                if let Some(answer) = answer {
                    tracing::info!(id, key, "reminder answered");
                    on_answer(answer);
                }
            }
            Event::Closed(Some(message)) => {
                if let Ok((id, _reason)) = message.body().deserialize::<(u32, u32)>() {
                    shown.remove(&id);
                }
            }
            // The server's signal streams end only with the connection.
            Event::Invoked(None) | Event::Closed(None) => {
                tracing::warn!("the session bus went away: reminder buttons stop working this run");
                while let Ok(reminder) = inbox.recv().await {
                    tracing::warn!(rule_id = %reminder.rule_id, "a reminder could not be shown: no session bus");
                }
                break;
            }
        }
    }
}

type Server<'a> = (zbus::Proxy<'a>, zbus::proxy::SignalStream<'a>, zbus::proxy::SignalStream<'a>);

async fn connect() -> zbus::Result<Server<'static>> {
    let connection = zbus::Connection::session().await?;
    let proxy = zbus::Proxy::new_owned(connection, SERVER, SERVER_PATH, SERVER).await?;
    let invoked = proxy.receive_signal("ActionInvoked").await?;
    let closed = proxy.receive_signal("NotificationClosed").await?;
    Ok((proxy, invoked, closed))
}

/// Shows one reminder and returns the server's id for it. The server is asked for its
/// capabilities each time: it may have been replaced since the last reminder.
async fn notify(proxy: &zbus::Proxy<'_>, reminder: &DueReminder) -> zbus::Result<u32> {
    let capabilities: Vec<String> = proxy.call("GetCapabilities", &()).await?;
    let pairs = if capabilities.iter().any(|c| c == "actions") { actions_for(reminder) } else { Vec::new() };
    let actions: Vec<&str> = pairs.iter().flat_map(|(key, label)| [*key, label.as_str()]).collect();
    let hints: HashMap<&str, Value<'_>> = HashMap::from([("desktop-entry", Value::from("backtrack"))]);
    let replaces_id = 0u32;
    let expire_default = -1i32;
    proxy.call("Notify", &(APP_NAME, replaces_id, "", &reminder.text.title, &reminder.text.body, actions, hints, expire_default)).await
}

fn log_sent(reminder: &DueReminder, id: u32) {
    tracing::info!(
        id,
        rule_id = %reminder.rule_id,
        date = %reminder.slot.local_date,
        time = %reminder.slot.local_time,
        due = %reminder.slot.fires_at,
        outcome = ?reminder.outcome,
        snoozed = reminder.snoozed,
        "reminder sent"
    );
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
    use uuid::Uuid;

    use super::*;
    use crate::domain::reminders::outcome::{ReminderText, SlotOutcome};
    use crate::domain::reminders::Slot;

    fn reminder(kind: ReminderKind, snoozed: bool) -> DueReminder {
        let local_date = NaiveDate::from_ymd_opt(2026, 6, 10).expect("a real day");
        let local_time = NaiveTime::from_hms_opt(12, 0, 0).expect("a real time");
        let fires_at = Utc.with_ymd_and_hms(2026, 6, 10, 11, 0, 0).single().expect("a real instant");
        DueReminder {
            rule_id: Uuid::nil(),
            kind,
            slot: Slot { local_date, local_time, fires_at },
            outcome: SlotOutcome::Sent,
            text: ReminderText { title: "t".into(), body: "b".into() },
            snoozed,
        }
    }

    fn keys(reminder: &DueReminder) -> Vec<&'static str> {
        actions_for(reminder).into_iter().map(|(key, _)| key).collect()
    }

    #[test]
    fn each_kind_of_reminder_offers_its_own_button_and_later() {
        assert_eq!(keys(&reminder(ReminderKind::Diary, false)), [OPEN, LOG_PAIN, LATER]);
        assert_eq!(keys(&reminder(ReminderKind::Workout, false)), [OPEN, START_SESSION, LATER]);
        assert_eq!(keys(&reminder(ReminderKind::CheckIn, false)), [OPEN, LATER]);
    }

    #[test]
    fn the_buttons_speak_the_apps_language() {
        let labels = |language| {
            crate::i18n::scoped(language, || {
                actions_for(&reminder(ReminderKind::Diary, false)).into_iter().map(|(_, label)| label).collect::<Vec<_>>()
            })
        };
        assert_eq!(labels(crate::i18n::Language::En), ["Open BackTrack", "Log pain", "Later"], "English labels as before");
        assert_eq!(labels(crate::i18n::Language::Es), ["Abrir BackTrack", "Anotar dolor", "Más tarde"], "the glossary's Spanish labels");
    }

    #[test]
    fn a_reminder_back_from_later_cannot_be_put_off_again() {
        let again = reminder(ReminderKind::Diary, true);
        assert_eq!(keys(&again), [OPEN, LOG_PAIN]);
        assert_eq!(answer_for(LATER, &again), None, "even if a server sends the key anyway");
    }

    #[test]
    fn keys_turn_into_answers_and_unknown_keys_into_nothing() {
        let diary = reminder(ReminderKind::Diary, false);
        assert_eq!(answer_for(LOG_PAIN, &diary), Some(Answer::LogPain));
        assert_eq!(answer_for(OPEN, &diary), Some(Answer::Open(ReminderKind::Diary)));
        assert_eq!(answer_for(LATER, &diary), Some(Answer::Later(diary.clone())));
        assert_eq!(answer_for(START_SESSION, &reminder(ReminderKind::Workout, false)), Some(Answer::StartSession));
        assert_eq!(answer_for("reply", &diary), None);
        assert_eq!(answer_for("", &diary), None);
    }
}
