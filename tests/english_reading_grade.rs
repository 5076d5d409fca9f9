//! The English a person reads in the window and from Rust is written at reading grade 8 or
//! lower, the same bar the English articles meet (`MAX_READING_GRADE`, Flesch-Kincaid, measured
//! the way `docs/learn-contract.md` defines it). The Spanish twin of this test is
//! `tests/python/test_reading_level.py`, with Spanish measures.
//!
//! The messages of one catalog folder are measured joined, each a paragraph of its own: one
//! sentence is too short to grade alone. Labels are left out (see [`SENTENCE_WORDS`]). Placeholders,
//! tags and plural or select syntax are taken out first; the words inside a plural's or a
//! select's branches are kept, since a person reads one of them.

#![allow(clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};

use backtrack::domain::learn::content::{reading_grade, MAX_READING_GRADE};

/// Fewer words than this could not give a grade worth trusting.
const ENOUGH_WORDS: usize = 500;
/// Messages shorter than this are labels ("Save", "Pain today"), not sentences. Measured with the
/// sentences, their many one-word "sentences" would pull the grade down and hide hard prose.
const SENTENCE_WORDS: usize = 6;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_in(folder: &str, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join(folder))
        .expect("a catalog folder is readable")
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

/// `text` starts with `{`: what is inside its matching `}`, and what comes after it.
fn split_braced(text: &str) -> (&str, &str) {
    let mut depth = 0;
    for (at, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return (&text[1..at], &text[at + 1..]);
                }
            }
            _ => {}
        }
    }
    (&text[1..], "")
}

/// Walks `message`, keeping its words; each `{...}` is handed to `argument`, which says what
/// words it stands for, and `skip` drops the other marks a person never sees.
fn words_with(message: &str, argument: &dyn Fn(&str) -> String, skip: &dyn Fn(char) -> bool) -> String {
    let mut words = String::new();
    let mut rest = message;
    while let Some(c) = rest.chars().next() {
        if c == '{' {
            let (inside, after) = split_braced(rest);
            words.push(' ');
            words.push_str(&argument(inside));
            words.push(' ');
            rest = after;
        } else if c == '<' && rest.contains('>') {
            // A tag around words that become a link or hidden text: the words stay.
            rest = rest.split_once('>').map_or("", |(_, after)| after);
        } else {
            if !skip(c) {
                words.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    words
}

/// Each `{...}` branch of an ICU plural or select, in order, after its key.
fn icu_branches(mut options: &str) -> Vec<&str> {
    let mut branches = Vec::new();
    while let Some(open) = options.find('{') {
        let (branch, after) = split_braced(&options[open..]);
        branches.push(branch);
        options = after;
    }
    branches
}

/// A window message as the words a person reads: "{count, plural, one {# day} other {# days}}"
/// keeps "day" and "days", "{name}" goes, and `<link>` tags go with their words kept.
fn icu_words(message: &str) -> String {
    let argument = |inside: &str| {
        let mut parts = inside.splitn(3, ',');
        let (_name, kind, options) = (parts.next(), parts.next().map(str::trim), parts.next());
        match (kind, options) {
            (Some("plural" | "select" | "selectordinal"), Some(options)) => icu_branches(options).into_iter().map(icu_words).collect::<Vec<_>>().join(" "),
            _ => String::new(),
        }
    };
    words_with(message, &argument, &|c| c == '#')
}

/// A Fluent message's text: "{ $count -> [one] a day *[other] { $count } days }" keeps the words.
fn fluent_words(value: &str) -> String {
    let argument = |inside: &str| match inside.split_once("->") {
        Some((_, variants)) => fluent_words(&without_variant_keys(variants)),
        None => String::new(),
    };
    words_with(value, &argument, &|_| false)
}

/// Fluent variants without their keys: "[one] a day *[other] days" becomes " a day  days".
fn without_variant_keys(variants: &str) -> String {
    let mut text = String::new();
    let mut rest = variants;
    while let Some(open) = rest.find('[') {
        text.push_str(rest[..open].trim_end_matches('*'));
        rest = rest[open..].split_once(']').map_or("", |(_, after)| after);
        text.push(' ');
    }
    text.push_str(rest);
    text
}

/// The window's English messages, one per entry.
fn window_messages() -> Vec<String> {
    let mut messages = Vec::new();
    for path in files_in("ui/src/i18n/en", "json") {
        let catalog: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&fs::read_to_string(&path).expect("a catalog is readable")).expect("a catalog is JSON");
        messages.extend(catalog.values().filter_map(|value| value.as_str()).map(icu_words));
    }
    messages
}

/// Rust's English messages, one per entry; a message's indented lines belong to it. Month and
/// weekday names (`dates.ftl`) are not sentences and are left out.
fn rust_messages() -> Vec<String> {
    let mut messages: Vec<String> = Vec::new();
    for path in files_in("assets/locales/en", "ftl").iter().filter(|p| !p.ends_with("dates.ftl")) {
        for line in fs::read_to_string(path).expect("a catalog is readable").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            match line.split_once(" = ").filter(|_| !line.starts_with(' ')) {
                Some((_, value)) => messages.push(value.to_owned()),
                None => {
                    if let Some(last) = messages.last_mut() {
                        last.push(' ');
                        last.push_str(line.trim());
                    }
                }
            }
        }
    }
    messages.iter().map(|message| fluent_words(message)).collect()
}

/// The messages as one text: each that is a sentence, a paragraph that ends one.
fn as_paragraphs(messages: &[String]) -> String {
    messages
        .iter()
        .map(|message| message.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|message| message.split_whitespace().count() >= SENTENCE_WORDS)
        .map(|message| if message.ends_with(['.', '?', '!']) { message } else { format!("{message}.") })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn assert_plain(what: &Path, messages: &[String]) {
    let text = as_paragraphs(messages);
    let words = text.split_whitespace().count();
    assert!(words >= ENOUGH_WORDS, "{}: only {words} words, too few to measure", what.display());
    let grade = reading_grade(&text);
    println!("{}: {words} words, reading grade {grade:.2}", what.display());
    assert!(grade <= MAX_READING_GRADE, "{}: reading grade {grade:.2}, above {MAX_READING_GRADE}", what.display());
}

#[test]
fn the_windows_english_reads_at_grade_8_or_lower() {
    assert_plain(Path::new("ui/src/i18n/en"), &window_messages());
}

#[test]
fn rusts_english_reads_at_grade_8_or_lower() {
    assert_plain(Path::new("assets/locales/en"), &rust_messages());
}

#[test]
fn placeholders_go_and_the_words_a_person_reads_stay() {
    assert_eq!(icu_words("{count, plural, one {# day} other {# days}} left").split_whitespace().collect::<Vec<_>>(), ["day", "days", "left"]);
    assert_eq!(icu_words("Read <link>the article</link> by {name}.").split_whitespace().collect::<Vec<_>>(), ["Read", "the", "article", "by", "."]);
    assert_eq!(icu_words("{n, number} of {max, number, integer} done").split_whitespace().collect::<Vec<_>>(), ["of", "done"]);
    assert_eq!(fluent_words("{ $count -> [one] a day *[other] { $count } days } left").split_whitespace().collect::<Vec<_>>(), ["a", "day", "days", "left"]);
}
