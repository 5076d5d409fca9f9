-- The encrypted diary's idle lock (app::privacy): the settings gain its minutes. SQLite cannot
-- change a CHECK in place, so the table is rebuilt with its rows.
--   idle_lock_minutes  minutes without use before the window locks the diary; '0' for never.
--                      Device state, like the scheduler's: not in a backup.
CREATE TABLE setting_v10 (
    key   TEXT PRIMARY KEY CHECK (key IN ('reminders_offered', 'scheduler_last_seen', 'tray_hint_shown', 'function_invite_put_aside', 'idle_lock_minutes')),
    value TEXT NOT NULL CHECK (length(value) <= 200)
) STRICT, WITHOUT ROWID;
INSERT INTO setting_v10 (key, value) SELECT key, value FROM setting;
DROP TABLE setting;
ALTER TABLE setting_v10 RENAME TO setting;
