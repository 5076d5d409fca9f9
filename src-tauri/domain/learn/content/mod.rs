//! The education library: articles written as Markdown with TOML front matter
//! (`assets/content/<slug>.md`, format in `docs/learn-contract.md`), rendered to safe HTML,
//! measured for reading grade and searched. Pure: the files are embedded at build time and
//! `today` comes in as an argument.
//!
//! The library exists in each [`Language`]: English in `assets/content/`, Spanish in
//! `assets/content/es/` under the same file names. A translation keeps the English article's
//! related exercises, sources and warning-sign notes ([`check_translation`]); only the words
//! differ. [`builtin`] serves the language in force. The reading grade is Flesch-Kincaid, a
//! measure of English, so it applies to the English articles only.
//!
//! Safety of the rendered HTML rests on two layers: raw HTML in the Markdown is dropped from
//! the event stream before rendering, and the result is cleaned by ammonia with an allow-list of
//! a few text tags and one kind of link (`#article/<slug>` or `#exercise/<id>`).

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;

use crate::domain::program::exercise::Catalog;
use crate::i18n::{Language, PerLanguage};

/// The articles of the built-in library, in the order a person is meant to read them.
pub const READING_ORDER: [&str; 18] = [
    "back-and-buttocks-link",
    "three-glute-muscles",
    "weak-glutes",
    "overworked-glutes",
    "piriformis-and-leg-pain",
    "core-and-glute-strength",
    "getting-down-to-the-floor",
    "modified-and-water-exercise",
    "how-pain-works",
    "pain-during-exercise",
    "pacing-and-graded-activity",
    "flare-up-plan",
    "sleep-stress-and-mood",
    "staying-at-work",
    "weekly-activity-check-in",
    "when-to-get-urgent-care",
    "when-surgery-is-considered",
    "preparing-for-your-surgeon",
];

/// Reading minutes an article may claim.
pub const READING_MINUTES: std::ops::RangeInclusive<i64> = 1..=10;
/// The highest reading grade (Flesch-Kincaid) an English article may have. The formula counts
/// English syllables, so translations are not measured by it.
pub const MAX_READING_GRADE: f64 = 8.0;
/// The tags the rendered HTML may contain; everything else is removed, its text kept.
pub const ALLOWED_TAGS: [&str; 11] = ["p", "h2", "h3", "ul", "ol", "li", "strong", "em", "a", "blockquote", "br"];
/// About how many characters of text a search snippet shows.
pub const SNIPPET_CHARS: usize = 120;

const FRONT_MATTER_FENCE: &str = "+++";
const ARTICLE_SCHEME: &str = "article:";
const EXERCISE_SCHEME: &str = "exercise:";

mod embedded;
use embedded::{EMBEDDED_ARTICLES, EMBEDDED_ARTICLES_ES};

/// Why an article was refused. Always names the file and the field (or `body` for the text),
/// such as `weak-glutes.md: related_exercises[1]: "cartwheel" is not an exercise in the catalog`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{file}: {field}: {problem}")]
pub struct ContentError {
    pub file: String,
    pub field: String,
    pub problem: String,
}

impl ContentError {
    fn new(file: &str, field: impl Into<String>, problem: impl Into<String>) -> Self {
        ContentError { file: file.to_owned(), field: field.into(), problem: problem.into() }
    }

    /// The same error, naming its file inside `folder` (such as `es/`), for a translation whose
    /// files share the English file names.
    pub fn in_folder(self, folder: &str) -> Self {
        ContentError { file: format!("{folder}{}", self.file), ..self }
    }
}

/// A reference an article cites. `url` is shown as text; the app never opens the network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    pub year: u16,
    #[serde(default)]
    pub url: Option<String>,
}

/// The front matter exactly as written. Fields are optional here only so that a missing one is
/// reported by its name rather than as a parse failure.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: Option<String>,
    summary: Option<String>,
    reading_minutes: Option<i64>,
    related_exercises: Option<Vec<String>>,
    last_reviewed: Option<toml::value::Datetime>,
    sources: Option<Vec<Source>>,
}

/// An internal link found in an article's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InternalLink {
    Article(String),
    Exercise(String),
    /// Any other target: not allowed in an article (links stay inside the app).
    Other(String),
}

/// One parsed article. Only [`parse_article`] makes one; the HTML and the plain text are worked
/// out once, at parse time.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleDoc {
    /// The file name without `.md`.
    pub slug: String,
    pub file_name: String,
    pub title: String,
    pub summary: String,
    pub reading_minutes: i64,
    pub related_exercises: Vec<String>,
    pub last_reviewed: NaiveDate,
    pub sources: Vec<Source>,
    /// The Markdown after the front matter.
    pub body: String,
    /// Sanitised HTML, ready for the UI.
    pub html: String,
    /// The body's text without Markdown, for search and snippets.
    pub plain_text: String,
    pub links: Vec<InternalLink>,
}

/// The articles in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    pub articles: Vec<ArticleDoc>,
}

impl Library {
    pub fn get(&self, slug: &str) -> Option<&ArticleDoc> {
        self.articles.iter().find(|article| article.slug == slug)
    }
}

/// An article as the Learn list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ArticleSummary {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub reading_minutes: u8,
    pub related_exercises: Vec<String>,
    #[ts(type = "string")]
    pub last_reviewed: NaiveDate,
    pub read: bool,
}

/// An exercise family an article explains, with its display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RelatedExerciseName {
    pub family_id: String,
    pub name: String,
}

/// A whole article for the reading screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Article {
    #[serde(flatten)]
    #[ts(flatten)]
    pub summary: ArticleSummary,
    pub html: String,
    pub sources: Vec<Source>,
    pub related_exercise_names: Vec<RelatedExerciseName>,
}

/// A search result: the article's summary and the text around the first match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ArticleHit {
    #[serde(flatten)]
    #[ts(flatten)]
    pub summary: ArticleSummary,
    pub snippet: String,
}

impl ArticleDoc {
    pub fn to_summary(&self, read: bool) -> ArticleSummary {
        ArticleSummary {
            slug: self.slug.clone(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            reading_minutes: u8::try_from(self.reading_minutes).unwrap_or(u8::MAX),
            related_exercises: self.related_exercises.clone(),
            last_reviewed: self.last_reviewed,
            read,
        }
    }

    /// The reading screen's view. Related exercises missing from the catalog are left out (the
    /// content tests make sure there are none).
    pub fn to_article(&self, read: bool, catalog: &Catalog) -> Article {
        let related_exercise_names = self
            .related_exercises
            .iter()
            .filter_map(|id| catalog.family(id).map(|family| RelatedExerciseName { family_id: id.clone(), name: family.name.clone() }))
            .collect();
        Article { summary: self.to_summary(read), html: self.html.clone(), sources: self.sources.clone(), related_exercise_names }
    }
}

/// The English library that ships with the app, in [`READING_ORDER`]. Fails if an article is
/// missing, if a file is not in the reading order, or if any file does not parse.
pub fn builtin_library() -> Result<Library, ContentError> {
    builtin_library_in(Language::En)
}

/// The library that ships with the app in `language`, in [`READING_ORDER`]. Fails as
/// [`builtin_library`] does, and for a translation also when it differs from the English
/// library in what [`check_translation`] compares (the first difference is reported). Errors
/// about a Spanish file name it by its folder, such as `es/weak-glutes.md`.
pub fn builtin_library_in(language: Language) -> Result<Library, ContentError> {
    let english = library_from_files_in(EMBEDDED_ARTICLES, "assets/content")?;
    match language {
        Language::En => Ok(english),
        Language::Es => {
            let folder = "es/";
            let spanish = library_from_files_in(EMBEDDED_ARTICLES_ES, "assets/content/es").map_err(|error| error.in_folder(folder))?;
            if let Err(errors) = check_translation(&english.articles, &spanish.articles) {
                if let Some(first) = errors.into_iter().next() {
                    return Err(first.in_folder(folder));
                }
            }
            Ok(spanish)
        }
    }
}

/// The built-in library in the language in force ([`crate::i18n::current`]): what the Learn
/// screens list, show and search.
pub fn builtin() -> Result<&'static Library, &'static ContentError> {
    builtin_in(crate::i18n::current())
}

/// The built-in library in `language`, parsed once per run, then shared. A cache of embedded
/// data, not I/O.
pub fn builtin_in(language: Language) -> Result<&'static Library, &'static ContentError> {
    static LIBRARIES: PerLanguage<Result<Library, ContentError>> = PerLanguage::new();
    LIBRARIES.get_or_init(language, || builtin_library_in(language)).as_ref()
}

/// The `(file name, text)` pairs embedded for `language`, for the tests that compare them with
/// the files on disk.
pub fn embedded_files(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::En => EMBEDDED_ARTICLES,
        Language::Es => EMBEDDED_ARTICLES_ES,
    }
}

/// Builds a library from `(file name, text)` pairs, ordered by [`READING_ORDER`].
pub fn library_from_files(files: &[(&str, &str)]) -> Result<Library, ContentError> {
    library_from_files_in(files, "assets/content")
}

/// [`library_from_files`] for the files of `folder`, which a missing file's error names.
fn library_from_files_in(files: &[(&str, &str)], folder: &str) -> Result<Library, ContentError> {
    let by_name: HashMap<&str, &str> = files.iter().copied().collect();
    if let Some((extra, _)) = files.iter().find(|(name, _)| !READING_ORDER.iter().any(|slug| name.strip_suffix(".md") == Some(slug))) {
        return Err(ContentError::new(extra, "file", "is not in the reading order (domain::learn::content::READING_ORDER)"));
    }
    let mut articles = Vec::with_capacity(READING_ORDER.len());
    for slug in READING_ORDER {
        let file_name = format!("{slug}.md");
        let Some(text) = by_name.get(file_name.as_str()) else {
            return Err(ContentError::new(&file_name, "file", format!("is missing from {folder}")));
        };
        articles.push(parse_article(&file_name, text)?);
    }
    Ok(Library { articles })
}

/// Reads one article file: front matter between `+++` lines, then Markdown. Refuses a file
/// without front matter, invalid TOML, unknown fields, wrong types, or a missing field.
/// Content rules that need the whole library (links, dates, ranges) are [`check_library`]'s.
pub fn parse_article(file_name: &str, text: &str) -> Result<ArticleDoc, ContentError> {
    let (front, body) = split_front_matter(file_name, text)?;
    let matter: FrontMatter = toml::from_str(front).map_err(|error| toml_error(file_name, front, &error))?;
    let missing = |field: &str| ContentError::new(file_name, field, "is missing");
    let last_reviewed = matter.last_reviewed.ok_or_else(|| missing("last_reviewed"))?;
    let last_reviewed = toml_date(&last_reviewed)
        .ok_or_else(|| ContentError::new(file_name, "last_reviewed", format!("{last_reviewed} is not a plain date such as 2026-11-24")))?;
    let slug = file_name.strip_suffix(".md").unwrap_or(file_name).to_owned();
    Ok(ArticleDoc {
        slug,
        file_name: file_name.to_owned(),
        title: matter.title.ok_or_else(|| missing("title"))?.trim().to_owned(),
        summary: matter.summary.ok_or_else(|| missing("summary"))?.trim().to_owned(),
        reading_minutes: matter.reading_minutes.ok_or_else(|| missing("reading_minutes"))?,
        related_exercises: matter.related_exercises.ok_or_else(|| missing("related_exercises"))?,
        last_reviewed,
        sources: matter.sources.ok_or_else(|| missing("sources"))?,
        html: render_html(body),
        plain_text: plain_text(body),
        links: internal_links(body),
        body: body.to_owned(),
    })
}

/// Splits `+++\n<toml>\n+++\n<body>`. The fences must be whole lines.
fn split_front_matter<'t>(file: &str, text: &'t str) -> Result<(&'t str, &'t str), ContentError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let no_front_matter = || ContentError::new(file, "front matter", "is missing; start the file with a +++ line, the fields, then another +++ line");
    let first_line_end = text.find('\n').ok_or_else(no_front_matter)?;
    if text[..first_line_end].trim_end() != FRONT_MATTER_FENCE {
        return Err(no_front_matter());
    }
    let rest = &text[first_line_end + 1..];
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == FRONT_MATTER_FENCE {
            return Ok((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    Err(ContentError::new(file, "front matter", "has no closing +++ line"))
}

/// Turns a TOML error into one naming the field: the key on the line the error points at, or
/// the field named in the message (`unknown field `x``).
fn toml_error(file: &str, front: &str, error: &toml::de::Error) -> ContentError {
    let message = error.message().trim().to_owned();
    let from_message = if message.starts_with("unknown field") { message.split('`').nth(1).map(str::to_owned) } else { None };
    let located = error.span().map(|span| {
        let start = span.start.min(front.len());
        let line_number = front[..start].matches('\n').count() + 2; // +1 for 1-based, +1 for the opening +++
        let line_start = front[..start].rfind('\n').map_or(0, |at| at + 1);
        let line = front[line_start..].lines().next().unwrap_or_default();
        let key = line.split_once('=').map(|(key, _)| key.trim().to_owned()).filter(|key| !key.is_empty());
        (line_number, key)
    });
    let field = from_message.or_else(|| located.as_ref().and_then(|(_, key)| key.clone())).unwrap_or_else(|| "front matter".to_owned());
    let problem = match located {
        Some((line, _)) => format!("{message} (line {line})"),
        None => message,
    };
    ContentError::new(file, field, problem)
}

fn toml_date(value: &toml::value::Datetime) -> Option<NaiveDate> {
    if value.time.is_some() || value.offset.is_some() {
        return None;
    }
    let date = value.date?;
    NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(date.month), u32::from(date.day))
}

mod checks;
pub use checks::{check_library, check_translation, sign_notes};

mod html;
pub use html::render_html;

mod links;
use links::internal_links;

mod text;
pub use text::{plain_text, reading_grade};

mod search;
pub use search::{search, SearchMatch};

#[cfg(test)]
mod tests;
