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
