-- The encrypted diary (app::privacy): the settings gain the idle lock's minutes, and the backup
-- schedule its passphrase. SQLite cannot change a CHECK in place, so the settings are rebuilt.
--   idle_lock_minutes  minutes without use before the window locks the diary; '0' for never.
--                      Device state, like the scheduler's: not in a backup.
CREATE TABLE setting_v10 (
    key   TEXT PRIMARY KEY CHECK (key IN ('reminders_offered', 'scheduler_last_seen', 'tray_hint_shown', 'function_invite_put_aside', 'idle_lock_minutes')),
    value TEXT NOT NULL CHECK (length(value) <= 200)
) STRICT, WITHOUT ROWID;
INSERT INTO setting_v10 (key, value) SELECT key, value FROM setting;
DROP TABLE setting;
ALTER TABLE setting_v10 RENAME TO setting;

-- Automatic backups of an encrypted diary are encrypted too (age, passphrase mode), so the
-- schedule keeps that passphrase. It is only ever set while the diary itself is encrypted, and
-- cleared when encryption is turned off.
ALTER TABLE backup_schedule ADD COLUMN passphrase TEXT CHECK (passphrase IS NULL OR length(passphrase) BETWEEN 8 AND 1024);
