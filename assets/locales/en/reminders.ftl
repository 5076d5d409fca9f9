# reminders: BackTrack's own words for this area, in English. Ids start with "reminders-".
# Reminder notifications (src-tauri/reminders/text.rs), word for word the domain's English
# (domain::reminders::outcome), and the buttons on a Linux notification.

reminders-diary-title = How is your back today?
reminders-diary-body = A quick score from 0 to 10 takes about ten seconds.
reminders-diary-streak-body = You have checked in { $days } days in a row. A quick score keeps it going.
reminders-nudge-body = Yesterday has no entry, and that is fine. A quick score today keeps your record useful.
reminders-workout-title = Time for your glute and core routine
reminders-workout-body = About 10 to 15 minutes. A short or gentle session counts too.
reminders-workout-streak-body = Your streak is { $days } active days. A short or gentle session keeps it going.
reminders-check-in-title = Your weekly check-in
reminders-check-in-body = How well can you do your activities this week? Rating them takes about a minute.
reminders-check-in-name-body = Name up to 3 things your back makes hard, then rate them once a week.

reminders-action-open = Open BackTrack
reminders-action-log-pain = Log pain
reminders-action-start-session = Start session
reminders-action-later = Later
