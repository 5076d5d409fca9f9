//! Bounded fuzzing in `cargo test`: arbitrary input to every parser that takes outside text
//! must give an answer or a clear refusal, never a panic. Each property runs a fixed number of
//! cases (see `CASES`), so the whole file takes a few seconds.
//!
//! Covered here: the command line's parser, the date-range parser the window and the command
//! line share, the exercise catalog reader and the article reader (with the Markdown renderer
//! and reading-grade counter behind it). The command line's dispatcher is fuzzed in
//! `fuzz_cli.rs` (it needs a working folder of its own); backups in `fuzz_backup.rs`.

use backtrack::cli::{self, Invocation};
use backtrack::domain::dates::{self, parse_day_range};
use backtrack::domain::learn::content::{parse_article, plain_text, reading_grade, render_html};
use backtrack::domain::program::exercise::parse_catalog;
use proptest::prelude::*;

const CASES: u32 = 2000;

const CATALOG: &str = include_str!("../assets/exercises/catalog.json");
const ARTICLE: &str = include_str!("../assets/content/weak-glutes.md");

/// Words the parser knows, mixed with arbitrary text, so cases reach deep into the grammar.
fn argument() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "export",
            "backup",
            "restore",
            "summary",
            "help",
            "--help",
            "-h",
            "--version",
            "--background",
            "--format",
            "pdf",
            "csv",
            "fhir",
            "json",
            "--table",
            "entries",
            "sessions",
            "--paper",
            "a4",
            "letter",
            "--from",
            "--to",
            "--out",
            "--replace",
            "--yes",
            "--json",
            "2026-03-14",
            "+262142-12-01",
            "exprot",
            "frobnicate",
            "--",
            "-",
        ])
        .prop_map(str::to_owned),
        any::<String>(),
    ]
}

/// A byte-level mutation of `text`: a slice cut out and arbitrary bytes put in its place.
fn mutated(text: &'static str) -> impl Strategy<Value = String> {
    (0..text.len(), 0..64usize, prop::collection::vec(any::<u8>(), 0..16)).prop_map(move |(at, cut, insert)| {
        let mut bytes = text.as_bytes().to_vec();
        let end = (at + cut).min(bytes.len());
        bytes.splice(at..end, insert);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_command_line_parser_answers_every_argument_list(args in prop::collection::vec(argument(), 0..6)) {
        let full = std::iter::once("backtrack".to_owned()).chain(args.iter().cloned());
        match cli::parse(full) {
            // Only an empty list or the login flag opens the window (`--` alone ends the options).
            Ok(Invocation::App { .. }) => prop_assert!(args.iter().all(|a| a == "--background" || a == "--"), "{args:?} must not open the app"),
            Ok(Invocation::Command(_)) => {}
            Err(usage) => prop_assert!(matches!(usage.exit_code(), 0 | 2), "help or a usage error, never another status"),
        }
    }

    #[test]
    fn the_date_range_parser_keeps_every_day_it_accepts_in_the_diarys_span(from in any::<Option<String>>(), to in any::<Option<String>>()) {
        if let Ok((from, to)) = parse_day_range(from.as_deref(), to.as_deref()) {
            for day in [from, to].into_iter().flatten() {
                prop_assert!(dates::is_diary_day(day), "{day} is outside the diary's span");
            }
            if let (Some(f), Some(t)) = (from, to) {
                prop_assert!(f <= t, "an accepted range runs forwards");
            }
        }
    }

    #[test]
    fn the_catalog_reader_refuses_damaged_catalogs_without_panicking(text in mutated(CATALOG)) {
        let _ = parse_catalog("fuzzed.json", &text);
    }

    #[test]
    fn the_catalog_reader_refuses_arbitrary_text_without_panicking(text in any::<String>()) {
        let opens_like_json = text.trim_start().starts_with('{');
        prop_assert!(parse_catalog("fuzzed.json", &text).is_err() || opens_like_json, "random text is not a catalog");
    }

    #[test]
    fn the_article_reader_and_renderer_take_damaged_articles_without_panicking(text in mutated(ARTICLE)) {
        if let Ok(article) = parse_article("fuzzed.md", &text) {
            let _ = article.to_summary(false);
        }
        let _ = render_html(&text);
        let _ = plain_text(&text);
        let grade = reading_grade(&text);
        prop_assert!(grade.is_finite(), "a reading grade is a number");
    }

    #[test]
    fn the_article_reader_takes_arbitrary_text_without_panicking(text in any::<String>()) {
        let _ = parse_article("fuzzed.md", &text);
        let _ = render_html(&text);
        prop_assert!(reading_grade(&text).is_finite());
    }
}
