# common: BackTrack's own words for this area, in English. Ids start with "common-".

## Dates and times a person types (src-tauri/domain/dates.rs, local_time.rs)
common-date-format = Enter a date such as 2026-03-14.
common-date-out-of-range = Enter a date from { $first } to { $last }.
common-date-end-before-start = The end date must be on or after the start date.
common-date-time-format = Enter a date and time, such as 2026-03-14 08:30.
common-time-in-future = This time is in the future. Pick now or an earlier time.

## Notes and 0-10 scales, shared by the diary, sessions and the function check-in
common-note-too-long = Notes can be up to { $max } characters. This one has { $count }.
# $scale names the answer: intensity, sleep, interference, pain_before, pain_after, pain_during, effort, rating.
common-scale-not-whole = { $scale ->
        [intensity] Pain level
        [sleep] Sleep
        [interference] Effect on daily life
        [pain_before] Pain before
        [pain_after] Pain after
        [pain_during] Pain during the exercises
        [effort] Effort
       *[rating] A rating
    } must be a whole number from 0 to 10.
common-scale-out-of-range = { $scale ->
        [intensity] Pain level
        [sleep] Sleep
        [interference] Effect on daily life
        [pain_before] Pain before
        [pain_after] Pain after
        [pain_during] Pain during the exercises
        [effort] Effort
       *[rating] A rating
    } must be from 0 to 10.
