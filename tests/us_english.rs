//! The people who use BackTrack are in the US (the practice is in Los Angeles), so every word
//! they read is American English: "physical therapist", not "physio"; "emergency room", not
//! "A&E"; "color", not "colour". This test reads what a person sees (English article bodies, the
//! exercise catalog, the UI's markup and strings, and Rust's user-facing messages) and names
//! the file, line and word of any British term. Comments and test code are not read: only
//! developers see them.
//!
//! A line may name another country on purpose ("999 in the UK", "NHS 111"): such a line is
//! allowed when it also says "UK", since it is about the UK.

#![allow(clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};

/// British words or spellings, each with the American word to use instead. Matched as whole
/// words (or word starts where a suffix varies), case-insensitively, except the short
/// all-capitals ones, which are matched exactly so "gp" inside a word never counts.
const BRITISH: &[(&str, &str)] = &[
    ("physio", "physical therapist / physical therapy"),
    ("physiotherap", "physical therapist / physical therapy"),
    ("A&E", "emergency room"),
    ("GP", "doctor / primary care provider"),
    ("emergency department", "emergency room"),
    ("colour", "color"),
    ("favour", "favor"),
    ("behaviour", "behavior"),
    ("centre", "center"),
    ("practise", "practice"),
    ("programme", "program"),
    ("organis", "organiz-"),
    ("recognis", "recogniz-"),
    ("realis", "realiz-"),
    ("minimis", "minimiz-"),
    ("prioritis", "prioritiz-"),
    ("customis", "customiz-"),
    ("apologis", "apologiz-"),
    ("whilst", "while"),
    ("fortnight", "two weeks"),
    ("paracetamol", "acetaminophen (Tylenol)"),
    ("litre", "liter"),
    ("metre", "meter"),
    ("anaesthe", "anesthe-"),
    ("orthopaed", "orthoped-"),
    ("mum", "mom"),
    // "Surgery" is an operation to an American; as a place it is British for a doctor's office.
    ("at the surgery", "at the doctor's office"),
    ("to the surgery", "to the doctor's office"),
    ("doctor's surgery", "doctor's office"),
    ("GP surgery", "doctor's office"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_under(dir: &Path, extension: &str, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a source folder is readable") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            files_under(&path, extension, found);
        } else if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        }
    }
}

fn is_test_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    name.contains(".test.") || name == "tests.rs" || name.ends_with("_tests.rs") || path.components().any(|c| c.as_os_str() == "tests")
}

/// Whether `word` occurs in `line` as a word start (no letter before it), and, for words
/// that are not stems, also as a word end.
fn contains_word(line: &str, word: &str) -> bool {
    let exact_case = word.chars().all(|c| !c.is_lowercase());
    let (haystack, needle) = if exact_case { (line.to_string(), word.to_string()) } else { (line.to_lowercase(), word.to_lowercase()) };
    let stem = matches!(
        word,
        "physiotherap"
            | "organis"
            | "recognis"
            | "realis"
            | "minimis"
            | "prioritis"
            | "customis"
            | "apologis"
            | "anaesthe"
            | "orthopaed"
            | "colour"
            | "favour"
            | "behaviour"
            | "practise"
    );
    haystack.match_indices(&needle).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        // An underscore joins a stored identifier ("lower_back_centre"), which no one reads.
        let starts = !before.is_some_and(|c| c.is_alphanumeric() || c == '_');
        let ends = stem || !after.is_some_and(char::is_alphabetic);
        starts && ends
    })
}

/// The lines of an article a person reads: the body, after the TOML front matter (whose
/// sources keep their publishers' own spelling, such as "Orthopaedic" in a journal's name).
fn article_body(text: &str) -> Vec<(usize, String)> {
    let mut fences = 0;
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            if line.trim() == "+++" {
                fences += 1;
                return false;
            }
            fences >= 2
        })
        .map(|(n, line)| (n + 1, line.to_string()))
        .collect()
}

/// The lines of a source file that are not comments. Good enough for these files: the UI and
/// Rust code here put comments on their own lines.
fn code_lines(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let t = line.trim_start();
            !(t.starts_with("//") || t.starts_with("/*") || t.starts_with('*') || t.starts_with("<!--"))
        })
        .map(|(n, line)| (n + 1, line.to_string()))
        .collect()
}

/// Rust's user-facing words live in string literals: keep only what is between quotes.
fn rust_strings(text: &str) -> Vec<(usize, String)> {
    code_lines(text).into_iter().map(|(n, line)| (n, line.split('"').skip(1).step_by(2).collect::<Vec<_>>().join(" "))).collect()
}

fn british_terms(path: &Path, lines: &[(usize, String)]) -> Vec<String> {
    let shown = path.strip_prefix(root()).unwrap_or(path).display().to_string();
    let mut found = Vec::new();
    for (number, line) in lines {
        if line.contains("UK") {
            continue;
        }
        for (british, american) in BRITISH {
            if contains_word(line, british) {
                found.push(format!("{shown}:{number}: \"{british}\" (say {american})"));
            }
        }
    }
    found
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).expect("a source file is readable")
}

#[test]
fn what_a_person_reads_is_american_english() {
    let mut found = Vec::new();

    // The English articles only: the Spanish ones (assets/content/es) are not English at all.
    let mut articles = Vec::new();
    files_under(&root().join("assets/content"), "md", &mut articles);
    let spanish = root().join("assets/content/es");
    for path in articles.iter().filter(|p| !p.ends_with("README.md") && !p.starts_with(&spanish)) {
        found.extend(british_terms(path, &article_body(&read(path))));
    }

    let catalog = root().join("assets/exercises/catalog.json");
    let catalog_lines: Vec<(usize, String)> = read(&catalog).lines().enumerate().map(|(n, l)| (n + 1, l.to_string())).collect();
    found.extend(british_terms(&catalog, &catalog_lines));

    for extension in ["svelte", "ts"] {
        let mut files = Vec::new();
        files_under(&root().join("ui/src"), extension, &mut files);
        for path in files.iter().filter(|p| !is_test_file(p)) {
            found.extend(british_terms(path, &code_lines(&read(path))));
        }
    }

    // The English message catalogs: the window's (ui/src/i18n/en) and Rust's (assets/locales/en).
    for (folder, extension) in [("ui/src/i18n/en", "json"), ("assets/locales/en", "ftl")] {
        let mut files = Vec::new();
        files_under(&root().join(folder), extension, &mut files);
        for path in &files {
            found.extend(british_terms(path, &code_lines(&read(path))));
        }
    }

    let mut rust = Vec::new();
    files_under(&root().join("src-tauri"), "rs", &mut rust);
    for path in rust.iter().filter(|p| !is_test_file(p)) {
        found.extend(british_terms(path, &rust_strings(&read(path))));
    }

    assert!(found.is_empty(), "British terms a person would read:\n{}", found.join("\n"));
}

#[test]
fn the_check_finds_a_british_term_and_passes_its_american_twin() {
    let british = vec![(1, "See a physio if it hurts.".to_string()), (2, "The colours of the calendar.".to_string())];
    let american = vec![(1, "See a physical therapist if it hurts.".to_string()), (2, "The colors of the calendar.".to_string())];
    let path = root().join("example.md");
    assert_eq!(british_terms(&path, &british).len(), 2);
    assert!(british_terms(&path, &american).is_empty());
    assert!(british_terms(&path, &[(1, "In the UK, call NHS 111 or see your GP.".into())]).is_empty(), "a line about the UK may use its words");
    assert!(!contains_word("lower_back_centre", "centre"), "a stored identifier is not a word");
    assert!(contains_word("Book a visit at the surgery.", "at the surgery"), "surgery as a place");
    assert!(!contains_word("Recovery after the surgery is slow.", "at the surgery"), "surgery as an operation is American");
    assert!(!contains_word("a GPS signal", "GP") && !contains_word("museum", "mum") && contains_word("mum said", "mum"));
    assert_eq!(article_body("+++\ntitle = \"Orthopaedic\"\n+++\nbody colour\n"), vec![(4, "body colour".to_string())]);
}
