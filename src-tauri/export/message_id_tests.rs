//! Every catalog id the export, report, reminder, command-line and shell code names exists in
//! both languages, including ids kept in tables or passed to helpers (which the crate-wide
//! `t!("…")` check cannot see).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::i18n::{message_ids, Language};

const AREAS: [&str; 6] = ["report-", "export-", "reminders-", "cli-", "privacy-", "shell-"];
/// Words that look like ids but name something else: the shell's event to the window.
const NOT_IDS: [&str; 1] = ["shell-action"];

fn sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri");
    let mut files: Vec<PathBuf> = ["shell.rs", "login_item.rs", "auto_backup.rs", "files.rs"].iter().map(|f| root.join(f)).collect();
    let mut folders: Vec<PathBuf> = ["export", "reminders", "cli", "commands"].iter().map(|d| root.join(d)).collect();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a source folder reads").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}

#[test]
fn every_catalog_id_named_in_these_sources_exists_in_both_languages() {
    let english: BTreeSet<String> = message_ids(Language::En).into_iter().collect();
    let spanish: BTreeSet<String> = message_ids(Language::Es).into_iter().collect();
    let mut missing = Vec::new();
    let mut named = 0;
    for file in sources() {
        let text = std::fs::read_to_string(&file).expect("a source file reads");
        for literal in text.split('"').skip(1).step_by(2) {
            let is_id = AREAS.iter().any(|area| literal.starts_with(area) && literal.len() > area.len())
                && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !NOT_IDS.contains(&literal);
            if !is_id {
                continue;
            }
            named += 1;
            if !english.contains(literal) || !spanish.contains(literal) {
                missing.push(format!("{}: {literal}", file.display()));
            }
        }
    }
    assert!(named > 100, "the scan found the ids the code names ({named})");
    assert!(missing.is_empty(), "ids named in code but missing from a catalog: {missing:#?}");
}
