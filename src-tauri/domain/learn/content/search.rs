//! Searching the library by title, summary and text.

use super::text::collapse_spaces;
use super::*;

/// An article found by [`search`], with the text around the first match.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchMatch<'a> {
    pub article: &'a ArticleDoc,
    pub snippet: String,
}

/// Finds articles matching every word of `query` (case-insensitive, anywhere in the title,
/// summary or text), best first:
///
/// 1. more query words in the title;
/// 2. the whole query as a phrase in the title, summary or text;
/// 3. more occurrences of the query words in the summary and text;
/// 4. reading order.
///
/// The snippet is about [`SNIPPET_CHARS`] characters of the text around the first match in the
/// text (the start of the text when only the title or summary matched). An empty query finds
/// nothing.
pub fn search<'a>(articles: &'a [ArticleDoc], query: &str) -> Vec<SearchMatch<'a>> {
    let query = fold_case(query.trim());
    let words: Vec<&str> = query.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let phrase = words.join(" ");
    let mut hits: Vec<(usize, bool, usize, usize, &ArticleDoc, String)> = Vec::new();
    for (position, article) in articles.iter().enumerate() {
        let title = fold_case(&article.title);
        let summary = fold_case(&article.summary);
        let text = fold_case(&article.plain_text);
        if !words.iter().all(|w| title.contains(w) || summary.contains(w) || text.contains(w)) {
            continue;
        }
        let in_title = words.iter().filter(|w| title.contains(**w)).count();
        let has_phrase = title.contains(&phrase) || summary.contains(&phrase) || collapse_spaces(&text).contains(&phrase);
        let occurrences: usize = words.iter().map(|w| summary.matches(w).count() + text.matches(w).count()).sum();
        let first = words.iter().filter_map(|w| text.find(w).map(|at| (at, w.len()))).min();
        let snippet = snippet(&article.plain_text, first);
        hits.push((in_title, has_phrase, occurrences, position, article, snippet));
    }
    hits.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)).then(a.3.cmp(&b.3)));
    hits.into_iter().map(|(_, _, _, _, article, snippet)| SearchMatch { article, snippet }).collect()
}

/// Lowercases character by character where that keeps each character's byte length, so byte
/// offsets found in the result are valid in the original.
fn fold_case(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}

/// About [`SNIPPET_CHARS`] characters of `text` around the match at `found` (byte offset and
/// length; `None` means the start), cut at spaces, with "…" where text was left out.
fn snippet(text: &str, found: Option<(usize, usize)>) -> String {
    let (at, len) = found.unwrap_or((0, 0));
    let context_before = SNIPPET_CHARS.saturating_sub(len) / 3;
    let mut start = text[..at].char_indices().rev().nth(context_before.saturating_sub(1)).map_or(0, |(i, _)| i);
    if context_before == 0 {
        start = at;
    }
    if start > 0 {
        // Begin at a word: just after the first space before the match.
        if let Some(space) = text[start..at].find(char::is_whitespace) {
            start += space + 1;
        }
    }
    let mut end = text[start..].char_indices().nth(SNIPPET_CHARS).map_or(text.len(), |(i, _)| start + i);
    let match_end = (at + len).min(end);
    if end < text.len() {
        // End at a word: at the last space after the match.
        if let Some(space) = text[match_end..end].rfind(char::is_whitespace) {
            end = match_end + space;
        }
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&collapse_spaces(&text[start..end]));
    if end < text.len() {
        out.push('…');
    }
    out
}
