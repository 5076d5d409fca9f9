# program: BackTrack's own words for this area, in English. Ids start with "program-".

## The safety check before the program (src-tauri/domain/program/safety.rs)
program-safety-recent-surgery = Have you had surgery on your back or hip in the last 6 months?
program-safety-hip-replacement = Do you have a hip replacement?
program-safety-hip-replacement-hint = This counts even if it was years ago.
program-safety-pregnancy = Are you pregnant?
program-safety-osteoporosis = Have you been told you have osteoporosis (thin, weak bones)?
program-safety-floor-trouble = Is it hard for you to get down to the floor, or to get back up?
program-safety-balance-trouble = Do you have trouble with your balance, or have you fallen in the last year?
program-start-modified = Gentler versions with smaller movements. Good if moving is hard right now or you are new to exercise.
program-start-standard = The usual versions. They are already written for people with back pain.
program-safety-answer-yes-no = Please answer yes or no.
program-safety-starting-level = Choose where to start: modified or standard.
program-safety-advice-recent-surgery = You had surgery on your back or hip recently. Ask your surgeon or physical therapist before you start, and follow the plan they gave you.
program-safety-advice-hip-replacement = With a hip replacement, BackTrack leaves out the figure-four stretches. Ask your surgeon or physical therapist which hip movements are safe for you.
program-safety-advice-pregnancy = In pregnancy, BackTrack leaves out exercises that lie flat on your back. Ask your doctor, midwife or physical therapist which exercises suit you.
program-safety-advice-osteoporosis = With osteoporosis, avoid bending forward with a load or twisting hard. Ask your doctor or physical therapist before you start.
program-safety-advice-floor-trouble = Floor exercises are shown with how to do them on a firm bed, and the others are swapped for standing or seated ones.
program-safety-advice-balance-trouble = Exercises on one leg or without support are swapped for ones where you hold a counter or a chair.

## Signs that stop any session (src-tauri/domain/program/session/mod.rs)
program-stop-chest = Pain, pressure or tightness in your chest
program-stop-faint = Feeling faint, dizzy or light-headed
program-stop-breath = Being much more out of breath than the effort explains
program-stop-nerves = New numbness or weakness in your legs, or numbness between your legs
program-stop-advice = Stop and rest. Call 911 if chest pain does not go away within a few minutes, or if you have numbness between your legs or trouble controlling your bladder or bowels. For the others, talk to a doctor before your next session.

## A session's checks (src-tauri/domain/program/session/mod.rs)
program-exercise-missing = "(none)" is not an exercise BackTrack knows.
program-exercise-unknown = "{ $exercise }" is not an exercise BackTrack knows.
program-counted-in-reps = { $exercise } is counted in repetitions, not seconds.
program-counted-in-seconds = { $exercise } is a hold, counted in seconds, not repetitions.
# $unit is sets, repetitions or seconds.
program-count-not-whole = { $unit ->
        [sets] Enter a whole number of sets, 0 or more.
        [repetitions] Enter a whole number of repetitions, 0 or more.
       *[seconds] Enter a whole number of seconds, 0 or more.
    }
program-count-too-many = { $unit ->
        [sets] That is more than twice the sets this exercise asks for (up to { $max } can be recorded).
        [repetitions] That is more than twice the repetitions this exercise asks for (up to { $max } can be recorded).
       *[seconds] That is more than twice the seconds this exercise asks for (up to { $max } can be recorded).
    }
program-minutes-range = Enter a whole number of minutes from 1 to { $max }.
program-session-ends-in-future = With this length the session would end in the future. Check the start time or the minutes.
program-too-many-exercises = A session can hold up to { $max } exercises.
program-exercise-twice = Each exercise can be listed once per session.

## Level changes and the suggestions that explain them (src-tauri/domain/program/suggestions, decisions.rs)
# $level, $from and $to are a level's wire name: modified, standard, harder or water.
program-step-back-try-pool = You could try { $family } in the pool for a while.
program-step-back-try-level = { $level ->
        [modified] You could try the modified version of { $family } for a while.
        [standard] You could try the standard version of { $family } for a while.
        [harder] You could try the harder version of { $family } for a while.
       *[water] You could try the pool version of { $family } for a while.
    }
program-step-back-gentlest = This is already the gentlest version of { $family }. For a few days, do fewer repetitions, do it on a firm bed, or take an easy walk instead. Gentle movement helps more than rest.
program-why-next-day-above-usual = Your pain the day after the session was { $next }. That is 2 or more points above your usual pain of { $usual }.
program-why-above-ceiling = Pain during the exercises reached { $during } out of 10. For you, up to { $ceiling } is fine.
program-why-rose-during-session = Your pain went from { $before } before the session to { $after } after it.
program-why-rose-next-day = Your next diary entry after the session was { $next }, above your usual { $baseline } over the week before.
program-why-too-much-during = Pain during the exercises reached { $during } out of 10.
program-step-up = Your pain has been steady or easing over two weeks (average { $earlier }, then { $later }) and you exercised on { $done } of { $goal } planned days. You could try the { $level ->
        [modified] modified
        [standard] standard
        [harder] harder
       *[water] pool
    } version of { $family }.
program-moved-level = You moved { $family } from the { $from ->
        [modified] modified
        [standard] standard
        [harder] harder
       *[water] pool
    } to the { $to ->
        [modified] modified
        [standard] standard
        [harder] harder
       *[water] pool
    } version.
program-unknown-family = "{ $family_id }" is not an exercise family BackTrack knows.
program-not-a-level = "{ $level }" is not a level. Choose modified, standard, harder or water.
program-family-lacks-level = { $family } has no { $level ->
        [modified] modified
        [standard] standard
        [harder] harder
       *[water] pool
    } version.
program-family-already-at-level = { $family } is already at the { $level ->
        [modified] modified
        [standard] standard
        [harder] harder
       *[water] pool
    } version.
program-suggestion-gone = That suggestion is no longer waiting for a decision. The program screen has been refreshed.
program-suggestion-changed = The suggestion has changed since it was shown. Please look at it again.

## The pain rule, as the Program screen states it (src-tauri/domain/program/progression). Word for word as in pain-during-exercise.md.
program-pain-rule-during = Pain during exercise is fine up to 5 out of 10. If your usual pain is 5 or more, up to 1 point above your usual pain is fine.
program-pain-rule-after = Pain may go up for a while after a session. That is fine if it settles by the next day.
program-pain-rule-next-day = If your pain the next day is 2 or more points above your usual pain, BackTrack suggests an easier version.
program-pain-rule-usual = Your usual pain is the average of your diary for the 7 days before the session, rounded to a whole number. With no diary that week, it is the pain you gave just before the session.

## Flare-ups (src-tauri/domain/program/flare.rs, src-tauri/app/flare.rs). Days are written YYYY-MM-DD.
program-flare-days-range = Choose from 1 to { $max } days.
program-flare-mode-missing = Choose to pause the program or to keep to gentle days.
program-flare-already-marked = A flare is already marked until { $last_day }. You can end it or make it longer.
program-flare-last-day-range = Choose a day from today to { $latest }, { $max } days from the start of this flare.
program-flare-none-today = No flare is marked for today.

## The habit plan: weekly goal, rest days and pauses (src-tauri/domain/program/habit_plan.rs)
program-weekly-goal-range = Choose a weekly goal from 1 to 7 sessions.
program-rest-days-range = Choose from 0 to 6 rest days a week, so at least one day is left for a session.
program-rest-weekdays-all = Leave at least one day of the week without planned rest.
program-goal-above-room = { $rest ->
        [one] With 1 rest day a week
       *[other] With { $rest } rest days a week
    } { $room ->
        [one] there is room for 1 session.
       *[other] there is room for { $room } sessions.
    } Lower the goal or plan fewer rest days.
program-pause-end-before-start = The pause has to end on or after the day it starts.
program-pause-too-long = A pause can be up to { $max } days. For a longer break, add another pause after this one.
program-pause-reason-too-long = A reason can be up to { $max } characters. This one has { $count }.

## The progress calendar (src-tauri/domain/program/progress/calendar.rs)
program-calendar-days-missing = Enter the first and last day of the calendar.
program-calendar-too-long = The calendar can show up to { $max } days.
