//! A background thread's doorbell: anyone holding the [`Wake`] can ring it (the thread looks
//! again now) or take it away (the thread's wait ends with `Disconnected` and it stops). The
//! thread waits on the receiving end with `recv_timeout`, so it never polls.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Mutex;

pub struct Wake(Mutex<Option<Sender<()>>>);

impl Wake {
    /// A doorbell and the thread's end of it.
    pub fn new() -> (Wake, Receiver<()>) {
        let (sender, receiver) = mpsc::channel();
        (Wake(Mutex::new(Some(sender))), receiver)
    }

    /// Wakes the thread; nothing happens once it has ended.
    pub fn ring(&self) {
        if let Ok(sender) = self.0.lock() {
            if let Some(sender) = sender.as_ref() {
                let _ = sender.send(());
            }
        }
    }

    /// Ends the thread after what it is doing now.
    pub fn close(&self) {
        if let Ok(mut sender) = self.0.lock() {
            drop(sender.take());
        }
    }
}
