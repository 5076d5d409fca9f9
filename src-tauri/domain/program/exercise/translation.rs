//! A translated catalog (`catalog.es.json`) against the English one: only the words may differ,
//! so sessions stored in one language read the same in the other.

use super::{Catalog, CatalogError, ExerciseFamily};

/// What a translated catalog keeps from the English one; only the words (names, summaries,
/// steps, feel, stop signs, bed notes) are the translator's. The same families in the same
/// order, and in each the same versions with the same ids, levels, muscles, doses,
/// illustrations, positions and cautions (`avoidIf`), and a bed note exactly where the English
/// one has one (the safety check offers a floor version to someone who cannot get down only
/// when it has one). Every difference is reported, each as an `Invalid` error on
/// `translated_file` with the field's path.
pub fn check_translation(english: &Catalog, translated: &Catalog, translated_file: &str) -> Result<(), Vec<CatalogError>> {
    let mut errors = Vec::new();
    let mut differs = |path: String, ours: String, theirs: String| {
        let problem = format!("is {ours}; the English catalog has {theirs}");
        errors.push(CatalogError::Invalid { file: translated_file.to_owned(), path, problem });
    };
    let family_ids = |catalog: &Catalog| catalog.families.iter().map(|family| family.id.clone()).collect::<Vec<_>>();
    if family_ids(translated) != family_ids(english) {
        differs("families".to_owned(), format!("{:?}", family_ids(translated)), format!("{:?}", family_ids(english)));
    }
    for (index, (family, original)) in translated.families.iter().zip(&english.families).enumerate() {
        let path = format!("families[{index}]");
        let exercise_ids = |family: &ExerciseFamily| family.levels.iter().map(|exercise| exercise.id.clone()).collect::<Vec<_>>();
        if exercise_ids(family) != exercise_ids(original) {
            differs(format!("{path}.levels"), format!("{:?}", exercise_ids(family)), format!("{:?}", exercise_ids(original)));
            continue;
        }
        for (exercise, original) in family.levels.iter().zip(&original.levels) {
            // Levels are sorted on reading, so this names the exercise rather than its place in the file.
            let path = format!("{path}.levels[{}]", exercise.id);
            let mut compare = |field: &str, ours: String, theirs: String| {
                if ours != theirs {
                    differs(format!("{path}.{field}"), ours, theirs);
                }
            };
            compare("muscles", format!("{:?}", exercise.muscles), format!("{:?}", original.muscles));
            compare("dose", format!("{:?}", exercise.dose), format!("{:?}", original.dose));
            compare("illustration", format!("{:?}", exercise.illustration), format!("{:?}", original.illustration));
            compare("position", format!("{:?}", exercise.position), format!("{:?}", original.position));
            compare("avoidIf", format!("{:?}", exercise.avoid_if), format!("{:?}", original.avoid_if));
            compare("bed", presence(exercise.bed.as_ref()), presence(original.bed.as_ref()));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Whether an optional text is there, for comparing translations.
fn presence(text: Option<&String>) -> String {
    if text.is_some() { "present" } else { "absent" }.to_owned()
}
