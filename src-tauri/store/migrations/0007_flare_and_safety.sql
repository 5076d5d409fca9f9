-- Flare-ups marked from Today (domain::program::flare), and the short safety check before the
-- program starts with the starting level the person chose (domain::program::safety).

CREATE TABLE flare (
    id         TEXT PRIMARY KEY CHECK (length(id) = 36),
    from_day   TEXT NOT NULL CHECK (date(from_day) IS NOT NULL AND date(from_day) = from_day),
    -- The last day as planned; the planned length is 1 to 14 days.
    planned_to TEXT NOT NULL CHECK (date(planned_to) IS NOT NULL AND date(planned_to) = planned_to),
    -- Set when the person ended it; it is then the last day.
    ended_on   TEXT CHECK (ended_on IS NULL OR (date(ended_on) IS NOT NULL AND date(ended_on) = ended_on)),
    mode       TEXT NOT NULL CHECK (mode IN ('pause', 'gentle')),
    started_at TEXT NOT NULL CHECK (datetime(started_at) IS NOT NULL),
    CHECK (from_day <= planned_to AND julianday(planned_to) - julianday(from_day) < 14),
    CHECK (ended_on IS NULL OR (from_day <= ended_on AND ended_on <= planned_to))
) STRICT;

CREATE INDEX flare_by_day ON flare (from_day);

-- One row once the person has answered; no row means the check has not been done yet.
CREATE TABLE program_safety (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    recent_surgery  INTEGER NOT NULL CHECK (recent_surgery IN (0, 1)),
    hip_replacement INTEGER NOT NULL CHECK (hip_replacement IN (0, 1)),
    pregnancy       INTEGER NOT NULL CHECK (pregnancy IN (0, 1)),
    osteoporosis    INTEGER NOT NULL CHECK (osteoporosis IN (0, 1)),
    floor_trouble   INTEGER NOT NULL CHECK (floor_trouble IN (0, 1)),
    balance_trouble INTEGER NOT NULL CHECK (balance_trouble IN (0, 1)),
    starting_level  TEXT NOT NULL CHECK (starting_level IN ('modified', 'standard')),
    answered_at     TEXT NOT NULL CHECK (datetime(answered_at) IS NOT NULL)
) STRICT;
