# cli: BackTrack's own words for this area, in English. Ids start with "cli-".
# The command line's messages and prompts (src-tauri/cli). Dates are the YYYY-MM-DD the
# command line reads and writes. clap's --help text stays English.

cli-no-data-dir = No data folder could be found. Set BACKTRACK_DATA_DIR to the diary's folder.
cli-summary-failed = The summary could not be written: { $reason }
cli-print-failed = The answer could not be printed: { $reason }
cli-read-failed = Could not read { $path }: { $reason }
cli-read-answer-failed = Could not read the answer from standard input: { $reason }
cli-read-terminal-failed = Could not read the terminal: { $reason }

cli-date-not-a-date = --{ $flag } must be a date such as 2026-03-14, not "{ $text }".
cli-date-out-of-range = --{ $flag } must be a date from { $first } to { $last }, not "{ $text }".
cli-date-end-before-start = --to must be on or after --from.

cli-wrote = Wrote { $path } ({ $bytes } bytes).
cli-wrote-backup = Wrote the backup to { $path } ({ $bytes } bytes).
cli-wrote-encrypted-backup = Wrote an encrypted backup to { $path } ({ $bytes } bytes).
cli-prompt-backup-passphrase = Passphrase for the backup:
cli-restore-confirm = This replaces everything in the diary with the backup (a copy of the diary is kept first). Type yes to go on:
# The word that confirms a replace, besides "yes".
cli-confirm-word = yes
cli-restore-not-confirmed = Nothing was restored: replacing the diary was not confirmed.

cli-summary-range = { $from } to { $to }
cli-summary-pain = Pain: average { $average }, lowest { $lowest }, highest { $highest }, { $entries ->
        [one] 1 entry
       *[other] { $entries } entries
    }
cli-summary-no-pain = Pain: no entries between these dates.
cli-summary-change = Change: { $points } points, important: { $important }
cli-summary-function = Function: mean { $first } to { $latest } ({ $change }), important: { $important }
cli-summary-program = Streak { $streak } (longest { $longest }), weekly goal met { $met } of { $weeks } weeks, strength { $strength }%
cli-yes-no = { $value ->
    [true] yes
   *[false] no
}

cli-nothing-saved = Nothing was saved. { $details }
cli-saved = Saved: pain { $intensity } out of 10 at { $time }.
cli-saved-places = Saved: pain { $intensity } out of 10 at { $time }, { $places }.
cli-saved-for-surgeon = Saved: pain { $intensity } out of 10 at { $time }, marked for your surgeon.
cli-saved-places-for-surgeon = Saved: pain { $intensity } out of 10 at { $time }, { $places }, marked for your surgeon.
cli-note = Note: { $note }
cli-offer-red-flag-check = Pain like this can be a warning sign. Open BackTrack and go to Learn to check it.

cli-needs-secret = { $secret ->
    [recovery-code] This needs the recovery code. Type it at a terminal, or name a file that holds it in { $variable }.
    [backup-passphrase] This needs the backup passphrase. Type it at a terminal, or name a file that holds it in { $variable }.
   *[passphrase] This needs the passphrase. Type it at a terminal, or name a file that holds it in { $variable }.
}
cli-prompt-again = Type it again:
cli-passphrases-differ = The two passphrases are not the same. Nothing was changed.
