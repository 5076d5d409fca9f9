# export: BackTrack's own words for this area, in English. Ids start with "export-".
# Exports, backups and restores (src-tauri/export, the Export screen's commands). CSV column
# names and FHIR codes are machine words and stay out of the catalog.

export-filter-pdf = PDF report
export-filter-csv = CSV spreadsheet
export-filter-fhir = FHIR bundle (JSON)
export-filter-backup = BackTrack backup (JSON)
export-filter-encrypted-backup = Encrypted BackTrack backup (age)
export-filter-any-backup = BackTrack backup (JSON, or encrypted with age)
export-dialog-save = Save the export
export-dialog-choose-backup = Choose a BackTrack backup
export-dialog-backup-folder = Choose a folder for automatic backups
export-folder-backups-not-on-phones = Automatic backups to a folder are not available on phones yet.
export-backup-passphrase-too-short = A backup passphrase needs at least { $min } characters.
export-backup-is-encrypted = This backup is encrypted. Type its passphrase to restore it.
export-choose-backup-again = Choose the backup to restore again.
export-stopped = The export stopped unexpectedly: { $reason }

export-fhir-failed = The FHIR bundle could not be written: { $reason }
export-csv-failed = The CSV file could not be written: { $reason }
export-write-failed = The file could not be saved at { $path }: { $reason }
export-no-temporary-name = no free temporary file name

export-backup-write-failed = The backup could not be written: { $reason }
export-backup-cut-short = This backup file is cut short: it may not have finished copying. Nothing was restored.
export-backup-not-json = This file is not a BackTrack backup (it is not valid JSON). Nothing was restored.
export-backup-not-backtrack = This file is not a BackTrack backup. Nothing was restored.
export-backup-no-version = This backup has no version number, so it cannot be read safely. Nothing was restored.
export-backup-newer = This backup was made by a newer version of BackTrack. Please update BackTrack, then restore it. Nothing was restored.
export-backup-no-data = This backup has no data in it. Nothing was restored.
export-backup-checksum = This backup was changed after it was made, or is damaged (its checksum does not match). Nothing was restored.
export-backup-wrong-shape = The tables in this backup have the wrong shape. Nothing was restored.
export-backup-table-rejected = The backup is not valid: a record of { $table } does not fit the diary's rules. Nothing was restored.
export-backup-record-rejected = The backup is not valid: { $record } does not fit the diary's rules. Nothing was restored.
export-backup-record-of = a record of { $table }
export-backup-copy-failed = No copy of the diary could be kept at { $path } ({ $reason }), so it was not replaced. Nothing was restored.
export-backup-not-a-file = The diary is not a file, so no copy of it could be kept. Nothing was restored.
export-backup-copy-exists = A copy named { $path } already exists. Nothing was restored.

# What a restore did (src-tauri/export/restore_outcome.rs). Days are the records' own, YYYY-MM-DD.
export-restore-kept-copy = The old diary was kept as { $path }.
export-restore-counts = Restored: { $added } added, { $present } already there.
export-restore-conflicts = { $count ->
    [one] 1 record differs from this device's copy, which was kept:
   *[other] { $count } records differ from this device's copies, which were kept:
}
export-conflict-unknown-table = A record of { $table } differs from the one on this device; this device's copy was kept.
export-conflict-part = { $part } of the { $record } differs from the one on this device; this device's copy was kept.
export-conflict-record = { $record } (id { $id }) differs from the one on this device; this device's copy was kept.
export-conflict-record-on-day = { $record } from { $day } (id { $id }) differs from the one on this device; this device's copy was kept.
export-conflict-named = The { $record } differs from the one on this device; this device's copy was kept.

# Why a backup's rows were refused (src-tauri/export/backup_rules). $record names the record
# ("pain entry 6f1c…"), $field the field ("a pain level"), $value the value as written.
export-rules-invalid = The backup is not valid: { $problem }. Nothing was restored.
export-rules-unknown-table = The backup has a table this version does not know: { $table }. Nothing was restored.
export-rules-record-without = { $record } with no { $field }
export-rules-record-in-file = { $record } (number { $number } in the file)
export-rules-unknown-field = { $record } has a field this version does not know ({ $column })
export-rules-missing = { $record } has no { $field }
export-rules-not-whole = { $record } has { $field } that should be a whole number ({ $value })
export-rules-not-number = { $record } has { $field } that should be a number, not { $value }
export-rules-not-text = { $record } has { $field } that should be text, not { $value }
export-rules-field-problem = { $record } has { $field } { $problem }
export-rules-same-part-twice = { $record } has { $part } twice ({ $values })
export-rules-twice = { $record } is in the file twice, under the same id
export-rules-same-medication-name = two medications have the same name ({ $first } and { $second })
export-rules-orphan = it has { $part } for { $record }, which is not in the file

# The end of a sentence about one value: "...has a pain level" + "that does not fit...".
export-value-out-of-range = that does not fit the diary's rules ({ $value }; it must be from { $low } to { $high })
export-value-not-a-flag = that does not fit the diary's rules ({ $value }; it must be 0 for no or 1 for yes)
export-value-unreadable = that BackTrack cannot read ({ $value })
export-value-unknown = this version does not know ({ $value })
export-value-not-an-id = that is not a valid id ({ $value })
export-value-not-a-day = that is not a real date (YYYY-MM-DD) ({ $value })
export-value-not-a-moment = that is not a date and time BackTrack can read ({ $value })
export-value-not-on-its-day = that is not on its own day ({ $value })
export-value-too-long = that is too long ({ $length } characters; the most is { $max })
export-value-empty = that is empty
export-value-not-a-time = that is not a time of day (HH:MM) ({ $value })
export-value-not-json = that is not readable ({ $value })
export-value-not-a-number = that should be a number, not { $value }
export-value-not-times = that are not times of day (HH:MM) ({ $value })
export-value-too-many-times = that are too many ({ $count }; the most is { $max })
export-value-times-out-of-order = that are not in order, or repeat ({ $value })
export-value-no-weekdays = that are empty
export-value-not-weekdays = that are not days of the week (1 to 7, each once) ({ $value })

# Field labels of a backup row (src-tauri/export/backup_rules/tables.rs), one per English label:
# "a pain level" with $form a, "pain level" otherwise.
export-field-activity-id = { $form ->
    [a] an activity id
   *[bare] activity id
}
export-field-answer = { $form ->
    [a] an answer
   *[bare] answer
}
export-field-answer-about-a-hip-replacement = { $form ->
    [a] an answer about a hip replacement
   *[bare] answer about a hip replacement
}
export-field-answer-about-balance = { $form ->
    [a] an answer about balance
   *[bare] answer about balance
}
export-field-answer-about-getting-down-to-the-floor = { $form ->
    [a] an answer about getting down to the floor
   *[bare] answer about getting down to the floor
}
export-field-answer-about-osteoporosis = { $form ->
    [a] an answer about osteoporosis
   *[bare] answer about osteoporosis
}
export-field-answer-about-pain-down-the-leg = { $form ->
    [a] an answer about pain down the leg
   *[bare] answer about pain down the leg
}
export-field-answer-about-pregnancy = { $form ->
    [a] an answer about pregnancy
   *[bare] answer about pregnancy
}
export-field-answer-about-recent-surgery = { $form ->
    [a] an answer about recent surgery
   *[bare] answer about recent surgery
}
export-field-archived-mark = { $form ->
    [a] an archived mark
   *[bare] archived mark
}
export-field-article = { $form ->
    [a] an article
   *[bare] article
}
export-field-check-id = { $form ->
    [a] a check id
   *[bare] check id
}
export-field-day = { $form ->
    [a] a day
   *[bare] day
}
export-field-day-it-ended = { $form ->
    [a] a day it ended
   *[bare] day it ended
}
export-field-days-of-the-week = { $form ->
    [a] a days of the week
   *[bare] days of the week
}
export-field-decision = { $form ->
    [a] a decision
   *[bare] decision
}
export-field-direction = { $form ->
    [a] a direction
   *[bare] direction
}
export-field-done-mark = { $form ->
    [a] a done mark
   *[bare] done mark
}
export-field-dose = { $form ->
    [a] a dose
   *[bare] dose
}
export-field-effort-score = { $form ->
    [a] an effort score
   *[bare] effort score
}
export-field-end-time = { $form ->
    [a] an end time
   *[bare] end time
}
export-field-entry-id = { $form ->
    [a] an entry id
   *[bare] entry id
}
export-field-exercise = { $form ->
    [a] an exercise
   *[bare] exercise
}
export-field-exercise-family = { $form ->
    [a] an exercise family
   *[bare] exercise family
}
export-field-first-day = { $form ->
    [a] a first day
   *[bare] first day
}
export-field-gentle-mark = { $form ->
    [a] a gentle mark
   *[bare] gentle mark
}
export-field-id = { $form ->
    [a] an id
   *[bare] id
}
export-field-kind-of-flare = { $form ->
    [a] a kind of flare
   *[bare] kind of flare
}
export-field-kind-of-reminder = { $form ->
    [a] a kind of reminder
   *[bare] kind of reminder
}
export-field-kind-of-rest-days = { $form ->
    [a] a kind of rest days
   *[bare] kind of rest days
}
export-field-kind-of-session = { $form ->
    [a] a kind of session
   *[bare] kind of session
}
export-field-kind-of-tag = { $form ->
    [a] a kind of tag
   *[bare] kind of tag
}
export-field-last-day = { $form ->
    [a] a last day
   *[bare] last day
}
export-field-level = { $form ->
    [a] a level
   *[bare] level
}
export-field-level-it-came-from = { $form ->
    [a] a level it came from
   *[bare] level it came from
}
export-field-level-it-went-to = { $form ->
    [a] a level it went to
   *[bare] level it went to
}
export-field-mark-for-the-surgeon = { $form ->
    [a] a mark for the surgeon
   *[bare] mark for the surgeon
}
export-field-medication-id = { $form ->
    [a] a medication id
   *[bare] medication id
}
export-field-mood = { $form ->
    [a] a mood
   *[bare] mood
}
export-field-name = { $form ->
    [a] a name
   *[bare] name
}
export-field-note = { $form ->
    [a] a note
   *[bare] note
}
export-field-number-of-repetitions = { $form ->
    [a] a number of repetitions
   *[bare] number of repetitions
}
export-field-number-of-rest-days = { $form ->
    [a] a number of rest days
   *[bare] number of rest days
}
export-field-number-of-seconds-held = { $form ->
    [a] a number of seconds held
   *[bare] number of seconds held
}
export-field-number-of-sets = { $form ->
    [a] a number of sets
   *[bare] number of sets
}
export-field-on-or-off-mark = { $form ->
    [a] an on or off mark
   *[bare] on or off mark
}
export-field-pain-level = { $form ->
    [a] a pain level
   *[bare] pain level
}
export-field-pain-score-after = { $form ->
    [a] a pain score after
   *[bare] pain score after
}
export-field-pain-score-before = { $form ->
    [a] a pain score before
   *[bare] pain score before
}
export-field-pain-score-during = { $form ->
    [a] a pain score during
   *[bare] pain score during
}
export-field-place-in-the-session = { $form ->
    [a] a place in the session
   *[bare] place in the session
}
export-field-planned-last-day = { $form ->
    [a] a planned last day
   *[bare] planned last day
}
export-field-question = { $form ->
    [a] a question
   *[bare] question
}
export-field-rating = { $form ->
    [a] a rating
   *[bare] rating
}
export-field-reason = { $form ->
    [a] a reason
   *[bare] reason
}
export-field-reason-details = { $form ->
    [a] a reason details
   *[bare] reason details
}
export-field-reminder-id = { $form ->
    [a] a reminder id
   *[bare] reminder id
}
export-field-rest-days = { $form ->
    [a] a rest days
   *[bare] rest days
}
export-field-result = { $form ->
    [a] a result
   *[bare] result
}
export-field-score-for-how-much-pain-got-in-the-way = { $form ->
    [a] a score for how much pain got in the way
   *[bare] score for how much pain got in the way
}
export-field-session-id = { $form ->
    [a] a session id
   *[bare] session id
}
export-field-sleep-score = { $form ->
    [a] a sleep score
   *[bare] sleep score
}
export-field-start-day = { $form ->
    [a] a start day
   *[bare] start day
}
export-field-start-time = { $form ->
    [a] a start time
   *[bare] start time
}
export-field-starting-level = { $form ->
    [a] a starting level
   *[bare] starting level
}
export-field-tag = { $form ->
    [a] a tag
   *[bare] tag
}
export-field-time = { $form ->
    [a] a time
   *[bare] time
}
export-field-time-it-was-added = { $form ->
    [a] a time it was added
   *[bare] time it was added
}
export-field-time-it-was-changed = { $form ->
    [a] a time it was changed
   *[bare] time it was changed
}
export-field-time-it-was-deleted = { $form ->
    [a] a time it was deleted
   *[bare] time it was deleted
}
export-field-time-it-was-handled = { $form ->
    [a] a time it was handled
   *[bare] time it was handled
}
export-field-time-it-was-made = { $form ->
    [a] a time it was made
   *[bare] time it was made
}
export-field-time-it-was-marked = { $form ->
    [a] a time it was marked
   *[bare] time it was marked
}
export-field-time-it-was-read = { $form ->
    [a] a time it was read
   *[bare] time it was read
}
export-field-time-it-was-retired = { $form ->
    [a] a time it was retired
   *[bare] time it was retired
}
export-field-time-of-the-answers = { $form ->
    [a] a time of the answers
   *[bare] time of the answers
}
export-field-time-of-the-decision = { $form ->
    [a] a time of the decision
   *[bare] time of the decision
}
export-field-time-zone = { $form ->
    [a] a time zone
   *[bare] time zone
}
export-field-times = { $form ->
    [a] a times
   *[bare] times
}
export-field-usual-dose = { $form ->
    [a] an usual dose
   *[bare] usual dose
}
export-field-value = { $form ->
    [a] a value
   *[bare] value
}
export-field-weekly-goal = { $form ->
    [a] a weekly goal
   *[bare] weekly goal
}
export-field-body-site = { $form ->
    [a] a body site
   *[bare] body site
}
export-field-kind-of-pain = { $form ->
    [a] a kind of pain
   *[bare] kind of pain
}
export-field-thing-that-made-it-worse = { $form ->
    [a] a thing that made it worse
   *[bare] thing that made it worse
}
export-field-thing-that-made-it-better = { $form ->
    [a] a thing that made it better
   *[bare] thing that made it better
}
export-field-word = { $form ->
    [a] a word
   *[bare] word
}
export-field-field = { $form ->
    [a] a field
   *[bare] field
}

# What a record of a backup is: "a pain entry" ($form a), "pain entry 6f1c…" ($form named, with
# its $id), "pain entry" otherwise.
export-record-medication = { $form ->
    [a] a medication
    [named] medication { $id }
   *[bare] medication
}
export-record-pain-entry = { $form ->
    [a] a pain entry
    [named] pain entry { $id }
   *[bare] pain entry
}
export-record-exercise-session = { $form ->
    [a] an exercise session
    [named] exercise session { $id }
   *[bare] exercise session
}
export-record-exercise-level-for = { $form ->
    [a] an exercise level for
    [named] exercise level for { $id }
   *[bare] exercise level for
}
export-record-level-change = { $form ->
    [a] a level change
    [named] level change { $id }
   *[bare] level change
}
export-record-weekly-plan = { $form ->
    [a] a weekly plan
    [named] weekly plan { $id }
   *[bare] weekly plan
}
export-record-pause = { $form ->
    [a] a pause
    [named] pause { $id }
   *[bare] pause
}
export-record-flare = { $form ->
    [a] a flare
    [named] flare { $id }
   *[bare] flare
}
export-record-safety-check = { $form ->
    [a] a safety check
    [named] safety check { $id }
   *[bare] safety check
}
export-record-read-mark-for-the-article = { $form ->
    [a] a read mark for the article
    [named] read mark for the article { $id }
   *[bare] read mark for the article
}
export-record-warning-sign-check = { $form ->
    [a] a warning-sign check
    [named] warning-sign check { $id }
   *[bare] warning-sign check
}
export-record-activity = { $form ->
    [a] an activity
    [named] activity { $id }
   *[bare] activity
}
export-record-activity-rating = { $form ->
    [a] an activity rating
    [named] activity rating { $id }
   *[bare] activity rating
}
export-record-reminder = { $form ->
    [a] a reminder
    [named] reminder { $id }
   *[bare] reminder
}
export-record-setting = { $form ->
    [a] a setting
    [named] setting { $id }
   *[bare] setting
}

# A part of a record (a tag of an entry): "a tag" ($form a), "the same tag" ($form same).
export-part-tag = { $form ->
    [a] a tag
    [same] the same tag
   *[bare] tag
}
export-part-dose = { $form ->
    [a] a dose
    [same] the same dose
   *[bare] dose
}
export-part-exercise = { $form ->
    [a] an exercise
    [same] the same exercise
   *[bare] exercise
}
export-part-answer = { $form ->
    [a] an answer
    [same] the same answer
   *[bare] answer
}
export-part-line-of-its-log = { $form ->
    [a] a line of its log
    [same] the same line of its log
   *[bare] line of its log
}

# Restoring a backup (store/backup.rs): each problem is one whole sentence.
export-restore-unknown-table = The backup has a table this version does not know: "{ $table }".
export-restore-copy-moved = The copy of the diary kept before replacing it was moved away while the restore started. Nothing was restored.
export-restore-unknown-field = The backup is not valid: row { $row } of "{ $table }" has an unknown field "{ $name }". Nothing was restored.
export-restore-not-whole-number = The backup is not valid: "{ $table }.{ $name }" in row { $row } is not a whole number. Nothing was restored.
export-restore-should-be-number = The backup is not valid: "{ $table }.{ $name }" in row { $row } should be a number. Nothing was restored.
export-restore-should-be-text = The backup is not valid: "{ $table }.{ $name }" in row { $row } should be text. Nothing was restored.
# A save that would land on one of the diary's own files (store/own_files.rs).
export-own-file-refused = BackTrack will not write there: { $path } is one of your diary's own files, and writing over it would destroy the diary. Nothing was written. Choose another name or folder.
