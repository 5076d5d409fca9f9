//! The one running copy of BackTrack per diary, as the single-instance plugin names it on the
//! session bus, and the command line's word to it: after `backtrack log` saves an entry, it asks
//! the running window (if any) to show it, through the plugin's own argument hand-over.
//!
//! The name rule here must match `shell::plugins`: the app identifier, or one derived from
//! `BACKTRACK_DATA_DIR` when that is set, then the plugin's `.SingleInstance`.

use std::hash::{DefaultHasher, Hash, Hasher};

use crate::state::{data_dir_override, APP_IDENTIFIER};

/// The argument a hand-over carries when the diary changed outside the window. It never
/// reaches the command-line parser: only the running copy sees it.
pub const DIARY_CHANGED_ARG: &str = "--diary-changed";

/// The instance's id, as handed to the plugin's `dbus_id` (`None`: the plugin's default, the
/// app identifier).
pub fn instance_id() -> Option<String> {
    data_dir_override().map(|dir| {
        let mut hasher = DefaultHasher::new();
        dir.hash(&mut hasher);
        format!("{APP_IDENTIFIER}.d_{:016x}", hasher.finish())
    })
}

/// Tells the running copy of this diary, if there is one, that the diary changed. Returns
/// whether one was told; no running copy (or no session bus) is not a problem.
#[cfg(target_os = "linux")]
pub fn tell_running_copy_diary_changed() -> bool {
    let name = format!("{}.SingleInstance", instance_id().unwrap_or_else(|| APP_IDENTIFIER.to_owned()));
    // The plugin serves at the name with dots as slashes and dashes as underscores.
    let path = format!("/{}", name.replace('.', "/").replace('-', "_"));
    let told = zbus::blocking::Connection::session().and_then(|bus| {
        bus.call_method(
            Some(name.as_str()),
            path.as_str(),
            Some("org.SingleInstance.DBus"),
            "ExecuteCallback",
            &(vec!["backtrack", DIARY_CHANGED_ARG], ""),
        )
    });
    match told {
        Ok(_) => true,
        Err(error) => {
            tracing::debug!(%error, "no running BackTrack to tell");
            false
        }
    }
}

/// Other systems have no session bus; a running window shows the entry when it next loads.
#[cfg(not(target_os = "linux"))]
pub fn tell_running_copy_diary_changed() -> bool {
    false
}
