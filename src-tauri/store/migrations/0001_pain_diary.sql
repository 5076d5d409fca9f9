-- The pain diary. CHECK constraints mirror domain::diary and domain::vocabulary, so no value the
-- domain would reject can be stored, whatever writes it.

CREATE TABLE pain_entry (
    id            TEXT PRIMARY KEY CHECK (length(id) = 36),
    -- The local calendar day, fixed when the entry was logged.
    day           TEXT NOT NULL CHECK (date(day) IS NOT NULL AND date(day) = day),
    -- RFC 3339 local time with its offset; its date part is always `day`.
    occurred_at   TEXT NOT NULL CHECK (datetime(occurred_at) IS NOT NULL AND substr(occurred_at, 1, 10) = day),
    time_zone     TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    intensity     INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    leg_radiation TEXT CHECK (leg_radiation IN ('no', 'left', 'right', 'both')),
    sleep_quality INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
    interference  INTEGER CHECK (interference BETWEEN 0 AND 10),
    mood          TEXT CHECK (mood IN ('very_low', 'low', 'okay', 'good', 'very_good')),
    note          TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
    for_surgeon   INTEGER NOT NULL DEFAULT 0 CHECK (for_surgeon IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    -- Set while a deletion can still be undone; such rows are purged when the diary is next opened.
    deleted_at    TEXT
) STRICT;

CREATE INDEX pain_entry_by_day ON pain_entry (day, occurred_at) WHERE deleted_at IS NULL;

-- The multiple-choice answers of an entry, one row per chosen word.
CREATE TABLE pain_entry_tag (
    entry_id TEXT NOT NULL REFERENCES pain_entry (id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (entry_id, kind, value),
    CHECK (
        (kind = 'site' AND value IN ('lower_back_left', 'lower_back_centre', 'lower_back_right',
            'buttock_left', 'buttock_right', 'hip_left', 'hip_right', 'thigh_back_left',
            'thigh_back_right', 'below_knee_left', 'below_knee_right'))
        OR (kind = 'quality' AND value IN ('aching', 'sharp', 'burning', 'shooting', 'tingling', 'numb', 'stiff'))
        OR (kind = 'worse' AND value IN ('sitting', 'standing', 'walking', 'bending', 'lifting', 'exercise', 'lying_down', 'other'))
        OR (kind = 'better' AND value IN ('rest', 'heat', 'ice', 'movement', 'stretching', 'medication', 'other'))
    )
) STRICT, WITHOUT ROWID;
