# report: BackTrack's own words for this area, in English. Ids start with "report-".
# The surgeon's PDF report (src-tauri/export/pdf). Dates arrive already written for the
# report's language; numbers arrive already rounded.

report-title = BackTrack: pain and exercise report for the spine surgeon
report-dates-covered = Dates covered: { $from } to { $to } ({ $days } days). Made on { $made_on }.
report-document-title = BackTrack report { $from } to { $to }
report-footer = { $title } - page { $page } of { $pages }
report-failed = The PDF report could not be made: { $reason }

# "1 day", "3 days"
report-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
report-none-recorded = None recorded.
# "Left buttock: 3"
report-count = { $name }: { $count }

report-red-flags-heading = Warning signs (red flags)
report-red-flags-none-taken = No warning-sign check was taken in these dates.
report-red-flags-none-reported = None reported in { $checks } warning-sign checks.
report-urgency-emergency = EMERGENCY
report-urgency-same-day = SAME DAY
report-red-flag = { $day } - { $urgency }: { $answers }

report-pain-heading = Pain (0-10)
report-pain-figures = Average { $average }, lowest { $lowest }, highest { $highest }, from { $entries } entries on { $days } days.
report-change = Change: { $baseline } in { $baseline_from } to { $baseline_to } vs { $latest } in { $latest_from } to { $latest_to }: { $points } points.
report-change-with-percent = Change: { $baseline } in { $baseline_from } to { $baseline_to } vs { $latest } in { $latest_from } to { $latest_to }: { $points } points, { $percent }%.
report-change-important = Clinically important change (at least { $min_points } points or { $min_percent }%).
report-change-not-important = Not a clinically important change (at least { $min_points } points or { $min_percent }%).
report-change-unknown = Change: not enough entries at the start and end of these dates.
report-trend-chart = Chart of daily pain from { $from } to { $to }: the average (blue) and the highest (grey) of each day, on a scale of 0 to 10.
report-trend-average = Blue: daily average
report-trend-high = Grey: daily high

report-leg-heading = Leg symptoms
report-leg-figures = Days with pain below the knee or numbness: { $any } of { $logged } days logged. Pain below the knee: { $below_knee }. Numbness or tingling: { $numbness }. Pain down a leg: { $down_leg }.

report-function-heading = Function (own activities, 0 can't do it - 10 as well as before the pain)
report-function-none = No activities rated in these dates.
report-activity-retired = { $name } (retired)
report-activity-change = { $name } { $first } to { $latest } ({ $change })
report-activity-change-important = { $name } { $first } to { $latest } ({ $change }, clinically important)
report-activity-one-rating = { $name } { $score } (one rating)
report-activity-not-rated = { $name } (not rated)
report-function-mean = Mean of { $activities } activities { $first } to { $latest } ({ $change })
report-function-mean-important = Mean of { $activities } activities { $first } to { $latest } ({ $change }, clinically important)
report-function-no-mean = No mean change yet (it needs two ratings of an activity)
report-function-figures = First to latest rating: { $ratings }. { $mean }; { $threshold } points or more is important ({ $source }).

report-sites-heading = Where it hurts (entries naming each place)
report-factors-heading = What made it worse or better (entries)
report-worse = Worse: { $list }
report-better = Better: { $list }
report-clear-differences = Clear differences in pain, days with vs without (95% interval leaves out 0; association, not cause): { $list }.
report-clear-difference = { $factor } { $with } vs { $without } ({ $with_days } / { $without_days } days)
report-factor-worse = worse with { $name }
report-factor-better = helped by { $name }
report-factor-quality = felt { $name }
report-factor-medication = took { $name }
report-factor-sleep = { $band ->
    [poor] poor sleep the night before
    [fair] fair sleep the night before
    [good] good sleep the night before
   *[other] { $band } sleep the night before
}

report-medication-heading = Medication
report-medication-use = { $name }: taken { $times } times on { $days } days

report-sleep-heading = Sleep and daily activities
report-sleep-figures = Sleep quality (0 poor - 10 good): { $sleep } ({ $sleep_answers } answers). Pain getting in the way of daily activities (0 not at all - 10 completely): { $interference } ({ $interference_answers } answers).

report-program-heading = Exercise program
report-program-figures = { $sessions } sessions on { $active_days }. Weekly goal: { $goal } a week, met in { $met } of { $weeks } whole weeks. Streak at the end: { $streak } (longest { $longest }). Habit strength { $strength }%.
report-week-chart = Bar chart of exercise sessions in each week from the week of { $from } to { $to }, with the weekly goal of { $goal } days as a line.
report-week-legend = Bars: sessions each week, blue when the week met the goal. Red line: the weekly goal (active days).
report-levels = Current levels: { $list }
report-level = { $family }: { $level }
report-level-since = { $family }: { $level } since { $since }
report-level-name = { $level ->
    [modified] Modified
    [standard] Standard
    [harder] Harder
    [water] Water
   *[other] { $level }
}
report-direction = { $direction ->
    [step_back] Step back
    [step_up] Step up
    [manual] Manual
   *[other] { $direction }
}
report-level-change = { $day } { $family }: { $direction } from { $from } to { $to }. Why: { $reason }
report-level-same-gently = the same level, done gently
report-flares = Flares marked: { $list }
report-flare = { $from } to { $to } ({ $days }, { $mode })
report-flare-paused = program paused
report-flare-gentle = gentle days

report-notes-heading = Notes for the surgeon
report-notes-none = None marked.
report-note = { $day } (pain { $intensity }): { $note }

report-log-heading = Daily log
report-log-empty = No diary entries in these dates.
report-log-day = Day
report-log-time = Time
report-log-pain = Pain
report-log-where = Where
report-log-leg = Leg
report-log-worse = Worse
report-log-better = Better
report-log-medication = Medication
report-log-note = Note
report-log-unknown-medication = unknown
