//! The links an article may hold: `article:<slug>` and `exercise:<id>`, inside the app only.

use pulldown_cmark::{Event, Options, Parser, Tag};

use super::{InternalLink, ARTICLE_SCHEME, EXERCISE_SCHEME};

/// What a link target points at.
pub(super) fn classify_link(target: &str) -> InternalLink {
    let target = target.trim();
    if let Some(slug) = target.strip_prefix(ARTICLE_SCHEME) {
        InternalLink::Article(slug.to_owned())
    } else if let Some(id) = target.strip_prefix(EXERCISE_SCHEME) {
        InternalLink::Exercise(id.to_owned())
    } else {
        InternalLink::Other(target.to_owned())
    }
}

/// Every link in a Markdown body, in order.
pub(super) fn internal_links(body: &str) -> Vec<InternalLink> {
    Parser::new_ext(body, Options::empty())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some(classify_link(&dest_url)),
            _ => None,
        })
        .collect()
}

/// Lowercase letters and digits in hyphen-separated words.
pub(super) fn is_slug(text: &str) -> bool {
    !text.is_empty() && text.split('-').all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}
