-- Languages (app::language): the settings gain the app's language and the report's. Both travel
-- in a backup. Rebuilt as in 0010 and 0011, since SQLite cannot change a CHECK in place.
--   language         'system' (follow the device), 'en' or 'es'
--   report_language  'app' (the app's language), 'en' or 'es'
CREATE TABLE setting_v12 (
    key   TEXT PRIMARY KEY CHECK (key IN ('reminders_offered', 'scheduler_last_seen', 'tray_hint_shown', 'function_invite_put_aside', 'idle_lock_minutes', 'theme', 'text_size', 'language', 'report_language')),
    value TEXT NOT NULL CHECK (length(value) <= 200)
) STRICT, WITHOUT ROWID;
INSERT INTO setting_v12 (key, value) SELECT key, value FROM setting;
DROP TABLE setting;
ALTER TABLE setting_v12 RENAME TO setting;
