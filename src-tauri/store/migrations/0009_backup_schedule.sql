-- Automatic backups (domain::backups): the schedule, and a log of each try. Device state: a
-- folder on this computer means nothing on another, so neither table is part of a backup.

CREATE TABLE backup_schedule (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    every  TEXT NOT NULL CHECK (every IN ('daily', 'weekly')),
    folder TEXT NOT NULL CHECK (length(folder) BETWEEN 1 AND 4096),
    keep   INTEGER NOT NULL CHECK (keep BETWEEN 1 AND 100)
) STRICT;

-- One row per try. A try that worked names its file; one that failed says why. `told` is 1 once
-- a failure was shown to the person as a notification (it is shown once).
CREATE TABLE backup_run (
    id       INTEGER PRIMARY KEY,
    tried_at TEXT NOT NULL CHECK (datetime(tried_at) IS NOT NULL),
    file     TEXT,
    bytes    INTEGER CHECK (bytes IS NULL OR bytes >= 0),
    problem  TEXT,
    told     INTEGER NOT NULL DEFAULT 0 CHECK (told IN (0, 1)),
    CHECK ((file IS NULL) <> (problem IS NULL))
) STRICT;
