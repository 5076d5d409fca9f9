-- The person's own medication list, and the doses taken with each entry. A medication is
-- archived rather than deleted, so old entries keep their meaning.

CREATE TABLE medication (
    id           TEXT PRIMARY KEY CHECK (length(id) = 36),
    name         TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
    default_dose TEXT NOT NULL DEFAULT '' CHECK (length(default_dose) <= 40),
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE UNIQUE INDEX medication_by_name ON medication (name COLLATE NOCASE);

CREATE TABLE pain_entry_medication (
    entry_id      TEXT NOT NULL REFERENCES pain_entry (id) ON DELETE CASCADE,
    medication_id TEXT NOT NULL REFERENCES medication (id),
    dose          TEXT NOT NULL DEFAULT '' CHECK (length(dose) <= 40),
    PRIMARY KEY (entry_id, medication_id)
) STRICT, WITHOUT ROWID;
