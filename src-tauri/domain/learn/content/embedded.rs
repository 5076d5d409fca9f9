//! The shipped articles, embedded at compile time: English and Spanish under the same file names.

/// The shipped articles as `(file name, text)`, embedded at compile time. A new article is added
/// here and to [`super::READING_ORDER`]; a test fails if assets/content holds an article listed in neither.
pub(super) const EMBEDDED_ARTICLES: &[(&str, &str)] = &[
    ("back-and-buttocks-link.md", include_str!("../../../../assets/content/back-and-buttocks-link.md")),
    ("three-glute-muscles.md", include_str!("../../../../assets/content/three-glute-muscles.md")),
    ("weak-glutes.md", include_str!("../../../../assets/content/weak-glutes.md")),
    ("overworked-glutes.md", include_str!("../../../../assets/content/overworked-glutes.md")),
    ("piriformis-and-leg-pain.md", include_str!("../../../../assets/content/piriformis-and-leg-pain.md")),
    ("core-and-glute-strength.md", include_str!("../../../../assets/content/core-and-glute-strength.md")),
    ("getting-down-to-the-floor.md", include_str!("../../../../assets/content/getting-down-to-the-floor.md")),
    ("modified-and-water-exercise.md", include_str!("../../../../assets/content/modified-and-water-exercise.md")),
    ("how-pain-works.md", include_str!("../../../../assets/content/how-pain-works.md")),
    ("pain-during-exercise.md", include_str!("../../../../assets/content/pain-during-exercise.md")),
    ("pacing-and-graded-activity.md", include_str!("../../../../assets/content/pacing-and-graded-activity.md")),
    ("flare-up-plan.md", include_str!("../../../../assets/content/flare-up-plan.md")),
    ("sleep-stress-and-mood.md", include_str!("../../../../assets/content/sleep-stress-and-mood.md")),
    ("staying-at-work.md", include_str!("../../../../assets/content/staying-at-work.md")),
    ("weekly-activity-check-in.md", include_str!("../../../../assets/content/weekly-activity-check-in.md")),
    ("when-to-get-urgent-care.md", include_str!("../../../../assets/content/when-to-get-urgent-care.md")),
    ("when-surgery-is-considered.md", include_str!("../../../../assets/content/when-surgery-is-considered.md")),
    ("preparing-for-your-surgeon.md", include_str!("../../../../assets/content/preparing-for-your-surgeon.md")),
];

/// The Spanish articles (`assets/content/es/<slug>.md`): the same slugs, front matter keys,
/// related exercises, sources and sign notes as the English ones, checked by
/// [`super::check_translation`]. A new article is added here too.
pub(super) const EMBEDDED_ARTICLES_ES: &[(&str, &str)] = &[
    ("back-and-buttocks-link.md", include_str!("../../../../assets/content/es/back-and-buttocks-link.md")),
    ("three-glute-muscles.md", include_str!("../../../../assets/content/es/three-glute-muscles.md")),
    ("weak-glutes.md", include_str!("../../../../assets/content/es/weak-glutes.md")),
    ("overworked-glutes.md", include_str!("../../../../assets/content/es/overworked-glutes.md")),
    ("piriformis-and-leg-pain.md", include_str!("../../../../assets/content/es/piriformis-and-leg-pain.md")),
    ("core-and-glute-strength.md", include_str!("../../../../assets/content/es/core-and-glute-strength.md")),
    ("getting-down-to-the-floor.md", include_str!("../../../../assets/content/es/getting-down-to-the-floor.md")),
    ("modified-and-water-exercise.md", include_str!("../../../../assets/content/es/modified-and-water-exercise.md")),
    ("how-pain-works.md", include_str!("../../../../assets/content/es/how-pain-works.md")),
    ("pain-during-exercise.md", include_str!("../../../../assets/content/es/pain-during-exercise.md")),
    ("pacing-and-graded-activity.md", include_str!("../../../../assets/content/es/pacing-and-graded-activity.md")),
    ("flare-up-plan.md", include_str!("../../../../assets/content/es/flare-up-plan.md")),
    ("sleep-stress-and-mood.md", include_str!("../../../../assets/content/es/sleep-stress-and-mood.md")),
    ("staying-at-work.md", include_str!("../../../../assets/content/es/staying-at-work.md")),
    ("weekly-activity-check-in.md", include_str!("../../../../assets/content/es/weekly-activity-check-in.md")),
    ("when-to-get-urgent-care.md", include_str!("../../../../assets/content/es/when-to-get-urgent-care.md")),
    ("when-surgery-is-considered.md", include_str!("../../../../assets/content/es/when-surgery-is-considered.md")),
    ("preparing-for-your-surgeon.md", include_str!("../../../../assets/content/es/preparing-for-your-surgeon.md")),
];
