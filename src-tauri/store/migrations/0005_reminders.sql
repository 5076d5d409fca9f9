-- Reminders: the person's rules, the log of every slot the scheduler handled, and a few app
-- settings. CHECK constraints mirror domain::reminder.

CREATE TABLE reminder_rule (
    id         TEXT PRIMARY KEY CHECK (length(id) = 36),
    kind       TEXT NOT NULL CHECK (kind IN ('diary', 'workout')),
    -- Comma-separated local times 'HH:MM', ascending, such as '08:30,19:00'.
    times      TEXT NOT NULL CHECK (length(times) BETWEEN 5 AND 1000 AND times NOT GLOB '*[^0-9:,]*'),
    -- Comma-separated ISO weekday numbers, 1 = Monday .. 7 = Sunday, such as '1,2,3,4,5'.
    weekdays   TEXT NOT NULL CHECK (length(weekdays) BETWEEN 1 AND 13 AND weekdays NOT GLOB '*[^1-7,]*'),
    enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- Every slot the scheduler dealt with, sent or kept quiet. The primary key is the slot's
-- identity (domain::reminder::Slot), so a slot is handled at most once, across restarts too.
CREATE TABLE reminder_fire (
    rule_id    TEXT NOT NULL REFERENCES reminder_rule (id) ON DELETE CASCADE,
    local_date TEXT NOT NULL CHECK (date(local_date) IS NOT NULL AND date(local_date) = local_date),
    local_time TEXT NOT NULL CHECK (length(local_time) = 5 AND time(local_time || ':00') IS NOT NULL),
    -- RFC 3339 UTC instant at which the slot was handled.
    handled_at TEXT NOT NULL CHECK (datetime(handled_at) IS NOT NULL),
    -- 'sent' or 'nudge' (a notification went out), or why it stayed quiet.
    outcome    TEXT NOT NULL CHECK (outcome IN ('sent', 'nudge', 'quiet_logged', 'quiet_done', 'quiet_rest_day', 'quiet_paused')),
    PRIMARY KEY (rule_id, local_date, local_time)
) STRICT, WITHOUT ROWID;

-- Small app settings, one row each.
--   reminders_offered   'yes' once the first-run reminder defaults were offered (taken or not)
--   scheduler_last_seen RFC 3339 UTC instant of the scheduler's last check (device state, not
--                       part of a backup)
--   tray_hint_shown     'yes' once the person was told that closing the window keeps
--                       BackTrack running in the tray (device state, not part of a backup)
CREATE TABLE setting (
    key   TEXT PRIMARY KEY CHECK (key IN ('reminders_offered', 'scheduler_last_seen', 'tray_hint_shown')),
    value TEXT NOT NULL CHECK (length(value) <= 200)
) STRICT, WITHOUT ROWID;
