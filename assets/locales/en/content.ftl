# content: BackTrack's own words for this area, in English. Ids start with "content-".

# A word of care shown with every pool version of an exercise.
content-care-pool = Exercise in the pool when someone else is around, such as a lifeguard or a friend. Get out and rest if you feel dizzy or unwell.
