# learn: BackTrack's own words for this area, in English. Ids start with "learn-".

## The warning signs check (src-tauri/domain/learn/red_flags). One question per sign, in the order asked.
learn-red-flag-saddle-numbness = Do you have numbness or tingling in the area you would sit on: between your legs, your buttocks or inner thighs?
learn-red-flag-saddle-numbness-hint = For example, toilet paper feels different when you wipe.
learn-red-flag-bladder-bowel = Is it newly hard to start peeing or to hold it in, or have you lost control of your bowels?
learn-red-flag-bladder-bowel-hint = This counts even if you feel no pain there, or you cannot tell when your bladder is full.
learn-red-flag-sexual-function = Have you had new problems with sex, such as less feeling in your genitals or trouble getting an erection?
learn-red-flag-both-legs = Do you have new pain, numbness or tingling in both legs?
learn-red-flag-legs-weaker = Are your legs getting weaker, so that a foot drags or a leg gives way?
learn-red-flag-legs-weaker-hint = Answer yes if this is getting worse over hours or days.
learn-red-flag-fever-unwell = Do you have a fever, or feel hot, shivery or unwell, as well as the back pain?
learn-red-flag-weight-loss = Have you lost weight lately without trying?
learn-red-flag-cancer-history = Have you had cancer, and is this back pain new, or different from the back pain you had before?
learn-red-flag-cancer-history-hint = A past cancer matters most when the back pain is new or has changed.
learn-red-flag-night-pain = Is the pain bad at night, and does it stay bad when you rest or change position?
learn-red-flag-fall-injury = Did the pain start after a bad fall, a car crash or another big injury?
learn-red-flag-minor-fall-older = Did the pain start after a small fall, bump or strain, and are you older or have thin bones (osteoporosis)?
learn-red-flag-minor-fall-older-hint = In older people or people with thin bones, even a small fall can break a bone in the back.
learn-red-flag-steroid-tablets = Have you taken steroid tablets, such as prednisone, for a long time?
learn-red-flag-steroid-tablets-hint = For example, every day for three months or more.
learn-red-flag-weak-immune = Is your immune system weak from chemo, a transplant, HIV, or a medicine that lowers it?
learn-red-flag-weak-immune-hint = Chemo is short for chemotherapy, a cancer treatment. Ask your pharmacist if you are not sure what a medicine does.
learn-red-flag-injected-drugs = Do you inject drugs that a doctor did not give you?
learn-red-flag-injected-drugs-hint = A doctor asks this because it can raise the risk of an infection in the spine.

# The check's answers, as a person reads them.
learn-answer-yes = Yes
learn-answer-no = No
learn-answer-not-sure = Not sure
# Answers the check cannot take; $id and $ids are question ids.
learn-red-flag-unknown-question = "{ $id }" is not a question of this check.
learn-red-flag-bad-answer = The answer to { $id } must be yes, no or not sure, not "{ $answer }".
learn-red-flag-answered-twice = { $id } is answered more than once.
learn-red-flag-unanswered = Please answer every question. Not answered yet: { $ids }.
learn-red-flag-also-unanswered = Not answered: { $ids }.

## What each outcome of the check means (red_flags::Outcome::words)
learn-outcome-emergency-heading = Get help now
learn-outcome-emergency-step-call = Call 911 or go to the nearest emergency room now. Outside the US, call your local emergency number, such as 999 in the UK or 112 in Europe.
learn-outcome-emergency-step-wait = Do not wait to see if it gets better.
learn-outcome-emergency-step-company = If you can, take someone with you.
learn-outcome-emergency-short = Get help now
learn-outcome-same-day-heading = Get medical advice today
learn-outcome-same-day-step-doctor = Call your primary care doctor's office today.
learn-outcome-same-day-step-closed = If the office is closed, call a nurse advice line or go to urgent care. In the UK, call NHS 111.
learn-outcome-same-day-step-worse = If you get worse while you wait, or a new warning sign starts, get help now.
learn-outcome-same-day-short = Get medical advice today
learn-outcome-none-heading = None of the warning signs you were asked about
learn-outcome-none-step = This does not rule out every problem. If you feel worse or are worried, get medical advice.
learn-outcome-none-short = None of the warning signs asked about

## The article library (src-tauri/app/learn.rs)
learn-article-not-found = There is no article called "{ $slug }".
