//! The kinds of rule a field of a backup row obeys. Each one reuses the domain's own parser,
//! list or limit (the same ones the UI and the command line go through), so a backup cannot
//! bring in a value the app itself would never have written.
//!
//! A rule looks at one JSON value and, when it is wrong, gives the end of a plain sentence
//! ("that is too long (4012 characters; the most is 4000)"); the caller puts the row and the
//! field in front of it.

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use serde_json::{Map, Value};

use crate::domain::learn::content::READING_ORDER;
use crate::domain::learn::red_flags::questions;
use crate::domain::program::exercise::{self, Catalog};
use crate::domain::reminders::{parse_hh_mm, MAX_TIMES_PER_RULE};
use crate::domain::vocabulary::{BetterFactor, BodySite, PainQuality, WorseFactor};
use crate::t;

/// What is wrong with one value, as the end of a sentence ("that is too long (…)"); the
/// table's check puts the record and the field in front of it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Problem(pub String);

/// What one field must hold.
#[derive(Debug, Clone, Copy)]
pub enum Rule {
    /// A UUID in its usual 36-character form.
    Id,
    /// A calendar day, `YYYY-MM-DD`.
    Day,
    /// An RFC 3339 date and time with its offset.
    Moment,
    /// An RFC 3339 local time whose date part is the row's day (the named column).
    MomentOn(&'static str),
    /// A time zone name such as `Europe/London`.
    Zone,
    /// A whole number from `.0` to `.1`, both included.
    Whole(i64, i64),
    /// 0 (no) or 1 (yes).
    Flag,
    /// Text of at most `max` characters; `blank` says whether it may be empty or spaces.
    Text { max: usize, blank: bool },
    /// One word of a closed list.
    Word(fn(&str) -> bool),
    /// A pain entry tag's word; its list depends on the row's `kind`.
    TagWord,
    /// An exercise of the built-in catalog.
    Exercise,
    /// An exercise family of the built-in catalog.
    Family,
    /// An article of the built-in library.
    Article,
    /// A question of the warning-sign check.
    Question,
    /// One time of day, `HH:MM`.
    Time,
    /// A reminder's times: `HH:MM` joined by commas, ascending, one to [`MAX_TIMES_PER_RULE`].
    Times,
    /// ISO weekday numbers (1 = Monday) joined by commas, each once; `empty` allows none.
    Weekdays { empty: bool },
    /// A JSON text.
    Json,
}

impl Rule {
    /// Whether the column holds whole numbers (else text).
    pub fn is_number(self) -> bool {
        matches!(self, Rule::Whole(..) | Rule::Flag)
    }

    /// Whether the field holds a list (its label is plural).
    pub fn is_list(self) -> bool {
        matches!(self, Rule::Times | Rule::Weekdays { .. })
    }

    /// Checks `value` (not null, of the right JSON type) of `row`.
    pub fn check(self, value: &Value, row: &Map<String, Value>) -> Result<(), Problem> {
        match (self, value) {
            (Rule::Whole(low, high), Value::Number(n)) => match n.as_i64() {
                Some(n) if (low..=high).contains(&n) => Ok(()),
                _ => Err(Problem(t!("export-value-out-of-range", value = n.to_string(), low = low.to_string(), high = high.to_string()))),
            },
            (Rule::Flag, Value::Number(n)) => match n.as_i64() {
                Some(0 | 1) => Ok(()),
                _ => Err(Problem(t!("export-value-not-a-flag", value = n.to_string()))),
            },
            (_, Value::String(text)) => self.check_text(text, row),
            (_, other) => Err(Problem(t!("export-value-unreadable", value = shown(other)))),
            // Checked by the caller before: numbers for number rules, text for the others.
        }
    }

    fn check_text(self, text: &str, row: &Map<String, Value>) -> Result<(), Problem> {
        // A value this version has no word for, and one that is not the kind of value it should be.
        // `id` names the end of the sentence, with the value quoted.
        let readable = |ok: bool, id: &str| if ok { Ok(()) } else { Err(value_problem(id, text)) };
        let known = |ok: bool| readable(ok, "export-value-unknown");
        match self {
            Rule::Id => readable(uuid::Uuid::try_parse(text).is_ok() && text.len() == 36, "export-value-not-an-id"),
            Rule::Day => readable(is_day(text), "export-value-not-a-day"),
            Rule::Moment => readable(is_moment(text), "export-value-not-a-moment"),
            Rule::MomentOn(day_column) => {
                readable(is_moment(text), "export-value-not-a-moment")?;
                match row.get(day_column).and_then(Value::as_str) {
                    Some(day) if text.get(..10) == Some(day) => Ok(()),
                    _ => Err(value_problem("export-value-not-on-its-day", text)),
                }
            }
            Rule::Zone => known(text.parse::<Tz>().is_ok()),
            Rule::Text { max, blank } => {
                let length = text.chars().count();
                if length > max {
                    Err(Problem(t!("export-value-too-long", length = length, max = max)))
                } else if !blank && text.trim().is_empty() {
                    Err(Problem(t!("export-value-empty")))
                } else {
                    Ok(())
                }
            }
            Rule::Word(is_known) => known(is_known(text)),
            Rule::TagWord => known(row.get("kind").and_then(Value::as_str).and_then(tag_word_check).is_some_and(|is_known| is_known(text))),
            Rule::Exercise => known(catalog().is_some_and(|catalog| catalog.exercise(text).is_some())),
            Rule::Family => known(catalog().is_some_and(|catalog| catalog.family(text).is_some())),
            Rule::Article => known(READING_ORDER.contains(&text)),
            Rule::Question => known(questions().iter().any(|q| q.id == text)),
            Rule::Time => readable(parse_hh_mm(text).is_some(), "export-value-not-a-time"),
            Rule::Times => check_times(text),
            Rule::Weekdays { empty } => check_weekdays(text, empty),
            Rule::Json => readable(serde_json::from_str::<Value>(text).is_ok(), "export-value-not-json"),
            Rule::Whole(..) | Rule::Flag => Err(value_problem("export-value-not-a-number", text)),
        }
    }
}

/// The end of a sentence about `text`, from the catalog message `id` with the text quoted as
/// its `$value`.
fn value_problem(id: &str, text: &str) -> Problem {
    let mut args = crate::i18n::FluentArgs::new();
    args.set("value", quoted(text));
    Problem(crate::i18n::message(id, Some(&args)))
}

/// The word list of a tag kind (`site`, `quality`, `worse`, `better`), as the store keeps them.
pub fn tag_word_check(kind: &str) -> Option<fn(&str) -> bool> {
    match kind {
        "site" => Some(|w| BodySite::from_wire(w).is_some()),
        "quality" => Some(|w| PainQuality::from_wire(w).is_some()),
        "worse" => Some(|w| WorseFactor::from_wire(w).is_some()),
        "better" => Some(|w| BetterFactor::from_wire(w).is_some()),
        _ => None,
    }
}

/// The plain name of a tag kind's word, for messages ("body site").
pub fn tag_word_label(kind: Option<&str>) -> &'static str {
    match kind {
        Some("site") => "body site",
        Some("quality") => "kind of pain",
        Some("worse") => "thing that made it worse",
        Some("better") => "thing that made it better",
        _ => "word",
    }
}

/// The built-in exercise catalog. `None` if it cannot be read (every exercise id is then
/// refused rather than let through unchecked).
fn catalog() -> Option<&'static Catalog> {
    exercise::builtin().ok()
}

fn is_day(text: &str) -> bool {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok_and(|day| day.format("%Y-%m-%d").to_string() == text)
}

fn is_moment(text: &str) -> bool {
    DateTime::parse_from_rfc3339(text).is_ok()
}

fn check_times(text: &str) -> Result<(), Problem> {
    let parts: Vec<&str> = text.split(',').collect();
    let mut times = Vec::with_capacity(parts.len());
    for part in &parts {
        match parse_hh_mm(part) {
            Some(time) => times.push(time),
            None => return Err(value_problem("export-value-not-times", text)),
        }
    }
    if times.len() > MAX_TIMES_PER_RULE {
        return Err(Problem(t!("export-value-too-many-times", count = times.len(), max = MAX_TIMES_PER_RULE)));
    }
    if times.windows(2).any(|pair| pair[0] >= pair[1]) {
        return Err(value_problem("export-value-times-out-of-order", text));
    }
    Ok(())
}

fn check_weekdays(text: &str, empty: bool) -> Result<(), Problem> {
    if text.is_empty() {
        return if empty { Ok(()) } else { Err(Problem(t!("export-value-no-weekdays"))) };
    }
    let mut seen = [false; 8];
    for part in text.split(',') {
        match part.parse::<usize>() {
            Ok(day @ 1..=7) if part.len() == 1 && !seen[day] => seen[day] = true,
            _ => return Err(value_problem("export-value-not-weekdays", text)),
        }
    }
    Ok(())
}

/// A text for a message: quoted, escaped, and cut short if long.
pub fn quoted(text: &str) -> String {
    const MOST: usize = 40;
    if text.chars().count() > MOST {
        let start: String = text.chars().take(MOST).collect();
        format!("{start:?}…")
    } else {
        format!("{text:?}")
    }
}

/// Any JSON value for a message, cut short if long.
pub fn shown(value: &Value) -> String {
    match value {
        Value::String(text) => quoted(text),
        other => {
            let text = other.to_string();
            if text.chars().count() > 40 {
                format!("{}…", text.chars().take(40).collect::<String>())
            } else {
                text
            }
        }
    }
}
