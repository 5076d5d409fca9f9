-- A reminder the person put off with "Later" on its notification (reminders::answers). It
-- comes back once, at `until`. Device state like the scheduler's last check: not part of a
-- backup. The key is the slot's, so one slot can be put off only once.

CREATE TABLE reminder_snooze (
    rule_id    TEXT NOT NULL,
    local_date TEXT NOT NULL,
    local_time TEXT NOT NULL,
    -- RFC 3339 UTC instants: when it comes back, and when it did (NULL until then).
    until      TEXT NOT NULL CHECK (datetime(until) IS NOT NULL),
    sent_at    TEXT CHECK (sent_at IS NULL OR datetime(sent_at) IS NOT NULL),
    PRIMARY KEY (rule_id, local_date, local_time),
    FOREIGN KEY (rule_id, local_date, local_time) REFERENCES reminder_fire (rule_id, local_date, local_time) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
