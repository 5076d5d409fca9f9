# insights: BackTrack's own words for this area, in English. Ids start with "insights-".

## The range Insights covers (src-tauri/app/insights.rs)
insights-last-day-in-future = Pick a last day that is today or earlier.
insights-first-day-after-last = Pick a first day on or before the last day.
