//! SQLCipher's start-up, made safe when several threads open their first connection at once.
//!
//! SQLCipher 4.20 marks SQLite as started, lets go of SQLite's start-up lock, and only then
//! finishes its own part: its crypto providers, and `sqlcipher_export`, which it adds to the
//! list of functions every new connection gets. A connection another thread opens in that gap
//! has no `sqlcipher_export`, so encrypting or decrypting the diary through it fails. CI met
//! this when two tests opened their first diaries at the same moment; an app that opens its
//! diary while a second window or the tray opens another would meet it too.
//!
//! So every diary open first waits, once per process, until a new connection is seen to have
//! the function. After that no connection can miss it: the list only grows.

use std::sync::Once;
use std::time::{Duration, Instant};

use rusqlite::Connection;

/// Start-up takes well under a millisecond; this bound only keeps a broken build from hanging.
const WAIT_AT_MOST: Duration = Duration::from_secs(5);

/// Returns once SQLCipher has fully started. Cheap after the first call.
pub(super) fn wait_for_sqlcipher() {
    static STARTED: Once = Once::new();
    STARTED.call_once(|| {
        let began = Instant::now();
        while !new_connections_can_export() && began.elapsed() < WAIT_AT_MOST {
            std::thread::sleep(Duration::from_millis(1));
        }
    });
}

/// Whether a connection opened now gets `sqlcipher_export`. Preparing the call is enough:
/// SQLite resolves function names when it compiles a statement.
fn new_connections_can_export() -> bool {
    Connection::open_in_memory().is_ok_and(|conn| conn.prepare("SELECT sqlcipher_export('main')").is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_waiting_a_new_connection_has_sqlcipher_export() {
        wait_for_sqlcipher();
        assert!(new_connections_can_export());
    }
}
