//! The text of an article without its Markdown, and the reading grade measured on it.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The Flesch-Kincaid grade level of a Markdown body, exactly as `docs/learn-contract.md`
/// defines it:
///
/// `0.39 × words / sentences + 11.8 × syllables / words − 15.59`
///
/// on the text with Markdown removed (link text kept, targets dropped). Each heading and each
/// list item is one sentence; in other text a sentence ends at `.`, `!` or `?` followed by
/// whitespace or the end; at least one sentence. Words are runs of ASCII letters and
/// apostrophes starting with a letter. A body without words has grade 0.
///
/// Worked example: "The cat sat. It was fat." has 6 words, 2 sentences and 6 syllables:
/// 0.39 × 3 + 11.8 × 1 − 15.59 = −2.62.
pub fn reading_grade(markdown_body: &str) -> f64 {
    let text = TextBlocks::of(markdown_body);
    let mut sentences = text.whole_sentences;
    let mut words = 0_usize;
    let mut syllables = 0_usize;
    for block in &text.prose {
        sentences += count_sentence_ends(block);
    }
    for block in text.prose.iter().chain(text.units.iter()) {
        for word in words_of(block) {
            words += 1;
            syllables += syllable_count(word);
        }
    }
    if words == 0 {
        return 0.0;
    }
    let sentences = sentences.max(1) as f64;
    let words_f = words as f64;
    0.39 * (words_f / sentences) + 11.8 * (syllables as f64 / words_f) - 15.59
}

/// The body's text without Markdown: one block (paragraph, heading, list item) per line.
pub fn plain_text(body: &str) -> String {
    let blocks = TextBlocks::of(body);
    blocks
        .order
        .iter()
        .filter_map(|&(index, is_unit)| if is_unit { blocks.units.get(index) } else { blocks.prose.get(index) })
        .map(|text| collapse_spaces(text))
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The body's text split the way the reading grade needs it: `units` are headings and list
/// items (one sentence each), `prose` is every other block, `order` keeps document order.
#[derive(Default)]
struct TextBlocks {
    units: Vec<String>,
    prose: Vec<String>,
    order: Vec<(usize, bool)>,
    whole_sentences: usize,
}

impl TextBlocks {
    fn of(body: &str) -> Self {
        let mut blocks = TextBlocks::default();
        // Indices (in `units`) of the headings and list items open now; text goes to the
        // innermost one, or to `prose` outside them.
        let mut open: Vec<usize> = Vec::new();
        let mut prose = String::new();
        for event in Parser::new_ext(body, Options::empty()) {
            let unit = open.last().copied();
            match event {
                Event::Start(Tag::Heading { .. } | Tag::Item) => {
                    blocks.flush_prose(&mut prose);
                    open.push(blocks.units.len());
                    blocks.order.push((blocks.units.len(), true));
                    blocks.units.push(String::new());
                    blocks.whole_sentences += 1;
                }
                Event::End(TagEnd::Heading(_) | TagEnd::Item) => {
                    open.pop();
                }
                Event::Text(text) | Event::Code(text) => blocks.push_text(unit, &mut prose, &text),
                // Block ends, line breaks and nested lists separate words.
                Event::SoftBreak | Event::HardBreak | Event::Start(Tag::List(_)) => blocks.push_text(unit, &mut prose, " "),
                Event::End(TagEnd::Paragraph | TagEnd::BlockQuote(_) | TagEnd::CodeBlock) => match unit {
                    Some(_) => blocks.push_text(unit, &mut prose, " "),
                    None => blocks.flush_prose(&mut prose),
                },
                _ => {}
            }
        }
        blocks.flush_prose(&mut prose);
        blocks
    }

    fn push_text(&mut self, unit: Option<usize>, prose: &mut String, text: &str) {
        match unit.and_then(|index| self.units.get_mut(index)) {
            Some(unit) => unit.push_str(text),
            None => prose.push_str(text),
        }
    }

    fn flush_prose(&mut self, prose: &mut String) {
        if !prose.trim().is_empty() {
            self.order.push((self.prose.len(), false));
            self.prose.push(std::mem::take(prose));
        }
        prose.clear();
    }
}

/// Sentence ends in running text: `.`, `!` or `?` followed by whitespace or the end.
fn count_sentence_ends(text: &str) -> usize {
    let mut chars = text.chars().peekable();
    let mut count = 0;
    while let Some(c) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|next| next.is_whitespace()) {
            count += 1;
        }
    }
    count
}

/// Maximal runs of ASCII letters and apostrophes that start with a letter.
pub(super) fn words_of(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && !bytes[at].is_ascii_alphabetic() {
            at += 1;
        }
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        while at < bytes.len() && (bytes[at].is_ascii_alphabetic() || bytes[at] == b'\'') {
            at += 1;
        }
        text.get(start..at)
    })
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Syllables by the contract's rule: lowercase; drop a final "e" unless the word ends in "le"
/// after a consonant or has 3 letters or fewer; count groups of vowels (a e i o u y); at least 1.
pub(super) fn syllable_count(word: &str) -> usize {
    let lower = word.to_ascii_lowercase();
    let mut letters = lower.as_bytes();
    let letter_count = letters.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let le_after_consonant =
        letters.len() >= 3 && letters.ends_with(b"le") && letters[letters.len() - 3].is_ascii_alphabetic() && !is_vowel(letters[letters.len() - 3]);
    if letters.ends_with(b"e") && !le_after_consonant && letter_count > 3 {
        letters = &letters[..letters.len() - 1];
    }
    let mut groups = 0;
    let mut in_group = false;
    for &c in letters {
        let vowel = is_vowel(c);
        if vowel && !in_group {
            groups += 1;
        }
        in_group = vowel;
    }
    groups.max(1)
}

/// Runs of whitespace become one space.
pub(super) fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
