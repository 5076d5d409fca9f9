//! The catalogs agree across languages, and every message the code names exists.

use std::collections::BTreeSet;

use super::catalogs::{syntax_errors, AREAS};
use super::*;

#[test]
fn every_catalog_file_parses() {
    assert_eq!(syntax_errors(), Vec::<String>::new(), "a Fluent file has a syntax error");
}

#[test]
fn every_message_exists_in_both_languages() {
    let english: BTreeSet<String> = message_ids(Language::En).into_iter().collect();
    let spanish: BTreeSet<String> = message_ids(Language::Es).into_iter().collect();
    let only_english: Vec<_> = english.difference(&spanish).collect();
    let only_spanish: Vec<_> = spanish.difference(&english).collect();
    assert!(only_english.is_empty(), "in English but not in Spanish: {only_english:?}");
    assert!(only_spanish.is_empty(), "in Spanish but not in English: {only_spanish:?}");
}

/// The `$names` a message uses, read from its source line(s).
fn variables_by_message(source: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut found: Vec<(String, BTreeSet<String>)> = Vec::new();
    for line in source.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some((id, _)) = line.split_once(" =").filter(|_| !line.starts_with(' ')) {
            found.push((id.trim().to_owned(), BTreeSet::new()));
        }
        if let Some((_, names)) = found.last_mut() {
            let mut rest = line;
            while let Some(start) = rest.find('$') {
                let name: String = rest[start + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
                names.insert(name.clone());
                rest = &rest[start + 1 + name.len()..];
            }
        }
    }
    found
}

#[test]
fn both_languages_fill_in_the_same_values() {
    for (area, en, es) in AREAS {
        let spanish: std::collections::BTreeMap<_, _> = variables_by_message(es).into_iter().collect();
        for (id, names) in variables_by_message(en) {
            let Some(spanish_names) = spanish.get(&id) else { continue };
            assert_eq!(&names, spanish_names, "{area}: `{id}` uses different values in English and Spanish");
        }
    }
}

#[test]
fn no_spanish_message_puts_a_period_after_a_time_whose_p_m_already_ends_the_sentence() {
    for (area, _, es) in AREAS {
        for line in es.lines().filter(|line| !line.starts_with('#')) {
            let mut rest = line;
            while let Some(start) = rest.find("{ $") {
                let Some(end) = rest[start..].find('}') else { break };
                let (name, after) = (&rest[start + 3..start + end], &rest[start + end + 1..]);
                assert!(!(name.contains("time") && after.starts_with('.')), "{area}: \"{line}\" would print \"p. m..\"");
                rest = after;
            }
        }
    }
    let saved = scoped(Language::Es, || crate::t!("cli-saved", intensity = 5, time = dates::format_time(chrono::NaiveTime::MIN)));
    assert!(saved.ends_with("a las 12:00 a.m."), "one period, the time's own: {saved}");
}

#[test]
fn message_ids_carry_their_area_so_two_files_never_clash() {
    for (area, en, _) in AREAS {
        for (id, _) in variables_by_message(en) {
            let area_prefix = format!("{area}-");
            let shared = ["month-", "weekday-", "date-", "time-"];
            let fits = id.starts_with(&area_prefix) || (*area == "dates" && shared.iter().any(|p| id.starts_with(p)));
            assert!(fits, "{area}.ftl: `{id}` should start with `{area}-`");
        }
    }
}

#[test]
fn a_scope_speaks_its_language_and_then_the_one_before() {
    let outside = current();
    let inside = scoped(Language::Es, || (current(), scoped(Language::En, current), current()));
    assert_eq!(inside, (Language::Es, Language::En, Language::Es), "scopes nest");
    assert_eq!(current(), outside, "the language before the scope is back");
}

#[test]
fn a_spanish_locale_of_any_country_is_spanish() {
    for locale in ["es", "es_MX.UTF-8", "es-US", "ES_es"] {
        assert_eq!(Language::from_locale(locale), Language::Es, "{locale}");
    }
    for locale in ["en_US.UTF-8", "C", "POSIX", "fr_FR", "", "estonian"] {
        assert_eq!(Language::from_locale(locale), Language::En, "{locale}");
    }
}

#[test]
fn a_missing_message_shows_its_id_rather_than_nothing() {
    assert_eq!(message_in(Language::Es, "no-such-message", None), "no-such-message");
}

/// Every `t!("id"` in the Rust sources names a message that exists.
#[test]
fn every_message_the_code_names_exists() {
    let known: BTreeSet<String> = message_ids(Language::En).into_iter().collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri");
    let mut missing = Vec::new();
    for file in rust_files(&root).into_iter().filter(|file| !is_test_file(file)) {
        let text = std::fs::read_to_string(&file).expect("a source file reads");
        for line in text.lines().filter(|line| !line.trim_start().starts_with("//")) {
            for (index, _) in line.match_indices("t!(\"") {
                // `format!("…` ends the same way: only a `t!` that starts a word names a message.
                if line[..index].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let id: String = line[index + 4..].chars().take_while(|c| *c != '"').collect();
                if !known.contains(&id) {
                    missing.push(format!("{}: {id}", file.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "messages named in code but in no catalog: {missing:#?}");
}

fn is_test_file(file: &std::path::Path) -> bool {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    name == "tests.rs" || name.ends_with("_tests.rs") || file.components().any(|c| c.as_os_str() == "tests")
}

fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("the source folder reads").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// Whether a string literal reads as an English sentence a person would see.
fn reads_as_english_prose(literal: &str) -> bool {
    let mut words = literal.split_whitespace();
    let Some(first) = words.next() else { return false };
    let mut first_chars = first.chars();
    let capitalised = first_chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && first_chars.clone().next().is_some_and(|c| c.is_ascii_lowercase())
        && first_chars.all(|c| c.is_ascii_alphabetic() || "'’,.:".contains(c));
    let wordy = literal.split_whitespace().filter(|w| w.chars().all(|c| c.is_ascii_alphabetic() || "'’,.?!:;".contains(c))).count();
    capitalised && wordy >= 3
}

/// Lines where English stays English on purpose: logs, panics, docs, clap's help, SQL.
fn english_on_purpose(line: &str) -> bool {
    let line = line.trim_start();
    ["//", "#[doc", "#[command", "#[arg", "tracing::", "panic!", "unreachable!", "expect(", "debug_assert", "assert", "i18n-ignore"]
        .iter()
        .any(|mark| line.starts_with(mark) || line.contains(mark))
}

/// The non-test part of a source file: test modules sit after `#[cfg(test)]`.
fn shipped_part(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |at| &text[..at])
}

/// A user-facing sentence written into Rust instead of a catalog fails here. English that
/// stays English on purpose (logs, panics, the CLI's clap help, tests) is passed over, and a
/// line may say `i18n-ignore` with its reason.
#[test]
fn no_sentence_a_person_reads_is_written_into_the_rust_code() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri");
    let mut found = Vec::new();
    for file in rust_files(&root) {
        if is_test_file(&file) {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("a source file reads");
        for (number, line) in shipped_part(&text).lines().enumerate() {
            if english_on_purpose(line) {
                continue;
            }
            for literal in line.split('"').skip(1).step_by(2) {
                if reads_as_english_prose(literal) {
                    found.push(format!("{}:{}: {literal}", file.strip_prefix(&root).unwrap_or(&file).display(), number + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{} sentences belong in assets/locales:\n{}", found.len(), found.join("\n"));
}
