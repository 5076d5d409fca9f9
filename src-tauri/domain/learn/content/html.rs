//! Markdown to the small, safe HTML the reading screen shows.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::links::{classify_link, is_slug};
use super::{InternalLink, ALLOWED_TAGS};

/// Markdown → HTML with only [`ALLOWED_TAGS`]. Raw HTML is dropped, headings become `h2`/`h3`,
/// images keep only their text, `article:`/`exercise:` links become in-app links with a
/// `data-article`/`data-exercise` attribute, and any other link loses its target.
pub fn render_html(body: &str) -> String {
    let mut link_stack: Vec<bool> = Vec::new();
    let events = Parser::new_ext(body, Options::empty()).filter_map(|event| match event {
        Event::Html(_) | Event::InlineHtml(_) => None,
        Event::Start(Tag::Heading { level, .. }) => {
            Some(Event::Start(Tag::Heading { level: allowed_heading(level), id: None, classes: Vec::new(), attrs: Vec::new() }))
        }
        Event::End(TagEnd::Heading(level)) => Some(Event::End(TagEnd::Heading(allowed_heading(level)))),
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        Event::Start(Tag::Link { dest_url, .. }) => {
            let anchor = match classify_link(&dest_url) {
                InternalLink::Article(slug) if is_slug(&slug) => format!("<a href=\"#article/{slug}\" data-article=\"{slug}\">"),
                InternalLink::Exercise(id) if is_slug(&id) => format!("<a href=\"#exercise/{id}\" data-exercise=\"{id}\">"),
                _ => "<a>".to_owned(),
            };
            link_stack.push(true);
            Some(Event::InlineHtml(CowStr::from(anchor)))
        }
        Event::End(TagEnd::Link) => link_stack.pop().map(|_| Event::InlineHtml(CowStr::Borrowed("</a>"))),
        other => Some(other),
    });
    let mut raw = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, events);
    sanitizer().clean(&raw).to_string()
}

/// The ammonia configuration: the contract's tags, `a` with only `href` (which must be an
/// in-app fragment this module wrote) and the two data attributes, no URL schemes at all, no
/// `rel` (nothing leaves the app), comments and `script`/`style` content removed.
fn sanitizer() -> ammonia::Builder<'static> {
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(ALLOWED_TAGS.into_iter().collect())
        .tag_attributes(HashMap::from([("a", HashSet::from(["href", "data-article", "data-exercise"]))]))
        .generic_attributes(HashSet::new())
        .url_schemes(HashSet::new())
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(None)
        .strip_comments(true)
        .attribute_filter(|element, attribute, value| {
            let keep = match (element, attribute) {
                ("a", "href") => value.strip_prefix("#article/").or_else(|| value.strip_prefix("#exercise/")).is_some_and(is_slug),
                ("a", "data-article" | "data-exercise") => is_slug(value),
                _ => false,
            };
            keep.then_some(Cow::Borrowed(value))
        });
    builder
}

fn allowed_heading(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => HeadingLevel::H2,
        _ => HeadingLevel::H3,
    }
}
