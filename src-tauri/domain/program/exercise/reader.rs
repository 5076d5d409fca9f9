//! Reading and checking a catalog file. Walks the JSON by hand rather than through serde's
//! derive, so that every error can name the file and the exact field path.

use std::collections::HashMap;
use std::ops::RangeInclusive;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use thiserror::Error;

use super::*;
use crate::i18n::{Language, PerLanguage};

/// Why a catalog was refused. The message always starts with the file name; `Invalid` then
/// gives the path of the field, such as
/// `catalog.json: families[2].levels[1].dose.reps: 45 is more than 30`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CatalogError {
    #[error("{file}: not valid JSON at line {line}, column {column}: {reason}")]
    Syntax { file: String, line: usize, column: usize, reason: String },
    #[error("{file}: {path}: {problem}")]
    Invalid { file: String, path: String, problem: String },
}

impl CatalogError {
    /// The field path of an `Invalid` error; `None` for a syntax error.
    pub fn path(&self) -> Option<&str> {
        match self {
            CatalogError::Invalid { path, .. } => Some(path),
            CatalogError::Syntax { .. } => None,
        }
    }
}

/// The English catalog that ships with the app, checked by the same rules as any other.
pub fn builtin_catalog() -> Result<Catalog, CatalogError> {
    builtin_catalog_in(Language::En)
}

/// The catalog that ships with the app in `language`, checked by the same rules as any other
/// (its care notes in that language too). A translation (`catalog.es.json`) must also match the
/// English catalog in everything but its words ([`super::check_translation`]); the first difference is
/// reported.
pub fn builtin_catalog_in(language: Language) -> Result<Catalog, CatalogError> {
    let english = crate::i18n::scoped(Language::En, || parse_catalog(BUILTIN_FILE, BUILTIN_JSON))?;
    match language {
        Language::En => Ok(english),
        Language::Es => {
            let spanish = crate::i18n::scoped(Language::Es, || parse_catalog(BUILTIN_FILE_ES, BUILTIN_JSON_ES))?;
            if let Err(errors) = super::translation::check_translation(&english, &spanish, BUILTIN_FILE_ES) {
                if let Some(first) = errors.into_iter().next() {
                    return Err(first);
                }
            }
            Ok(spanish)
        }
    }
}

/// The built-in catalog in the language in force ([`crate::i18n::current`]): what the program
/// screen, routines and sessions show. Exercise ids are the same in every language, so sessions
/// stored in one language read the same in another.
pub fn builtin() -> Result<&'static Catalog, &'static CatalogError> {
    builtin_in(crate::i18n::current())
}

/// The built-in catalog in `language`, parsed and checked once per run, then shared by every
/// caller (the app layer, the backup checks). A cache of embedded data, not I/O.
pub fn builtin_in(language: Language) -> Result<&'static Catalog, &'static CatalogError> {
    static CATALOGS: PerLanguage<Result<Catalog, CatalogError>> = PerLanguage::new();
    CATALOGS.get_or_init(language, || builtin_catalog_in(language)).as_ref()
}

/// Reads and checks a catalog. `source_name` is only used in error messages.
///
/// Refuses: invalid JSON, unknown or missing fields, wrong types, blank texts, too few or too
/// many steps or stop signs, unknown muscles or levels, a dose outside the `*_RANGE` bounds or
/// with both or neither of reps and hold, an exercise id that is not `<family>.<level>`,
/// repeated family or exercise ids, a family without a standard level, and an illustration
/// path outside `illustrations/`. The first problem found is reported.
pub fn parse_catalog(source_name: &str, json: &str) -> Result<Catalog, CatalogError> {
    let root: Value = serde_json::from_str(json).map_err(|error| CatalogError::Syntax {
        file: source_name.to_owned(),
        line: error.line(),
        column: error.column(),
        reason: error.to_string(),
    })?;
    let top = Fields::open(source_name, String::new(), &root, &["formatVersion", "families"])?;
    let version = top.integer("formatVersion", 0..=i64::MAX)?;
    if version != FORMAT_VERSION {
        return Err(top.invalid("formatVersion", format!("is {version}; this version of BackTrack reads format {FORMAT_VERSION}")));
    }
    let family_values = top.list("families", 1..=usize::MAX)?;

    let mut families: Vec<ExerciseFamily> = Vec::with_capacity(family_values.len());
    let mut family_paths: HashMap<String, String> = HashMap::new();
    let mut exercise_paths: HashMap<String, String> = HashMap::new();
    for (index, value) in family_values.iter().enumerate() {
        let path = format!("families[{index}]");
        families.push(read_family(source_name, &path, value, &mut family_paths, &mut exercise_paths)?);
    }
    Ok(Catalog { families })
}

fn read_family(
    file: &str,
    path: &str,
    value: &Value,
    family_paths: &mut HashMap<String, String>,
    exercise_paths: &mut HashMap<String, String>,
) -> Result<ExerciseFamily, CatalogError> {
    let fields = Fields::open(file, path.to_owned(), value, &["id", "name", "summary", "levels"])?;
    let id = fields.text("id")?;
    if !is_slug(&id) {
        return Err(fields.invalid("id", format!("\"{id}\" must be lowercase letters, digits and single hyphens")));
    }
    if let Some(first) = family_paths.insert(id.clone(), path.to_owned()) {
        return Err(fields.invalid("id", format!("\"{id}\" is already the id of {first}")));
    }
    let name = fields.text("name")?;
    let summary = fields.text("summary")?;
    let level_values = fields.list("levels", 1..=Level::ALL.len())?;

    let mut levels: Vec<Exercise> = Vec::with_capacity(level_values.len());
    for (index, value) in level_values.iter().enumerate() {
        let level_path = format!("{path}.levels[{index}]");
        let exercise = read_exercise(file, &level_path, &id, value)?;
        if let Some(first) = exercise_paths.insert(exercise.id.clone(), level_path.clone()) {
            return Err(invalid(file, &format!("{level_path}.id"), format!("\"{}\" is already the id of {first}", exercise.id)));
        }
        levels.push(exercise);
    }
    if !levels.iter().any(|exercise| exercise.level == Level::Standard) {
        return Err(fields.invalid("levels", "has no standard level; every family needs one"));
    }
    levels.sort_by_key(|exercise| exercise.level);
    Ok(ExerciseFamily { id, name, summary, levels })
}

fn read_exercise(file: &str, path: &str, family_id: &str, value: &Value) -> Result<Exercise, CatalogError> {
    let fields = Fields::open(
        file,
        path.to_owned(),
        value,
        &["id", "level", "name", "steps", "muscles", "dose", "feel", "stopIf", "illustration", "position", "bed", "avoidIf"],
    )?;
    let id = fields.text("id")?;
    let level: Level = fields.parse("level")?;
    let expected_id = format!("{family_id}.{}", level.wire_name());
    if id != expected_id {
        return Err(fields.invalid("id", format!("\"{id}\" does not match its family and level; expected \"{expected_id}\"")));
    }
    let name = fields.text("name")?;
    let steps = fields.texts("steps", STEPS_RANGE)?;
    let muscles: Vec<Muscle> = fields.parse("muscles")?;
    if muscles.is_empty() {
        return Err(fields.invalid("muscles", "is empty; name at least one muscle"));
    }
    for (index, muscle) in muscles.iter().enumerate() {
        if muscles[..index].contains(muscle) {
            return Err(invalid(file, &format!("{path}.muscles[{index}]"), "repeats a muscle already listed"));
        }
    }
    let dose = read_dose(file, &fields.child_path("dose"), fields.required("dose")?)?;
    let feel = fields.text("feel")?;
    let stop_if = fields.texts("stopIf", STOP_IF_RANGE)?;
    let illustration = fields.text("illustration")?;
    if let Some(problem) = illustration_problem(&illustration) {
        return Err(fields.invalid("illustration", problem));
    }
    let (position, bed, avoid_if) = read_placement(&fields)?;
    Ok(Exercise {
        care: position.care_note(),
        position,
        bed,
        avoid_if,
        id,
        family: family_id.to_owned(),
        level,
        name,
        steps,
        muscles,
        estimated_seconds: dose.estimated_seconds(),
        dose,
        feel,
        stop_if,
        illustration,
    })
}

/// `position` (required), `bed` (only on floor versions) and `avoidIf` (no repeats).
fn read_placement(fields: &Fields<'_>) -> Result<(Position, Option<String>, Vec<Caution>), CatalogError> {
    let position: Position = fields.parse("position")?;
    let bed = if fields.has("bed") { Some(fields.text("bed")?) } else { None };
    if bed.is_some() && position != Position::Floor {
        return Err(fields.invalid("bed", "is only for floor versions; this one is not on the floor"));
    }
    let avoid_if: Vec<Caution> = if fields.has("avoidIf") { fields.parse("avoidIf")? } else { Vec::new() };
    for (index, caution) in avoid_if.iter().enumerate() {
        if avoid_if[..index].contains(caution) {
            return Err(fields.invalid("avoidIf", "repeats a caution already listed"));
        }
    }
    Ok((position, bed, avoid_if))
}

fn read_dose(file: &str, path: &str, value: &Value) -> Result<Dose, CatalogError> {
    let fields = Fields::open(file, path.to_owned(), value, &["sets", "reps", "repSeconds", "holdSeconds", "perSide", "restSeconds"])?;
    let sets = fields.integer("sets", SETS_RANGE)?;
    let effort = match (fields.has("reps"), fields.has("holdSeconds")) {
        (true, true) => return Err(fields.invalid("holdSeconds", "give either reps or holdSeconds, not both")),
        (false, false) => return Err(fields.invalid("reps", "is missing; give either reps or holdSeconds")),
        (true, false) => {
            let count = fields.integer("reps", REPS_RANGE)?;
            let seconds_per_rep =
                if fields.has("repSeconds") { fields.integer("repSeconds", REP_SECONDS_RANGE)? } else { i64::from(DEFAULT_REP_SECONDS) };
            Effort::Reps { count: narrow(count), seconds_per_rep: narrow(seconds_per_rep) }
        }
        (false, true) => {
            if fields.has("repSeconds") {
                return Err(fields.invalid("repSeconds", "only applies to reps, not to a hold"));
            }
            Effort::Hold { seconds: narrow(fields.integer("holdSeconds", HOLD_SECONDS_RANGE)?) }
        }
    };
    let per_side: bool = fields.parse("perSide")?;
    let rest_seconds = fields.integer("restSeconds", REST_SECONDS_RANGE)?;
    Ok(Dose { sets: narrow(sets), effort, per_side, rest_seconds: narrow(rest_seconds) })
}

/// Converts a number already checked against a small range. The fallback cannot happen; it
/// exists so that no code path panics.
fn narrow<T: TryFrom<i64> + Default>(value: i64) -> T {
    T::try_from(value).unwrap_or_default()
}

/// A family id: lowercase ASCII letters and digits in hyphen-separated words.
fn is_slug(text: &str) -> bool {
    !text.is_empty() && text.split('-').all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// What is wrong with an illustration path, if anything. It must be a plain relative path to
/// an SVG inside `illustrations/`: no absolute paths, no `..`, no URLs, nothing a file system or
/// web view could read elsewhere.
fn illustration_problem(path: &str) -> Option<String> {
    let outside = || format!("\"{path}\" must be a relative path under {ILLUSTRATION_DIR}, such as {ILLUSTRATION_DIR}glute-bridge.svg");
    let Some(rest) = path.strip_prefix(ILLUSTRATION_DIR) else {
        return Some(outside());
    };
    if rest.split('/').any(|part| part.is_empty() || part == "." || part == "..") {
        return Some(outside());
    }
    if !rest.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.' | '/')) {
        return Some(format!("\"{path}\" may only use lowercase letters, digits, '-', '_', '.' and '/'"));
    }
    if !rest.ends_with(".svg") {
        return Some(format!("\"{path}\" must be an .svg file"));
    }
    None
}

fn invalid(file: &str, path: &str, problem: impl Into<String>) -> CatalogError {
    CatalogError::Invalid { file: file.to_owned(), path: path.to_owned(), problem: problem.into() }
}

/// The fields of one JSON object, read with the object's path at hand so every error can say
/// where it is. Opening checks the object against its list of allowed keys, which is what
/// `#[serde(deny_unknown_fields)]` would do, but with a path in the message.
struct Fields<'a> {
    file: &'a str,
    path: String,
    map: &'a Map<String, Value>,
}

impl<'a> Fields<'a> {
    fn open(file: &'a str, path: String, value: &'a Value, allowed: &[&str]) -> Result<Self, CatalogError> {
        let Value::Object(map) = value else {
            let at = if path.is_empty() { "(top level)" } else { path.as_str() };
            return Err(invalid(file, at, format!("expected an object, found {}", describe(value))));
        };
        let fields = Fields { file, path, map };
        if let Some(unknown) = map.keys().find(|key| !allowed.contains(&key.as_str())) {
            return Err(fields.invalid(unknown, format!("unknown field; expected one of: {}", allowed.join(", "))));
        }
        Ok(fields)
    }

    fn child_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn invalid(&self, key: &str, problem: impl Into<String>) -> CatalogError {
        invalid(self.file, &self.child_path(key), problem)
    }

    /// Present and not `null`.
    fn has(&self, key: &str) -> bool {
        self.map.get(key).is_some_and(|value| !value.is_null())
    }

    fn required(&self, key: &str) -> Result<&'a Value, CatalogError> {
        match self.map.get(key) {
            Some(value) if !value.is_null() => Ok(value),
            _ => Err(self.invalid(key, "is missing")),
        }
    }

    /// Any serde type, with serde's own explanation (such as the list of known variants).
    fn parse<T: DeserializeOwned>(&self, key: &str) -> Result<T, CatalogError> {
        T::deserialize(self.required(key)?).map_err(|error| self.invalid(key, error.to_string()))
    }

    /// Text, trimmed, that must not be blank.
    fn text(&self, key: &str) -> Result<String, CatalogError> {
        let value = self.required(key)?;
        let Value::String(text) = value else {
            return Err(self.invalid(key, format!("expected text, found {}", describe(value))));
        };
        let text = text.trim();
        if text.is_empty() {
            return Err(self.invalid(key, "is empty"));
        }
        Ok(text.to_owned())
    }

    fn list(&self, key: &str, length: RangeInclusive<usize>) -> Result<&'a Vec<Value>, CatalogError> {
        let value = self.required(key)?;
        let Value::Array(items) = value else {
            return Err(self.invalid(key, format!("expected a list, found {}", describe(value))));
        };
        if items.is_empty() {
            return Err(self.invalid(key, "is empty"));
        }
        if !length.contains(&items.len()) {
            return Err(self.invalid(key, format!("has {} items; expected {} to {}", items.len(), length.start(), length.end())));
        }
        Ok(items)
    }

    /// A list of non-blank texts with a bounded length.
    fn texts(&self, key: &str, length: RangeInclusive<usize>) -> Result<Vec<String>, CatalogError> {
        let items = self.list(key, length)?;
        let mut texts = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let at = format!("{}[{index}]", self.child_path(key));
            match item {
                Value::String(text) if !text.trim().is_empty() => texts.push(text.trim().to_owned()),
                Value::String(_) => return Err(invalid(self.file, &at, "is empty")),
                other => return Err(invalid(self.file, &at, format!("expected text, found {}", describe(other)))),
            }
        }
        Ok(texts)
    }

    fn integer(&self, key: &str, range: RangeInclusive<i64>) -> Result<i64, CatalogError> {
        let value = self.required(key)?;
        let Some(number) = value.as_i64() else {
            return Err(self.invalid(key, format!("expected a whole number, found {}", describe(value))));
        };
        if number < *range.start() {
            return Err(self.invalid(key, format!("{number} is less than {}", range.start())));
        }
        if number > *range.end() {
            return Err(self.invalid(key, format!("{number} is more than {}", range.end())));
        }
        Ok(number)
    }
}

/// A short description of a JSON value for error messages.
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => format!("the text \"{text}\""),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}
