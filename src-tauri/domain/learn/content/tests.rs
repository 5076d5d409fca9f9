//! The education library's rules, read as sentences: the shipped articles are complete and
//! plain, the HTML is safe, links stay in the app, and search puts title matches first.

use super::text::{syllable_count, words_of};
use super::*;
use crate::domain::program::exercise::builtin_catalog;
use crate::i18n::Language;

fn catalog() -> Catalog {
    builtin_catalog().expect("the built-in catalog must load")
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// A complete, valid article file with the given body and extra front matter lines.
fn article_text(title: &str, front_extra: &str, body: &str) -> String {
    format!(
        "+++\ntitle = \"{title}\"\nsummary = \"A short summary.\"\nreading_minutes = 3\nrelated_exercises = [\"glute-bridge\"]\n\
         last_reviewed = 2026-01-05\n{front_extra}\n[[sources]]\ntitle = \"A guideline\"\npublisher = \"NICE\"\nyear = 2016\n+++\n\n{body}"
    )
}

fn parse(file: &str, title: &str, body: &str) -> ArticleDoc {
    parse_article(file, &article_text(title, "", body)).unwrap_or_else(|e| panic!("{file} must parse: {e}"))
}

fn parse_error(file: &str, text: &str) -> ContentError {
    parse_article(file, text).err().unwrap_or_else(|| panic!("{file} must be refused"))
}

fn library_errors(articles: &[ArticleDoc]) -> Vec<ContentError> {
    check_library(articles, &catalog(), day("2026-06-01")).err().unwrap_or_default()
}

fn tag_names(html: &str) -> Vec<String> {
    html.split('<').skip(1).map(|rest| rest.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect()).collect()
}

fn assert_close(actual: f64, expected: f64, why: &str) {
    assert!((actual - expected).abs() < 1e-9, "{why}: expected {expected}, got {actual}");
}

// The shipped library.

#[test]
fn the_builtin_library_has_every_article_in_reading_order() {
    let library = builtin_library().expect("the built-in library must parse");
    let slugs: Vec<&str> = library.articles.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(slugs, READING_ORDER, "the library follows the contract's reading order");
}

/// The article files (`*.md`, not the README) in `folder` of the repository, sorted.
fn article_files_in(folder: &str) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .filter(|name| name.ends_with(".md") && name != "README.md")
        .collect();
    names.sort();
    names
}

#[test]
fn every_article_file_in_the_content_folder_ships_with_the_app() {
    let on_disk = article_files_in("assets/content");
    let mut embedded: Vec<String> = READING_ORDER.iter().map(|slug| format!("{slug}.md")).collect();
    embedded.sort();
    assert_eq!(on_disk, embedded, "an article written but not listed in EMBEDDED_ARTICLES and READING_ORDER would never be shown");
}

#[test]
fn the_builtin_library_passes_every_content_rule() {
    let library = builtin_library().expect("the built-in library must parse");
    // A day of slack so an article reviewed "today" in a zone ahead of UTC still passes.
    let today = crate::clock::utc_now().date_naive().succ_opt().unwrap_or(NaiveDate::MAX);
    if let Err(errors) = check_library(&library.articles, &catalog(), today) {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the shipped articles break {} rule(s):\n{}", list.len(), list.join("\n"));
    }
}

#[test]
fn every_builtin_article_reads_at_grade_8_or_lower() {
    let library = builtin_library().expect("the built-in library must parse");
    let too_hard: Vec<String> = library
        .articles
        .iter()
        .map(|a| (a.file_name.as_str(), reading_grade(&a.body)))
        .filter(|(_, grade)| *grade > MAX_READING_GRADE)
        .map(|(file, grade)| format!("{file}: grade {grade:.2}"))
        .collect();
    assert!(too_hard.is_empty(), "articles above reading grade {MAX_READING_GRADE}: {}", too_hard.join(", "));
}

#[test]
fn a_missing_or_extra_article_file_is_named() {
    let one = article_text("One", "", "Text.");
    let error = library_from_files(&[("back-and-buttocks-link.md", &one)]).expect_err("9 files are missing");
    assert_eq!((error.file.as_str(), error.field.as_str()), ("three-glute-muscles.md", "file"), "the first missing file is named");
    let error = library_from_files(&[("draft-notes.md", &one)]).expect_err("an unlisted file is refused");
    assert_eq!(error.file, "draft-notes.md", "a file outside the reading order is named");
}

// Reading grade, on hand-computed texts.

#[test]
fn reading_grade_of_two_short_sentences_matches_the_worked_example() {
    // 6 words, 2 sentences, 6 syllables: 0.39 × 3 + 11.8 × 1 − 15.59.
    assert_close(reading_grade("The cat sat. It was fat."), -2.62, "two three-word sentences of one-syllable words");
}

#[test]
fn reading_grade_counts_each_heading_and_list_item_as_one_sentence() {
    // Sentences: heading 1 + items 2 + "Move a bit." 1 ("Then stop" has no end) = 4.
    // Words 15, syllables 15: 0.39 × 15/4 + 11.8 − 15.59.
    let body = "## Why move\n\n- Walk each day\n- Rest when you need to\n\nMove a bit. Then stop";
    assert_close(reading_grade(body), 0.39 * 15.0 / 4.0 + 11.8 - 15.59, "headings and list items are sentences");
}

#[test]
fn reading_grade_keeps_link_text_and_drops_link_targets() {
    // Try(1) the(1) glute(1: final e dropped) bridge(1) today(2): 5 words, 6 syllables, 1 sentence.
    let linked = reading_grade("Try the [glute bridge](exercise:glute-bridge) today.");
    assert_close(linked, 0.39 * 5.0 + 11.8 * 6.0 / 5.0 - 15.59, "the target is not text");
    assert_close(linked, reading_grade("Try the glute bridge today."), "a link reads like its text");
}

#[test]
fn reading_grade_ignores_digits_and_markdown_markers() {
    // I(1) walked(2) minutes(3): 3 words, 6 syllables, 1 sentence: 0.39 × 3 + 11.8 × 2 − 15.59.
    assert_close(reading_grade("I **walked** 20 *minutes*."), 9.18, "digits are not words; emphasis markers are not text");
}

#[test]
fn syllables_follow_the_contract_rules() {
    for (word, expected) in [
        ("table", 2),  // "le" after a consonant keeps its e
        ("little", 2), // likewise
        ("whole", 1),  // "le" after a vowel: the e is dropped
        ("make", 1),   // silent final e
        ("the", 1),    // 3 letters or fewer keep their e
        ("be", 1),
        ("rhythm", 1), // y is a vowel
        ("queue", 1),  // one group of vowels once the e is dropped
        ("don't", 1),
        ("exercise", 3),
        ("Buttocks", 2),
        ("hmm", 1), // at least 1
    ] {
        assert_eq!(syllable_count(word), expected, "syllables of {word}");
    }
}

#[test]
fn words_are_runs_of_letters_and_apostrophes_starting_with_a_letter() {
    let words: Vec<&str> = words_of("It's 10 o'clock -- 'quoted' well-known").collect();
    assert_eq!(words, ["It's", "o'clock", "quoted'", "well", "known"]);
}

#[test]
fn a_body_without_words_has_grade_zero_and_a_text_without_an_ending_has_one_sentence() {
    assert_close(reading_grade(""), 0.0, "no words");
    assert_close(reading_grade("Go now"), 0.39 * 2.0 + 11.8 - 15.59, "at least one sentence");
}

// Sanitising.

#[test]
fn script_tags_and_raw_html_blocks_never_survive() {
    let html = render_html("<script>alert(1)</script>\n\nHello\n\n<div onclick=\"steal()\">block</div>\n\n<style>p{}</style>");
    for banned in ["<script", "alert", "<div", "onclick", "steal", "<style"] {
        assert!(!html.contains(banned), "{banned} must not survive: {html}");
    }
    assert!(html.contains("<p>Hello</p>"), "ordinary text stays: {html}");
}

#[test]
fn inline_html_with_event_handlers_is_removed() {
    let html = render_html("Hi <img src=x onerror=alert(1)> there <b onmouseover=\"x()\">bold</b>");
    for banned in ["<img", "onerror", "alert", "<b", "onmouseover"] {
        assert!(!html.contains(banned), "{banned} must not survive: {html}");
    }
}

#[test]
fn javascript_and_web_links_lose_their_target() {
    let html = render_html("[click](javascript:alert(1)) and [site](https://example.com) and [data](data:text/html,hi)");
    assert!(!html.contains("javascript") && !html.contains("example.com") && !html.contains("data:"), "{html}");
    assert!(!html.contains("href"), "no other link keeps an href: {html}");
    assert!(html.contains("<a>click</a>"), "the link text stays: {html}");
}

#[test]
fn only_the_contract_tags_come_out() {
    let body = "# Title\n\n#### Deep\n\nText with `code`, **bold**, *em* and ![a picture](x.png).\n\n> quote\n\n1. one\n2. two\n\n---\n\n    code block\n\nline  \nbreak";
    let html = render_html(body);
    for tag in tag_names(&html) {
        assert!(ALLOWED_TAGS.contains(&tag.as_str()), "<{tag}> is not allowed: {html}");
    }
    assert!(html.contains("<h2>Title</h2>") && html.contains("<h3>Deep</h3>"), "headings map to h2/h3: {html}");
    assert!(html.contains("a picture"), "an image keeps its words: {html}");
    assert!(html.contains("<br>"), "a hard break stays: {html}");
}

// Links.

#[test]
fn article_and_exercise_links_become_in_app_links() {
    let html = render_html("See [the glutes](article:three-glute-muscles) and the [glute bridge](exercise:glute-bridge).");
    assert!(html.contains(r##"<a href="#article/three-glute-muscles" data-article="three-glute-muscles">the glutes</a>"##), "article link: {html}");
    assert!(html.contains(r##"<a href="#exercise/glute-bridge" data-exercise="glute-bridge">glute bridge</a>"##), "exercise link: {html}");
    assert!(!html.contains("rel="), "in-app links need no rel: {html}");
}

#[test]
fn a_link_target_that_is_not_a_slug_cannot_inject_attributes() {
    let html = render_html(r#"[x](<article:a" onmouseover="alert(1)>) [y](exercise:../../etc)"#);
    assert!(!html.contains("onmouseover") && !html.contains("etc"), "{html}");
    assert!(!html.contains("href"), "a malformed internal link loses its target: {html}");
}

#[test]
fn a_parsed_article_lists_its_links() {
    let article = parse("a.md", "A", "[b](article:b-slug), [bridge](exercise:glute-bridge), [web](https://x.org)");
    assert_eq!(
        article.links,
        [InternalLink::Article("b-slug".into()), InternalLink::Exercise("glute-bridge".into()), InternalLink::Other("https://x.org".into())]
    );
}

// Library rules.

#[test]
fn a_valid_small_library_passes() {
    let a = parse("first.md", "First", "Read [the second](article:second).");
    let b = parse("second.md", "Second", "Try the [bridge](exercise:glute-bridge).");
    assert_eq!(check_library(&[a, b], &catalog(), day("2026-06-01")), Ok(()));
}

#[test]
fn an_unknown_exercise_id_is_named_with_its_file_and_field() {
    let text = article_text("X", "", "Body.").replace("[\"glute-bridge\"]", "[\"glute-bridge\", \"cartwheel\"]");
    let article = parse_article("x.md", &text).expect("the article parses");
    let errors = library_errors(&[article]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!((errors[0].file.as_str(), errors[0].field.as_str()), ("x.md", "related_exercises[1]"));
    assert!(errors[0].problem.contains("cartwheel"), "{}", errors[0]);
}

#[test]
fn a_broken_article_link_or_exercise_link_is_named() {
    let article = parse("x.md", "X", "See [this](article:nowhere) and [that](exercise:cartwheel) and [web](https://x.org).");
    let errors = library_errors(&[article]);
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 3, "{messages:?}");
    assert!(errors.iter().all(|e| e.file == "x.md" && e.field == "body"), "{messages:?}");
    assert!(messages[0].contains("article:nowhere") && messages[1].contains("exercise:cartwheel") && messages[2].contains("https://x.org"));
}

#[test]
fn dates_minutes_sources_and_blank_fields_are_checked() {
    let text = article_text("X", "", "Body.")
        .replace("reading_minutes = 3", "reading_minutes = 12")
        .replace("last_reviewed = 2026-01-05", "last_reviewed = 2026-06-02")
        .replace("summary = \"A short summary.\"", "summary = \"  \"");
    let article = parse_article("x.md", &text).expect("the article parses");
    let fields: Vec<String> = library_errors(&[article]).into_iter().map(|e| e.field).collect();
    assert_eq!(fields, ["summary", "reading_minutes", "last_reviewed"], "each broken rule names its field");
    let mut no_sources = parse("y.md", "Y", "Body.");
    no_sources.sources.clear();
    let fields: Vec<String> = library_errors(&[no_sources]).into_iter().map(|e| e.field).collect();
    assert_eq!(fields, ["sources"], "at least one source");
}

#[test]
fn last_reviewed_today_is_fine() {
    let article = parse("x.md", "X", "Body.");
    assert_eq!(check_library(&[article], &catalog(), day("2026-01-05")), Ok(()), "reviewed today is not the future");
}

// Front matter errors.

#[test]
fn a_missing_field_is_named() {
    let text = article_text("X", "", "Body.").replace("summary = \"A short summary.\"\n", "");
    let error = parse_error("x.md", &text);
    assert_eq!((error.file.as_str(), error.field.as_str()), ("x.md", "summary"), "{error}");
}

#[test]
fn an_unknown_field_is_named() {
    let error = parse_error("x.md", &article_text("X", "author = \"me\"", "Body."));
    assert_eq!((error.file.as_str(), error.field.as_str()), ("x.md", "author"), "{error}");
}

#[test]
fn a_value_of_the_wrong_type_is_named_with_its_line() {
    let text = article_text("X", "", "Body.").replace("reading_minutes = 3", "reading_minutes = \"three\"");
    let error = parse_error("x.md", &text);
    assert_eq!(error.field, "reading_minutes", "{error}");
    assert!(error.problem.contains("line 4"), "the line in the file is given: {error}");
}

#[test]
fn malformed_front_matter_is_refused_with_the_file_name() {
    let error = parse_error("bad.md", "+++\ntitle = \"unterminated\n+++\nBody.");
    assert_eq!(error.file, "bad.md");
    assert!(error.to_string().starts_with("bad.md: "), "{error}");
    let error = parse_error("none.md", "Just text, no front matter.\n");
    assert_eq!((error.file.as_str(), error.field.as_str()), ("none.md", "front matter"));
    let error = parse_error("open.md", "+++\ntitle = \"x\"\nBody.\n");
    assert!(error.problem.contains("closing +++"), "{error}");
    let error = parse_error("when.md", &article_text("X", "", "B.").replace("2026-01-05", "2026-01-05T10:00:00Z"));
    assert_eq!(error.field, "last_reviewed", "a date-time is not a review date: {error}");
}

// Search.

fn search_library() -> Vec<ArticleDoc> {
    vec![
        parse("weak.md", "Weak glutes", "When the glutes are weak, other muscles take over. Gentle exercise helps them wake up again."),
        parse("pain.md", "Pain during exercise", "Some ache while you move is fine. Stop if the pain is sharp or runs down your leg."),
        parse("walk.md", "Walking", "A short walk every day keeps the back moving. Exercise need not be hard."),
    ]
}

fn slugs(hits: &[SearchMatch<'_>]) -> Vec<String> {
    hits.iter().map(|h| h.article.slug.clone()).collect()
}

#[test]
fn search_puts_title_matches_above_text_matches() {
    let library = search_library();
    let hits = search(&library, "exercise");
    assert_eq!(slugs(&hits), ["pain", "weak", "walk"], "the title match first, then text matches in reading order");
}

#[test]
fn search_is_case_insensitive_and_needs_every_word() {
    let library = search_library();
    assert_eq!(slugs(&search(&library, "GLUTES")), ["weak"]);
    assert_eq!(slugs(&search(&library, "exercise leg")), ["pain"], "both words must appear");
    assert!(search(&library, "exercise swimming").is_empty(), "a missing word means no hit");
    assert!(search(&library, "   ").is_empty(), "an empty query finds nothing");
}

#[test]
fn a_snippet_shows_plain_text_around_the_first_match() {
    let long_start = "Word ".repeat(60);
    let library = vec![parse("long.md", "Long", &format!("{long_start}then the **hamstrings** join in. {}", "More ".repeat(60)))];
    let hits = search(&library, "hamstrings");
    let snippet = &hits[0].snippet;
    assert!(snippet.contains("the hamstrings join in"), "the match is in the snippet, without markdown: {snippet}");
    assert!(snippet.starts_with('…') && snippet.ends_with('…'), "cut text is marked: {snippet}");
    assert!(snippet.chars().count() <= SNIPPET_CHARS + 2, "about {SNIPPET_CHARS} characters: {} in {snippet}", snippet.chars().count());
}

#[test]
fn a_title_only_match_shows_the_start_of_the_text() {
    let library = search_library();
    let hits = search(&library, "walking");
    assert!(hits[0].snippet.starts_with("A short walk"), "{}", hits[0].snippet);
}

#[test]
fn plain_text_drops_markdown_and_keeps_blocks_apart() {
    let text = plain_text("## Head\n\nSome **bold** [link](article:x).\n\n- one\n- two");
    assert_eq!(text, "Head\nSome bold link.\none\ntwo");
}

// The Spanish library.

fn spanish_library() -> Library {
    builtin_library_in(Language::Es).unwrap_or_else(|e| panic!("the Spanish library must parse and match the English one: {e}"))
}

fn spanish_catalog() -> Catalog {
    crate::domain::program::exercise::builtin_catalog_in(Language::Es).expect("the Spanish catalog must load")
}

#[test]
fn every_english_article_has_a_spanish_translation_in_reading_order() {
    let library = spanish_library();
    let slugs: Vec<&str> = library.articles.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(slugs, READING_ORDER, "the Spanish library has the same slugs, in the contract's reading order");
    let english = builtin_library().expect("the English library parses");
    for (spanish, english) in library.articles.iter().zip(&english.articles) {
        assert_ne!(spanish.title, english.title, "{}: the title is translated", spanish.slug);
        assert_ne!(spanish.body, english.body, "{}: the body is translated", spanish.slug);
    }
}

#[test]
fn every_spanish_article_file_ships_with_the_app() {
    let on_disk = article_files_in("assets/content/es");
    let mut embedded: Vec<String> = embedded_files(Language::Es).iter().map(|(name, _)| (*name).to_owned()).collect();
    embedded.sort();
    assert_eq!(on_disk, embedded, "a Spanish article written but not listed in EMBEDDED_ARTICLES_ES would never be shown");
}

#[test]
fn the_spanish_articles_keep_the_english_exercises_sources_and_sign_notes() {
    let english = builtin_library().expect("the English library parses");
    let spanish = library_from_files(embedded_files(Language::Es)).expect("the Spanish files parse");
    if let Err(errors) = check_translation(&english.articles, &spanish.articles) {
        let list: Vec<String> = errors.into_iter().map(|e| e.in_folder("es/").to_string()).collect();
        panic!("the Spanish articles differ from the English ones in {} place(s):\n{}", list.len(), list.join("\n"));
    }
    let urgent = spanish.get("when-to-get-urgent-care").expect("the urgent-care article is translated");
    assert_eq!(sign_notes(&urgent.body).len(), 15, "every warning sign of the check is explained in Spanish too");
}

#[test]
fn the_spanish_library_passes_every_content_rule() {
    let library = spanish_library();
    let today = crate::clock::utc_now().date_naive().succ_opt().unwrap_or(NaiveDate::MAX);
    // The same rules as English (fields, minutes, sources, dates, in-app links), against the
    // Spanish catalog, whose ids are the English ones. Only the reading grade is English's own.
    if let Err(errors) = check_library(&library.articles, &spanish_catalog(), today) {
        let list: Vec<String> = errors.into_iter().map(|e| e.in_folder("es/").to_string()).collect();
        panic!("the Spanish articles break {} rule(s):\n{}", list.len(), list.join("\n"));
    }
}

#[test]
fn a_translation_that_changes_exercises_drops_a_source_or_a_sign_is_refused() {
    let english =
        parse("urgent.md", "Urgent", "## Get help now\n\n- Numb saddle. <!-- sign:saddle_numbness -->\n- Both legs. <!-- sign:both_legs -->");
    let mut translated =
        parse("urgent.md", "Urgente", "## Busque ayuda ahora\n\n- Silla de montar adormecida. <!-- sign:saddle_numbness -->\n- Las dos piernas.");
    translated.related_exercises = vec!["squat".to_owned()];
    translated.sources.clear();
    let errors = check_translation(std::slice::from_ref(&english), std::slice::from_ref(&translated)).expect_err("three differences");
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["related_exercises", "sources", "body"], "each difference names its field: {errors:?}");
    assert!(errors[2].problem.contains("both_legs"), "the missing sign is named: {}", errors[2]);
    let missing = check_translation(std::slice::from_ref(&english), &[]).expect_err("no translation at all");
    assert_eq!((missing[0].file.as_str(), missing[0].field.as_str()), ("urgent.md", "file"));
}

#[test]
fn inside_a_spanish_scope_the_builtin_library_is_the_spanish_one() {
    let title = |language| crate::i18n::scoped(language, || builtin().map(|library| library.get("weak-glutes").map(|article| article.title.clone())));
    assert_eq!(title(Language::En), Ok(Some("Weak glutes: posture, walking and tight hips".to_owned())), "English is served in English");
    assert_eq!(
        title(Language::Es),
        Ok(Some("Glúteos débiles: la postura, el caminar y las caderas tensas".to_owned())),
        "the language in force picks the library; the slug is the same"
    );
}

#[test]
fn spanish_search_finds_words_whatever_their_accents() {
    let library = spanish_library();
    for query in ["gluteo", "GLÚTEO", "glúteo", "Gluteos debiles"] {
        let hits = search(&library.articles, query);
        assert!(hits.iter().any(|hit| hit.article.slug == "weak-glutes"), "{query:?} finds \"Glúteos débiles\" without typing the accents");
    }
    let hits = search(&library.articles, "gluteo");
    let snippet = hits.iter().find(|hit| hit.article.plain_text.to_lowercase().contains("glúteo")).map(|hit| hit.snippet.to_lowercase());
    assert!(snippet.as_ref().is_some_and(|s| s.contains("glúteo")), "the snippet shows the original word, accent and all: {snippet:?}");
}

#[test]
fn accent_free_search_keeps_snippets_in_the_original_text() {
    let library = vec![parse("es.md", "Músculos", &format!("{} Los músculos del glúteo mayor trabajan. {}", "Más ".repeat(40), "Otra ".repeat(40)))];
    let hits = search(&library, "gluteo mayor");
    assert_eq!(hits.len(), 1, "the phrase matches without accents");
    assert!(hits[0].snippet.contains("del glúteo mayor trabajan"), "the snippet is cut from the accented text: {}", hits[0].snippet);
    assert_eq!(slugs(&search(&library, "MUSCULOS")), ["es"], "a title found without its accent and in capitals");
}

#[test]
fn an_enye_in_the_query_is_a_letter_of_its_own() {
    let library = vec![parse("year.md", "Cada año", "Un año de ejercicio."), parse("other.md", "Otro", "Dolor cerca del ano.")];
    assert_eq!(slugs(&search(&library, "año")), ["year"], "\"año\" is not \"ano\"");
    assert_eq!(slugs(&search(&library, "ano")), ["year", "other"], "typed without ñ on an English keyboard, both are found");
}
