# errors: BackTrack's own words for this area, in English. Ids start with "errors-".

## The store (src-tauri/store/error.rs)
errors-store-not-a-database = The file { $path } is not a BackTrack diary (it is not a SQLite database). It has been left as it is.
errors-store-foreign-database = The file { $path } is another program's database, not a BackTrack diary. It has been left as it is.
errors-store-newer-version = This diary was saved by a newer version of BackTrack (format { $found }; this version reads up to { $supported }). Please update BackTrack. The file has been left as it is.
errors-store-entry-not-found = No entry with id { $id } was found. It may have been deleted.
errors-store-medication-not-found = No medication with id { $id } was found.
errors-store-session-not-found = No exercise session with id { $id } was found.
errors-store-pause-not-found = No pause with id { $id } was found. It may have been removed already.
errors-store-flare-not-found = No flare with id { $id } was found.
errors-store-reminder-not-found = No reminder with id { $id } was found. It may have been removed already.
errors-store-activity-not-found = No activity with id { $id } was found.
errors-store-rating-not-found = No rating with id { $id } was found. It may have been removed.
errors-store-corrupt = A stored value could not be read: { $problem }
errors-store-data-dir = Could not prepare the data folder { $path }: { $problem }
errors-store-in-use = The diary is in use by another BackTrack window or command. Close it and try again. Nothing was changed.
errors-store-key-does-not-fit = The encrypted diary { $path } does not open with this key. It may come from another device or be damaged. It has been left as it is.
errors-store-copy-check = The new copy of the diary did not check out ({ $problem }), so the diary was left as it was.
errors-store-sqlite = The diary database failed: { $problem }

## The diary's secrets (src-tauri/vault/mod.rs)
errors-vault-wrong-passphrase = That passphrase is not right. Nothing was changed.
errors-vault-wrong-recovery-code = That recovery code is not right. Check each group of letters and numbers. Nothing was changed.
errors-vault-malformed-recovery-code = A recovery code has 32 letters and numbers, in 8 groups of 4.
errors-vault-weak-passphrase = A passphrase needs at least { $min } characters.
errors-vault-wrong-backup-passphrase = The backup's passphrase is not right. Nothing was restored.
errors-vault-damaged-key-file = The diary's key file { $path } is damaged, so the diary cannot be unlocked with a passphrase. The recovery code may still work.
errors-vault-damaged-backup = This encrypted backup could not be read: { $problem }. Nothing was restored.
errors-vault-random = The computer gave no random numbers: { $problem }
errors-vault-kdf = The key could not be made: { $problem }

## The diary as the app holds it (src-tauri/state.rs)
errors-diary-locked = The diary is locked. Unlock it with your passphrase first.
errors-diary-poisoned = An earlier action failed part-way. Please restart BackTrack; your saved entries are safe.

## The application's own errors (src-tauri/app/error.rs)
errors-fix-highlighted = { $count ->
        [one] Please fix the highlighted answer.
       *[other] Please fix the { $count } highlighted answers.
    }
errors-storage-failed = Saving or reading failed, and nothing was changed. Details: { $details }
# $what is the kind of thing the window named, with spaces as underscores.
errors-unknown-id = { $what ->
        [entry] No entry with id { $id } was found.
        [medication] No medication with id { $id } was found.
        [exercise_session] No exercise session with id { $id } was found.
        [pause] No pause with id { $id } was found.
        [reminder] No reminder with id { $id } was found.
        [activity] No activity with id { $id } was found.
        [rating] No rating with id { $id } was found.
       *[other] Nothing with id { $id } was found.
    }
errors-backup-not-written = The backup could not be written: { $problem }
errors-catalog-unreadable = The exercise catalog could not be read: { $problem }
errors-articles-unreadable = The Learn articles could not be read: { $problem }
errors-file-unreadable = The file { $path } could not be read: { $problem }
errors-backup-not-written-to = The backup could not be written to { $path }: { $problem }
errors-key-file-not-written = The key file { $path } could not be written: { $problem }. Nothing was changed.
errors-reminder-not-saved = The reminder was not saved.

## Automatic backups that failed (src-tauri/app/backups.rs)
errors-backup-folder-gone = The backup folder { $folder } is not there. If it is on a drive, plug the drive in, or choose another folder on the Export screen.
errors-backup-read = The diary could not be read for the backup: { $problem }
errors-backup-seal = The backup could not be encrypted: { $problem }
errors-backup-check-read-back = The backup written to { $path } failed its check (it could not be read back: { $problem }), so it was removed.
errors-backup-check-differs = The backup written to { $path } failed its check (it did not read back the same), so it was removed.
errors-backup-check-unsealed = The backup written to { $path } failed its check (it could not be opened with its passphrase: { $problem }), so it was removed.
errors-backup-check-failed = The backup written to { $path } failed its check ({ $problem }), so it was removed.
# The detail shown in brackets after a damaged key file's path (vault/key_file.rs).
errors-vault-key-file-version = not a version { $version } BackTrack key file
