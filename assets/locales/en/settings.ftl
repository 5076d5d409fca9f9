# settings: BackTrack's own words for this area, in English. Ids start with "settings-".

## Appearance and privacy (src-tauri/app/appearance.rs, privacy.rs)
settings-text-size-range = Choose a text size from 100% to 200%.
settings-idle-lock-choices = Choose never, or 1, 5, 15, 30 or 60 minutes.
settings-lock-needs-encryption = Only an encrypted diary can be locked. Turn on encryption first.
settings-already-encrypted = The diary is already encrypted.
settings-not-encrypted = The diary is not encrypted.

## Backups (src-tauri/app/backups.rs, export.rs)
settings-backup-no-folder = There is no folder at { $folder }. Choose another, or plug in the drive it is on.
settings-backup-passphrase-short = A backup passphrase needs at least { $min } characters.
settings-backup-passphrase-needed = Your diary is encrypted, so its automatic backups are too. Choose a passphrase for them; you need it to restore one.
settings-backup-type-passphrase = This backup is encrypted. Type its passphrase.

## Reminder rules (src-tauri/domain/reminders/mod.rs). Times are written HH:MM, as typed.
settings-reminder-not-a-weekday = "{ $name }" is not a day of the week.
settings-reminder-no-weekday = Choose at least one day of the week.
settings-reminder-time-twice = { $time } is listed twice.
settings-reminder-not-a-time = "{ $text }" is not a time of day. Use HH:MM, such as 08:30.
settings-reminder-no-time = Add at least one time of day.
settings-reminder-too-many-times = Choose up to { $max } times a day.
settings-reminder-clash = Another reminder of this kind already goes off at { $time } on one of these days.

## The automatic backup schedule (src-tauri/domain/backups.rs)
settings-backup-every = Choose how often: every day, every week, or off.
settings-backup-folder-missing = Choose a folder for the backups.
settings-backup-folder-too-long = A folder path can be up to { $max } characters.
settings-backup-folder-not-full = Give the folder's full path, such as /home/ana/Backups, or press Choose folder.
settings-backup-keep-range = Keep must be a whole number from 1 to { $max }.
