-- Learn: which articles the person has marked read, and every red-flag check with its answers.
-- CHECK constraints mirror domain::content and domain::red_flags. Question ids are checked in
-- Rust (the questions are domain data, like the exercise catalog).

-- A row means "read"; marking an article unread deletes it. Slugs are checked against the
-- built-in library in Rust.
CREATE TABLE article_read (
    slug    TEXT PRIMARY KEY CHECK (length(slug) BETWEEN 1 AND 80 AND slug NOT GLOB '*[^a-z0-9-]*'),
    read_at TEXT NOT NULL CHECK (datetime(read_at) IS NOT NULL)
) STRICT, WITHOUT ROWID;

CREATE TABLE red_flag_check (
    id        TEXT PRIMARY KEY CHECK (length(id) = 36),
    -- The local calendar day, fixed when the check was taken.
    day       TEXT NOT NULL CHECK (date(day) IS NOT NULL AND date(day) = day),
    -- RFC 3339 local time with its offset; its date part is always `day`.
    taken_at  TEXT NOT NULL CHECK (datetime(taken_at) IS NOT NULL AND substr(taken_at, 1, 10) = day),
    time_zone TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    outcome   TEXT NOT NULL CHECK (outcome IN ('emergency', 'same_day', 'none_flagged'))
) STRICT;

-- One answer per question per check.
CREATE TABLE red_flag_answer (
    check_id    TEXT NOT NULL REFERENCES red_flag_check (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL CHECK (length(question_id) BETWEEN 1 AND 64),
    answer      TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'not_sure')),
    PRIMARY KEY (check_id, question_id)
) STRICT, WITHOUT ROWID;
