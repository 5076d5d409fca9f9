# shell: BackTrack's own words for this area, in English. Ids start with "shell-".
# The desktop shell around the window (src-tauri/shell.rs, login_item.rs, auto_backup.rs) and
# the Settings screen's desktop messages.

shell-tray-open = Open BackTrack
shell-tray-log-pain = Log pain
shell-tray-start-session = Start today's session
shell-tray-lock = Lock the diary
shell-tray-quit = Quit BackTrack
shell-lock-needs-encryption = The diary is not encrypted, so it cannot be locked. Turn on encryption on the Export screen.
shell-still-running-title = BackTrack is still running
shell-still-running-body = It stays in the tray so your reminders can arrive. Choose Quit in its menu to close it fully.
shell-no-display = BackTrack cannot open its window: no display was found ({ $reason }). Commands such as `backtrack export` work without one: see `backtrack --help`.

shell-backup-failed-title = BackTrack could not back up your diary
shell-backup-failed-body = { $problem } Open Export in BackTrack to see more.

shell-login-not-read = Could not read the login setting: { $reason }
shell-login-not-changed = Could not change the login setting: { $reason }
shell-login-unavailable = Starting at login is not available here.
shell-login-desktop-only = Starting at login is a desktop setting.
shell-folder-not-opened = BackTrack could not open the folder: { $reason }
shell-no-file-manager-on-phone = A phone keeps the diary inside the app, where no file manager can show it.
# The window could not open at all (lib.rs).
shell-could-not-start = BackTrack could not start: { $error }
