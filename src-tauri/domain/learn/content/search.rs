//! Searching the library by title, summary and text.

use super::text::collapse_spaces;
use super::*;

/// An article found by [`search`], with the text around the first match.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchMatch<'a> {
    pub article: &'a ArticleDoc,
    pub snippet: String,
}

/// Finds articles matching every word of `query` (anywhere in the title, summary or text,
/// regardless of case and accents: "gluteo" finds "glúteo", "GLÚTEOS" finds "glúteos"), best
/// first:
///
/// 1. more query words in the title;
/// 2. the whole query as a phrase in the title, summary or text;
/// 3. more occurrences of the query words in the summary and text;
/// 4. reading order.
///
/// "ñ" is a letter of its own, not an accented "n": a query with "ñ" finds only "ñ" ("año" is
/// not "ano"), while a query typed without it on an English keyboard ("pequeno") still finds
/// "pequeño".
///
/// The snippet is about [`SNIPPET_CHARS`] characters of the text around the first match in the
/// text (the start of the text when only the title or summary matched). An empty query finds
/// nothing.
pub fn search<'a>(articles: &'a [ArticleDoc], query: &str) -> Vec<SearchMatch<'a>> {
    let query = query.trim();
    let keep_enye = query.chars().any(|c| matches!(c, 'ñ' | 'Ñ'));
    let query = Folded::of(query, keep_enye).text;
    let words: Vec<&str> = query.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let phrase = words.join(" ");
    let mut hits: Vec<(usize, bool, usize, usize, &ArticleDoc, String)> = Vec::new();
    for (position, article) in articles.iter().enumerate() {
        let title = Folded::of(&article.title, keep_enye).text;
        let summary = Folded::of(&article.summary, keep_enye).text;
        let folded = Folded::of(&article.plain_text, keep_enye);
        let text = folded.text.as_str();
        if !words.iter().all(|w| title.contains(w) || summary.contains(w) || text.contains(w)) {
            continue;
        }
        let in_title = words.iter().filter(|w| title.contains(**w)).count();
        let has_phrase = title.contains(&phrase) || summary.contains(&phrase) || collapse_spaces(text).contains(&phrase);
        let occurrences: usize = words.iter().map(|w| summary.matches(w).count() + text.matches(w).count()).sum();
        let first = words.iter().filter_map(|w| text.find(w).map(|at| folded.original_span(at, w.len()))).min();
        let snippet = snippet(&article.plain_text, first);
        hits.push((in_title, has_phrase, occurrences, position, article, snippet));
    }
    hits.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)).then(a.3.cmp(&b.3)));
    hits.into_iter().map(|(_, _, _, _, article, snippet)| SearchMatch { article, snippet }).collect()
}

/// A text lowercased and stripped of accents for matching, with the way back: `origin[i]` is
/// the byte offset in the original text of the character that gave byte `i` of `text` (and
/// `origin[text.len()]` is the original's length), so a match found here can be shown there.
struct Folded {
    text: String,
    origin: Vec<usize>,
}

impl Folded {
    /// Lowercases, takes accents and the diaeresis off vowels (á → a, ü → u), and drops
    /// combining accents (a text written as "u" + "´"). "ñ" becomes "n" unless `keep_enye`.
    fn of(original: &str, keep_enye: bool) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (at, c) in original.char_indices() {
            for lower in c.to_lowercase() {
                let Some(plain) = without_accent(lower, keep_enye) else { continue };
                text.push(plain);
                origin.extend(std::iter::repeat_n(at, plain.len_utf8()));
            }
        }
        origin.push(original.len());
        Folded { text, origin }
    }

    /// The original's `(byte offset, byte length)` of the match at `at` with `len` bytes here.
    fn original_span(&self, at: usize, len: usize) -> (usize, usize) {
        let start = self.origin.get(at).copied().unwrap_or_default();
        let end = self.origin.get(at + len).copied().unwrap_or(start);
        (start, end.saturating_sub(start))
    }
}

/// A lowercase letter without its accent; `None` for a combining accent on its own.
fn without_accent(c: char, keep_enye: bool) -> Option<char> {
    Some(match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' => 'c',
        'ñ' if !keep_enye => 'n',
        '\u{0300}'..='\u{036f}' => return None,
        other => other,
    })
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
