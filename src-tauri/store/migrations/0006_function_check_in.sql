-- The weekly function check-in (domain::function_scale): the activities a person follows and
-- their 0-10 ratings. An activity is retired, never deleted, so its ratings keep their meaning.
-- The reminder kinds gain 'checkin', and the settings gain the invitation's "not now"; SQLite
-- cannot change a CHECK in place, so those two tables are rebuilt with their rows.

CREATE TABLE function_activity (
    id         TEXT PRIMARY KEY CHECK (length(id) = 36),
    name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    created_at TEXT NOT NULL CHECK (datetime(created_at) IS NOT NULL),
    -- Set when the person stops following it; NULL while active.
    retired_at TEXT CHECK (retired_at IS NULL OR datetime(retired_at) IS NOT NULL)
) STRICT;

CREATE TABLE function_rating (
    id          TEXT PRIMARY KEY CHECK (length(id) = 36),
    activity_id TEXT NOT NULL REFERENCES function_activity (id),
    -- The local calendar day, fixed when the rating was saved.
    day         TEXT NOT NULL CHECK (date(day) IS NOT NULL AND date(day) = day),
    -- RFC 3339 local time with its offset; its date part is always `day`.
    rated_at    TEXT NOT NULL CHECK (datetime(rated_at) IS NOT NULL AND substr(rated_at, 1, 10) = day),
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    updated_at  TEXT NOT NULL CHECK (datetime(updated_at) IS NOT NULL)
) STRICT;

CREATE INDEX function_rating_by_day ON function_rating (day, rated_at);

-- reminder_rule with the new kind. reminder_fire refers to it, so it is rebuilt too (dropping
-- the old parent first would cascade and empty the log).
CREATE TABLE reminder_rule_v6 (
    id         TEXT PRIMARY KEY CHECK (length(id) = 36),
    kind       TEXT NOT NULL CHECK (kind IN ('diary', 'workout', 'checkin')),
    times      TEXT NOT NULL CHECK (length(times) BETWEEN 5 AND 1000 AND times NOT GLOB '*[^0-9:,]*'),
    weekdays   TEXT NOT NULL CHECK (length(weekdays) BETWEEN 1 AND 13 AND weekdays NOT GLOB '*[^1-7,]*'),
    enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO reminder_rule_v6 (id, kind, times, weekdays, enabled, created_at)
    SELECT id, kind, times, weekdays, enabled, created_at FROM reminder_rule;

CREATE TABLE reminder_fire_v6 (
    rule_id    TEXT NOT NULL REFERENCES reminder_rule_v6 (id) ON DELETE CASCADE,
    local_date TEXT NOT NULL CHECK (date(local_date) IS NOT NULL AND date(local_date) = local_date),
    local_time TEXT NOT NULL CHECK (length(local_time) = 5 AND time(local_time || ':00') IS NOT NULL),
    handled_at TEXT NOT NULL CHECK (datetime(handled_at) IS NOT NULL),
    outcome    TEXT NOT NULL CHECK (outcome IN ('sent', 'nudge', 'quiet_logged', 'quiet_done', 'quiet_rest_day', 'quiet_paused')),
    PRIMARY KEY (rule_id, local_date, local_time)
) STRICT, WITHOUT ROWID;
INSERT INTO reminder_fire_v6 (rule_id, local_date, local_time, handled_at, outcome)
    SELECT rule_id, local_date, local_time, handled_at, outcome FROM reminder_fire;

DROP TABLE reminder_fire;
DROP TABLE reminder_rule;
-- Renaming updates reminder_fire_v6's reference to the new name.
ALTER TABLE reminder_rule_v6 RENAME TO reminder_rule;
ALTER TABLE reminder_fire_v6 RENAME TO reminder_fire;

-- Settings, with one more key:
--   function_invite_put_aside  'yes' once the person said "not now" to naming activities
CREATE TABLE setting_v6 (
    key   TEXT PRIMARY KEY CHECK (key IN ('reminders_offered', 'scheduler_last_seen', 'tray_hint_shown', 'function_invite_put_aside')),
    value TEXT NOT NULL CHECK (length(value) <= 200)
) STRICT, WITHOUT ROWID;
INSERT INTO setting_v6 (key, value) SELECT key, value FROM setting;
DROP TABLE setting;
ALTER TABLE setting_v6 RENAME TO setting;
