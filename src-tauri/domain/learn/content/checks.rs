//! The rules an article must follow that parsing one file cannot check: they need the whole
//! library, the catalog or today's date.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::links::is_slug;
use super::{ArticleDoc, ContentError, InternalLink, Source, READING_MINUTES};
use crate::domain::program::exercise::Catalog;

/// Every rule an article must follow that a parse cannot check, across the whole library:
/// the slug matches the file name and is unique, no text field is blank (`related_exercises`
/// may be an empty list: not every article is about an exercise), 1 to 10 reading
/// minutes, at least one complete source, `last_reviewed` not after `today`, and every
/// `article:` link, `exercise:` link and related exercise exists. Links to anything else are
/// refused: articles link inside the app only. Returns every problem found.
pub fn check_library(articles: &[ArticleDoc], catalog: &Catalog, today: NaiveDate) -> Result<(), Vec<ContentError>> {
    let slugs: HashSet<&str> = articles.iter().map(|article| article.slug.as_str()).collect();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for article in articles {
        let file = article.file_name.as_str();
        let mut push = |field: &str, problem: String| errors.push(ContentError::new(file, field, problem));
        let duplicate = !seen.insert(article.slug.as_str());
        check_fields(article, duplicate, &mut push);
        check_sources(&article.sources, &mut push);
        if article.last_reviewed > today {
            push("last_reviewed", format!("{} is in the future (today is {today})", article.last_reviewed));
        }
        check_links(article, &slugs, catalog, &mut push);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The article's own fields: file name and slug (`duplicate` when another article has it
/// already), text, reading time.
fn check_fields(article: &ArticleDoc, duplicate: bool, push: &mut impl FnMut(&str, String)) {
    let file = article.file_name.as_str();
    if !is_slug(&article.slug) || file != format!("{}.md", article.slug) {
        push(
            "file",
            format!("the file name must be <slug>.md with a slug of lowercase letters, digits and hyphens; the slug is \"{}\"", article.slug),
        );
    }
    if duplicate {
        push("file", format!("the slug \"{}\" is used by another article", article.slug));
    }
    for (field, value) in [("title", &article.title), ("summary", &article.summary)] {
        if value.trim().is_empty() {
            push(field, "is empty".to_owned());
        }
    }
    if article.body.trim().is_empty() {
        push("body", "is empty".to_owned());
    }
    if !READING_MINUTES.contains(&article.reading_minutes) {
        push("reading_minutes", format!("{} is outside {} to {}", article.reading_minutes, READING_MINUTES.start(), READING_MINUTES.end()));
    }
}

/// At least one source, each with a title and a publisher, and no blank URL.
fn check_sources(sources: &[Source], push: &mut impl FnMut(&str, String)) {
    if sources.is_empty() {
        push("sources", "is empty; cite at least one source".to_owned());
    }
    for (index, source) in sources.iter().enumerate() {
        for (field, value) in [("title", &source.title), ("publisher", &source.publisher)] {
            if value.trim().is_empty() {
                push(&format!("sources[{index}].{field}"), "is empty".to_owned());
            }
        }
        if source.url.as_deref().is_some_and(|url| url.trim().is_empty()) {
            push(&format!("sources[{index}].url"), "is empty; leave it out instead".to_owned());
        }
    }
}

/// Related exercises and in-app links must point at something that exists; no link leaves
/// the app.
fn check_links(article: &ArticleDoc, slugs: &HashSet<&str>, catalog: &Catalog, push: &mut impl FnMut(&str, String)) {
    for (index, id) in article.related_exercises.iter().enumerate() {
        if catalog.family(id).is_none() {
            push(&format!("related_exercises[{index}]"), format!("\"{id}\" is not an exercise family in the catalog"));
        }
    }
    for link in &article.links {
        match link {
            InternalLink::Article(slug) if !slugs.contains(slug.as_str()) => {
                push("body", format!("the link article:{slug} points to no article"));
            }
            InternalLink::Exercise(id) if catalog.family(id).is_none() => {
                push("body", format!("the link exercise:{id} points to no exercise family in the catalog"));
            }
            InternalLink::Other(target) => {
                push("body", format!("the link to \"{target}\" leaves the app; use article:<slug> or exercise:<id>"));
            }
            _ => {}
        }
    }
}

/// What a translation keeps from the English library; only the words are the translator's.
/// Every English article has a translation under the same slug and there is no other; each
/// translation lists the same related exercises in the same order, cites as many sources, and
/// carries the same warning-sign notes (`<!-- sign:<id> -->`, in order), so the warning-signs
/// check and the urgent-care article agree in every language. Front matter keys are the same
/// by construction: [`super::parse_article`] refuses unknown and missing ones. Links are
/// checked, in each language, by [`check_library`]. Errors name the translated file; returns
/// every difference found.
pub fn check_translation(english: &[ArticleDoc], translated: &[ArticleDoc]) -> Result<(), Vec<ContentError>> {
    let mut errors = Vec::new();
    for original in english {
        let Some(article) = translated.iter().find(|article| article.slug == original.slug) else {
            errors.push(ContentError::new(&original.file_name, "file", "has no translation"));
            continue;
        };
        let mut push = |field: &str, problem: String| errors.push(ContentError::new(&article.file_name, field, problem));
        if article.related_exercises != original.related_exercises {
            push("related_exercises", format!("{:?} differs from the English article's {:?}", article.related_exercises, original.related_exercises));
        }
        if article.sources.len() != original.sources.len() {
            push("sources", format!("has {} sources; the English article has {}", article.sources.len(), original.sources.len()));
        }
        let (signs, english_signs) = (sign_notes(&article.body), sign_notes(&original.body));
        if signs != english_signs {
            push("body", format!("the sign notes {signs:?} differ from the English article's {english_signs:?}"));
        }
    }
    for article in translated.iter().filter(|article| !english.iter().any(|original| original.slug == article.slug)) {
        errors.push(ContentError::new(&article.file_name, "file", "translates no English article"));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The warning-sign ids an article's body names, in order: each `<!-- sign:<id> -->` note
/// (the urgent-care article ends each sign with one; see `domain::learn::red_flags::SIGNS`).
pub fn sign_notes(body: &str) -> Vec<&str> {
    body.split("<!-- sign:").skip(1).filter_map(|rest| rest.split_once("-->").map(|(id, _)| id.trim())).collect()
}
