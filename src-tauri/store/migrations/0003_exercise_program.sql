-- The exercise program: sessions and what was done in them (saved set by set), the person's
-- level in each exercise family with every change kept, and the habit plan with its pauses.
-- CHECK constraints mirror domain::session, domain::exercise and domain::streak.

CREATE TABLE exercise_session (
    id          TEXT PRIMARY KEY CHECK (length(id) = 36),
    -- The local calendar day, fixed when the session started.
    day         TEXT NOT NULL CHECK (date(day) IS NOT NULL AND date(day) = day),
    -- RFC 3339 local time with its offset; its date part is always `day`.
    started_at  TEXT NOT NULL CHECK (datetime(started_at) IS NOT NULL AND substr(started_at, 1, 10) = day),
    -- NULL while the session runs (or if the app closed before it was finished).
    ended_at    TEXT CHECK (ended_at IS NULL
                    OR (datetime(ended_at) IS NOT NULL AND julianday(ended_at) >= julianday(started_at))),
    time_zone   TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    kind        TEXT NOT NULL CHECK (kind IN ('guided', 'manual')),
    gentle      INTEGER NOT NULL DEFAULT 0 CHECK (gentle IN (0, 1)),
    pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after  INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    -- The highest pain felt during the exercises.
    pain_during INTEGER CHECK (pain_during BETWEEN 0 AND 10),
    effort      INTEGER CHECK (effort BETWEEN 0 AND 10),
    note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    -- A manual session is logged afterwards, whole: it is always finished.
    CHECK (kind = 'guided' OR ended_at IS NOT NULL)
) STRICT;

CREATE INDEX exercise_session_by_day ON exercise_session (day, started_at);

-- One exercise's progress within a session, written as each set is done. The exercise id is
-- checked against the catalog in Rust (the catalog is data, not a table). The bounds are twice
-- the largest dose the catalog may prescribe (domain::exercise::*_RANGE).
CREATE TABLE session_exercise (
    session_id   TEXT NOT NULL REFERENCES exercise_session (id) ON DELETE CASCADE,
    exercise_id  TEXT NOT NULL CHECK (length(exercise_id) BETWEEN 3 AND 100),
    position     INTEGER NOT NULL CHECK (position BETWEEN 0 AND 99),
    sets_done    INTEGER NOT NULL CHECK (sets_done BETWEEN 0 AND 10),
    reps_done    INTEGER CHECK (reps_done BETWEEN 0 AND 60),
    seconds_done INTEGER CHECK (seconds_done BETWEEN 0 AND 240),
    completed    INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (session_id, exercise_id),
    CHECK (reps_done IS NULL OR seconds_done IS NULL)
) STRICT, WITHOUT ROWID;

-- The person's level in a family. A family without a row is at 'standard'.
CREATE TABLE program_level (
    family_id TEXT PRIMARY KEY CHECK (length(family_id) BETWEEN 1 AND 80),
    level     TEXT NOT NULL CHECK (level IN ('modified', 'standard', 'harder', 'water')),
    since     TEXT NOT NULL CHECK (date(since) IS NOT NULL AND date(since) = since)
) STRICT, WITHOUT ROWID;

-- Every decision about a level, accepted or declined, with the reason shown at the time. A
-- NULL to_level is a suggested rest day for the family (there was nothing easier).
CREATE TABLE level_change (
    id          TEXT PRIMARY KEY CHECK (length(id) = 36),
    family_id   TEXT NOT NULL CHECK (length(family_id) BETWEEN 1 AND 80),
    from_level  TEXT NOT NULL CHECK (from_level IN ('modified', 'standard', 'harder', 'water')),
    to_level    TEXT CHECK (to_level IN ('modified', 'standard', 'harder', 'water')),
    day         TEXT NOT NULL CHECK (date(day) IS NOT NULL AND date(day) = day),
    direction   TEXT NOT NULL CHECK (direction IN ('step_back', 'step_up', 'manual')),
    -- The sentence the person saw.
    reason      TEXT NOT NULL CHECK (length(reason) <= 500),
    -- The machine-readable reason (a JSON object with a "kind"), when the app suggested it.
    reason_data TEXT CHECK (reason_data IS NULL OR json_valid(reason_data)),
    decided     TEXT NOT NULL CHECK (decided IN ('accepted', 'declined')),
    decided_at  TEXT NOT NULL CHECK (datetime(decided_at) IS NOT NULL),
    CHECK (to_level IS NOT NULL OR direction = 'step_back'),
    CHECK (direction <> 'manual' OR decided = 'accepted')
) STRICT;

CREATE INDEX level_change_by_family ON level_change (family_id, decided_at);

-- The habit plan: one row. Rest days are either fixed weekdays or a number per week.
CREATE TABLE habit_plan (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    weekly_goal   INTEGER NOT NULL DEFAULT 3 CHECK (weekly_goal BETWEEN 1 AND 7),
    rest_kind     TEXT NOT NULL DEFAULT 'per_week' CHECK (rest_kind IN ('weekdays', 'per_week')),
    -- Comma-separated ISO weekday numbers, 1 = Monday .. 7 = Sunday, such as '3,7'.
    rest_weekdays TEXT NOT NULL DEFAULT '' CHECK (rest_weekdays GLOB '' OR rest_weekdays NOT GLOB '*[^1-7,]*'),
    rest_per_week INTEGER NOT NULL DEFAULT 4 CHECK (rest_per_week BETWEEN 0 AND 6),
    CHECK (rest_kind = 'weekdays' OR rest_weekdays = ''),
    CHECK (rest_kind = 'per_week' OR rest_per_week = 0)
) STRICT;

CREATE TABLE pause (
    id       TEXT PRIMARY KEY CHECK (length(id) = 36),
    from_day TEXT NOT NULL CHECK (date(from_day) IS NOT NULL AND date(from_day) = from_day),
    to_day   TEXT NOT NULL CHECK (date(to_day) IS NOT NULL AND date(to_day) = to_day),
    reason   TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 200),
    CHECK (from_day <= to_day)
) STRICT;
