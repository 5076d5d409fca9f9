# diary: BackTrack's own words for this area, in English. Ids start with "diary-".

## A pain entry's checks (src-tauri/domain/diary/mod.rs)
diary-intensity-missing = Choose a pain level from 0 to 10.
# $list is the field the word came in: sites, qualities, worse or better.
diary-unknown-word = { $list ->
        [sites] "{ $word }" is not a place on the body BackTrack knows.
        [qualities] "{ $word }" is not a kind of pain BackTrack knows.
        [worse] "{ $word }" is not a thing that made it worse BackTrack knows.
       *[better] "{ $word }" is not a thing that made it better BackTrack knows.
    }
diary-not-a-choice = "{ $word }" is not one of the choices.
diary-medication-not-on-list = Pick medications from your list. One of them is not on it.
diary-dose-too-long = A dose can be up to { $max } characters.
diary-medication-twice = Each medication can be listed once per entry.
# A medication an entry names that is no longer on the list (the report and Insights).
diary-unknown-medication = unknown medication

## The medication list (src-tauri/domain/diary/medication.rs)
diary-medication-name-missing = Enter the medication's name.
diary-medication-name-too-long = A name can be up to { $max } characters.
diary-medication-already-listed = This medication is already on your list.

## History pages (src-tauri/domain/diary/history_pages/mod.rs)
diary-no-such-page = { $count ->
        [1] There is no such page of entries. There is only page 1.
       *[other] There is no such page of entries. Pick a page from 1 to { $count }.
    }

## The weekly function check-in (src-tauri/domain/function_scale, src-tauri/app/function_scale.rs)
diary-activity-name-missing = Name an activity, such as "sit through a movie".
diary-activity-name-too-long = A name can be up to { $max } characters. This one has { $count }.
diary-activity-too-many = You can follow up to { $max } activities at a time. Retire one to add another.
diary-activity-already-followed = You already follow this activity.
diary-activity-not-found = This activity was not found. It may have been removed.
diary-activity-retired = This activity is retired. Add it again to rate it.
diary-rating-missing = Pick a number from 0 (can't do it) to 10 (as well as before the pain).
diary-check-in-rate-one = Rate at least one activity.
diary-check-in-rated-twice = This activity is rated twice in one check-in.

## The diary's fixed words (src-tauri/domain/vocabulary.rs). Ids end in the wire name. The English words are
## also each value's fixed `label` (FHIR's display and the UI's generated list): keep them stable.
# Places on the body map
diary-site-lower_back_left = Lower back, left side
diary-site-lower_back_centre = Lower back, middle
diary-site-lower_back_right = Lower back, right side
diary-site-buttock_left = Left buttock
diary-site-buttock_right = Right buttock
diary-site-hip_left = Left hip
diary-site-hip_right = Right hip
diary-site-thigh_back_left = Back of left thigh
diary-site-thigh_back_right = Back of right thigh
diary-site-below_knee_left = Left leg below the knee
diary-site-below_knee_right = Right leg below the knee
# What the pain feels like
diary-quality-aching = Aching
diary-quality-sharp = Sharp
diary-quality-burning = Burning
diary-quality-shooting = Shooting
diary-quality-tingling = Tingling
diary-quality-numb = Numb
diary-quality-stiff = Stiff
# What made the pain worse
diary-worse-sitting = Sitting
diary-worse-standing = Standing
diary-worse-walking = Walking
diary-worse-bending = Bending
diary-worse-lifting = Lifting
diary-worse-exercise = Exercise
diary-worse-lying_down = Lying down
diary-worse-other = Something else
# What made the pain better
diary-better-rest = Rest
diary-better-heat = Heat
diary-better-ice = Ice
diary-better-movement = Moving around
diary-better-stretching = Stretching
diary-better-medication = Medication
diary-better-other = Something else
# Whether the pain runs down a leg
diary-leg-no = No
diary-leg-left = Yes, left leg
diary-leg-right = Yes, right leg
diary-leg-both = Yes, both legs
# Mood
diary-mood-very_low = Very low
diary-mood-low = Low
diary-mood-okay = Okay
diary-mood-good = Good
diary-mood-very_good = Very good
