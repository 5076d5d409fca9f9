//! One test per kind of rule, and the declarations held to the schema.

use serde_json::{json, Map, Value};

use super::*;

const ENTRY: &str = "6f1c2b1e-0000-4000-8000-000000000001";
const SESSION: &str = "6f1c2b1e-0000-4000-8000-000000000002";

fn row(value: Value) -> Map<String, Value> {
    value.as_object().cloned().unwrap_or_default()
}

fn entry() -> Map<String, Value> {
    row(json!({ "id": ENTRY, "day": "2026-03-02", "occurred_at": "2026-03-02T08:15:00+00:00", "time_zone": "Europe/London", "intensity": 7 }))
}

fn session() -> Map<String, Value> {
    row(json!({ "id": SESSION, "day": "2026-03-03", "started_at": "2026-03-03T18:00:00+00:00", "time_zone": "Europe/London", "kind": "guided" }))
}

fn tables(pairs: Vec<(&str, Vec<Map<String, Value>>)>) -> TableRows {
    pairs.into_iter().map(|(t, rows)| (t.to_owned(), rows)).collect()
}

/// The message for `table` holding `rows` (with an entry and a session as parents).
fn refusal(table: &str, rows: Vec<Map<String, Value>>) -> String {
    let mut all = tables(vec![("pain_entry", vec![entry()]), ("exercise_session", vec![session()])]);
    all.entry(table.to_owned()).or_default().extend(rows);
    match check_tables(&all) {
        Ok(()) => String::new(),
        Err(InvalidBackup(message)) => message,
    }
}

fn with(mut base: Map<String, Value>, column: &str, value: Value) -> Map<String, Value> {
    base.insert(column.to_owned(), value);
    base
}

#[test]
fn plain_valid_rows_pass() {
    assert_eq!(refusal("pain_entry_tag", vec![row(json!({ "entry_id": ENTRY, "kind": "site", "value": "buttock_left" }))]), "");
}

#[test]
fn a_word_outside_a_vocabulary_names_the_record_the_field_and_the_word() {
    let message = refusal("pain_entry_tag", vec![row(json!({ "entry_id": ENTRY, "kind": "site", "value": "kneecap" }))]);
    assert_eq!(
        message,
        format!("The backup is not valid: pain entry {ENTRY} has a body site this version does not know (\"kneecap\"). Nothing was restored."),
        "the example of the issue, word for word"
    );
    let mood = refusal("pain_entry", vec![with(entry(), "mood", json!("grumpy"))]);
    assert!(mood.contains("has a mood this version does not know (\"grumpy\")"), "{mood}");
}

#[test]
fn a_score_outside_0_to_10_is_refused() {
    let message = refusal("pain_entry", vec![with(entry(), "intensity", json!(11))]);
    assert!(message.contains("has a pain level that does not fit the diary's rules (11; it must be from 0 to 10)"), "{message}");
    assert!(refusal("pain_entry", vec![with(entry(), "sleep_quality", json!(-1))]).contains("sleep score"));
    assert!(refusal("pain_entry", vec![with(entry(), "intensity", json!(2.5))]).contains("should be a whole number"));
}

#[test]
fn a_flag_is_0_or_1() {
    assert!(refusal("pain_entry", vec![with(entry(), "for_surgeon", json!(2))]).contains("mark for the surgeon"));
}

#[test]
fn text_longer_than_the_domain_limit_is_refused() {
    let long = "x".repeat(crate::domain::diary::NOTE_MAX_CHARS + 1);
    let message = refusal("pain_entry", vec![with(entry(), "note", json!(long))]);
    assert!(message.contains("has a note that is too long (4001 characters; the most is 4000)"), "{message}");
    let blank = refusal("medication", vec![row(json!({ "id": ENTRY, "name": "  " }))]);
    assert!(blank.contains("has a name that is empty"), "{blank}");
}

#[test]
fn ids_must_be_uuids() {
    let message = refusal("pain_entry", vec![with(entry(), "id", json!("entry-1"))]);
    assert!(message.contains("pain entry entry-1 has an id that is not a valid id"), "{message}");
}

#[test]
fn days_and_times_must_parse_and_agree() {
    assert!(refusal("pain_entry", vec![with(entry(), "day", json!("2026-02-30"))]).contains("has a day that is not a real date"));
    let moment = refusal("pain_entry", vec![with(entry(), "occurred_at", json!("yesterday"))]);
    assert!(moment.contains("has a time that is not a date and time BackTrack can read"), "{moment}");
    let other_day = refusal("pain_entry", vec![with(entry(), "occurred_at", json!("2026-03-03T08:15:00+00:00"))]);
    assert!(other_day.contains("that is not on its own day"), "{other_day}");
    assert!(refusal("pain_entry", vec![with(entry(), "time_zone", json!("Mars/Olympus"))]).contains("time zone this version does not know"));
}

#[test]
fn exercises_and_families_must_be_in_the_catalog() {
    let exercise = row(json!({ "session_id": SESSION, "exercise_id": "moon-walk.standard", "position": 0, "sets_done": 1 }));
    let message = refusal("session_exercise", vec![exercise]);
    assert!(message.contains(&format!("exercise session {SESSION} has an exercise this version does not know")), "{message}");
    let level = row(json!({ "family_id": "moon-walk", "level": "standard", "since": "2026-03-04" }));
    assert!(refusal("program_level", vec![level]).contains("has an exercise family this version does not know"));
    let sets = row(json!({ "session_id": SESSION, "exercise_id": "glute-bridge.standard", "position": 0, "sets_done": 11 }));
    assert!(refusal("session_exercise", vec![sets]).contains("number of sets that does not fit"));
}

#[test]
fn articles_and_questions_must_be_known() {
    let article = row(json!({ "slug": "how-to-fly", "read_at": "2026-03-06T20:00:00+00:00" }));
    assert!(refusal("article_read", vec![article]).contains("has an article this version does not know (\"how-to-fly\")"));
    let check =
        row(json!({ "id": ENTRY, "day": "2026-03-05", "taken_at": "2026-03-05T12:05:00+00:00", "time_zone": "UTC", "outcome": "none_flagged" }));
    let answer = row(json!({ "check_id": ENTRY, "question_id": "favourite_colour", "answer": "no" }));
    let message = match check_tables(&tables(vec![("red_flag_check", vec![check]), ("red_flag_answer", vec![answer])])) {
        Ok(()) => String::new(),
        Err(InvalidBackup(message)) => message,
    };
    assert!(message.contains("warning-sign check"), "names the check in plain words: {message}");
    assert!(message.contains("has a question this version does not know (\"favourite_colour\")"), "{message}");
}

#[test]
fn reminder_times_and_weekdays_are_checked() {
    let rule = |times: &str, weekdays: &str| row(json!({ "id": ENTRY, "kind": "diary", "times": times, "weekdays": weekdays }));
    assert_eq!(refusal("reminder_rule", vec![rule("08:30,20:00", "1,2,3")]), "", "a rule the app writes");
    assert!(refusal("reminder_rule", vec![rule("25:00", "1")]).contains("has times that are not times of day"));
    assert!(refusal("reminder_rule", vec![rule("20:00,08:30", "1")]).contains("not in order"));
    assert!(refusal("reminder_rule", vec![rule("01:00,02:00,03:00,04:00,05:00", "1")]).contains("too many"));
    assert!(refusal("reminder_rule", vec![rule("08:30", "1,8")]).contains("days of the week that are not days of the week"));
    assert!(refusal("reminder_rule", vec![rule("08:30", "1,1")]).contains("each once"));
    assert!(refusal("reminder_rule", vec![rule("08:30", "")]).contains("that are empty"));
}

#[test]
fn missing_unknown_and_wrongly_typed_fields_are_named() {
    let mut no_level = entry();
    no_level.remove("intensity");
    assert!(refusal("pain_entry", vec![no_level]).contains("has no pain level"));
    assert!(refusal("pain_entry", vec![with(entry(), "note", Value::Null)]).contains("has no note"), "NOT NULL columns refuse null");
    assert!(refusal("pain_entry", vec![with(entry(), "colour", json!("red"))]).contains("a field this version does not know (\"colour\")"));
    assert!(refusal("pain_entry", vec![with(entry(), "intensity", json!("high"))]).contains("should be a number, not \"high\""));
    assert!(refusal("pain_entry", vec![with(entry(), "note", json!(5))]).contains("should be text, not 5"));
}

#[test]
fn one_record_twice_is_refused_with_its_id() {
    let twice = refusal("pain_entry", vec![with(entry(), "intensity", json!(3))]);
    assert_eq!(twice, format!("The backup is not valid: pain entry {ENTRY} is in the file twice, under the same id. Nothing was restored."));
    let tag = row(json!({ "entry_id": ENTRY, "kind": "site", "value": "hip_left" }));
    assert!(refusal("pain_entry_tag", vec![tag.clone(), tag]).contains("has the same tag twice"));
    let a = row(json!({ "id": ENTRY, "name": "Ibuprofen" }));
    let b = row(json!({ "id": SESSION, "name": "IBUPROFEN" }));
    assert!(refusal("medication", vec![a, b]).contains("two medications have the same name"));
}

#[test]
fn a_part_without_its_record_is_refused() {
    let orphan = row(json!({ "entry_id": SESSION, "kind": "site", "value": "hip_left" }));
    let message = refusal("pain_entry_tag", vec![orphan]);
    assert!(message.contains(&format!("it has a tag for pain entry {SESSION}, which is not in the file")), "{message}");
}

#[test]
fn an_unknown_table_is_refused() {
    assert!(refusal("secrets", vec![]).contains("a table this version does not know: \"secrets\""));
}

#[test]
fn the_declarations_match_the_schema() {
    let conn = crate::store::open(std::path::Path::new(":memory:")).expect("the diary opens");
    let stored: Vec<&str> = crate::store::BACKUP_TABLES.iter().map(|(t, _)| *t).collect();
    let declared: Vec<&str> = TABLES.iter().map(|t| t.name).collect();
    assert_eq!(declared, stored, "one declaration per backed-up table, in restore order");
    for declared in TABLES {
        let mut statement = conn.prepare(&format!("PRAGMA table_info({})", declared.name)).expect("the SQL prepares");
        let columns: Vec<(String, bool, bool, i64)> = statement
            .query_map([], |r| Ok((r.get::<_, String>(1)?, r.get::<_, i64>(3)? == 1, r.get::<_, Option<String>>(4)?.is_some(), r.get::<_, i64>(5)?)))
            .and_then(Iterator::collect)
            .expect("the step succeeds");
        let names: Vec<&str> = columns.iter().map(|c| c.0.as_str()).collect();
        let fields: Vec<&str> = declared.fields.iter().map(|f| f.column).collect();
        assert_eq!(fields, names, "{}: the same columns, in order", declared.name);
        let mut key: Vec<(i64, &str)> = columns.iter().filter(|c| c.3 > 0).map(|c| (c.3, c.0.as_str())).collect();
        key.sort();
        let key: Vec<&str> = key.into_iter().map(|(_, name)| name).collect();
        assert_eq!(declared.key, key.as_slice(), "{}: the same primary key", declared.name);
        for ((name, not_null, has_default, pk), field) in columns.iter().zip(declared.fields) {
            let expected = match (*not_null || *pk > 0, *has_default) {
                (true, false) => Presence::Required,
                (true, true) => Presence::Defaulted,
                (false, _) => Presence::Nullable,
            };
            let expected = if declared.name == "habit_plan" && name == "id" { Presence::Required } else { expected };
            assert_eq!(field.presence, expected, "{}.{name}: presence follows NOT NULL and DEFAULT", declared.name);
        }
    }
}

/// Every noun, part and label `tables.rs` declares (and the words of a tag) has its catalog
/// message in both languages, and the English one is the declared words themselves.
#[test]
fn every_declared_word_has_its_message_and_english_reads_as_declared() {
    use crate::i18n::{scoped, Language};
    let mut words: Vec<(&str, &str)> = Vec::new();
    for declared in TABLES {
        words.push(("record", declared.noun));
        if let Some(part) = declared.part_of {
            words.push(("part", part.what));
        }
        words.extend(declared.fields.iter().map(|field| ("field", field.label)));
    }
    for kind in [Some("site"), Some("quality"), Some("worse"), Some("better"), None] {
        words.push(("field", tag_word_label(kind)));
    }
    let known: std::collections::BTreeSet<String> = crate::i18n::message_ids(Language::Es).into_iter().collect();
    for (kind, english) in words {
        let id = phrase_id(kind, english);
        assert!(known.contains(&id), "{id} is missing from the Spanish catalog");
        assert_eq!(scoped(Language::En, || phrase(kind, english, Form::Bare)), english, "{id}: English reads as declared");
        let a = if english.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
        assert_eq!(scoped(Language::En, || phrase(kind, english, Form::A)), format!("{a} {english}"), "{id}: with its article");
        let spanish = scoped(Language::Es, || phrase(kind, english, Form::Bare));
        assert!(!spanish.is_empty() && spanish != id, "{id}: the Spanish words exist");
    }
}

#[test]
fn a_refusal_in_spanish_names_the_record_and_the_field_in_spanish() {
    use crate::i18n::{scoped, Language};
    let too_high = with(entry(), "intensity", json!(11));
    let message = scoped(Language::Es, || refusal("pain_entry", vec![with(too_high, "id", json!("6f1c2b1e-0000-4000-8000-000000000009"))]));
    assert_eq!(
        message,
        "La copia de seguridad no es válida: la anotación de dolor 6f1c2b1e-0000-4000-8000-000000000009 tiene un nivel de dolor \
         que no cumple las reglas del diario (11; debe ser de 0 a 10). No se restauró nada.",
        "one whole Spanish sentence, with the record, the field and the rule"
    );
    let english = scoped(Language::En, || refusal("pain_entry", vec![with(with(entry(), "intensity", json!(11)), "id", json!(SESSION))]));
    assert!(
        english.contains(
            "pain entry 6f1c2b1e-0000-4000-8000-000000000002 has a pain level that does not fit the diary's rules (11; it must be from 0 to 10)"
        ),
        "{english}"
    );
}

#[test]
fn a_missing_part_is_told_in_spanish_too() {
    use crate::i18n::{scoped, Language};
    let orphan = row(json!({ "entry_id": "6f1c2b1e-0000-4000-8000-00000000dead", "kind": "site", "value": "hip_left" }));
    let message = scoped(Language::Es, || refusal("pain_entry_tag", vec![orphan]));
    assert!(
        message.contains("tiene una etiqueta para la anotación de dolor 6f1c2b1e-0000-4000-8000-00000000dead, que no está en el archivo"),
        "{message}"
    );
}
