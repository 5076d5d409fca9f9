-- The Settings screen (app::appearance): the settings gain the theme and the text size. Both
-- travel in a backup, like the rest of what the person chose. SQLite cannot change a CHECK in
-- place, so the settings are rebuilt, as in 0010.
--   theme      'system', 'light', 'dark' or 'contrast'
--   text_size  percent of the system's text size: '100', '125', '150', '175' or '200'
CREATE TABLE setting_v11 (
    key   TEXT PRIMARY KEY CHECK (key IN ('reminders_offered', 'scheduler_last_seen', 'tray_hint_shown', 'function_invite_put_aside', 'idle_lock_minutes', 'theme', 'text_size')),
    value TEXT NOT NULL CHECK (length(value) <= 200)
) STRICT, WITHOUT ROWID;
INSERT INTO setting_v11 (key, value) SELECT key, value FROM setting;
DROP TABLE setting;
ALTER TABLE setting_v11 RENAME TO setting;
