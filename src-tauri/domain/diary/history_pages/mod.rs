//! Pages of History: a long diary is shown a page at a time, so the window never has to lay out
//! thousands of entries at once (ten years is about 14,600 entries).
//!
//! Invariants of a plan, whatever the counts:
//! - pages are whole days, newest first, and together cover every entry of the range once;
//! - a page holds at most `budget.entries` entries and `budget.days` days;
//! - a day with more entries than `budget.entries` gets pages of its own, each a part of that
//!   day (`DayPart`), so no page grows past the budget however busy a day was;
//! - the same counts and budget always give the same pages (no clock, no randomness).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::domain::diary::history::PainDay;
use crate::domain::validation::ValidationErrors;

/// The most one page may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageBudget {
    pub entries: u32,
    pub days: u32,
}

/// The budget History uses, from measurements in the real window (docs/benchmarks.md, History):
/// an entry is 15 elements and a day heading 11, so a full page is about 1,300 elements with the
/// rest of the screen and the month list of ten years, far under the 3,000 asked for; the
/// entries count is held at 60 rather than 100 because building each entry's controls, not the
/// element count, is what the time to first entries follows (about 1.5 ms an entry in WebKitGTK
/// on a busy 2-core machine). 31 days keeps a page of one-entry days to a month.
pub const HISTORY_BUDGET: PageBudget = PageBudget { entries: 60, days: 31 };

/// How many live entries one day of the range has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayCount {
    pub day: NaiveDate,
    pub entries: u32,
}

/// The part of a very busy day that a page shows: its entries `first..=last` (counted from 1,
/// latest first) of `of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DayPart {
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub first: u32,
    pub last: u32,
    pub of: u32,
}

/// The days one page covers, `newest` down to `oldest` inclusive, or a part of one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageSpan {
    pub newest: NaiveDate,
    pub oldest: NaiveDate,
    pub days: u32,
    pub entries: u32,
    pub part: Option<DayPart>,
}

/// One calendar month of the range, for "Jump to month".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HistoryMonth {
    /// `YYYY-MM`.
    pub month: String,
    pub days: u32,
    pub entries: u32,
    /// The page (from 0) where this month's newest day is.
    pub first_page: u32,
}

/// The pages of a range, with its totals and months (newest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagePlan {
    pub pages: Vec<PageSpan>,
    pub months: Vec<HistoryMonth>,
    pub total_days: u32,
    pub total_entries: u32,
}

/// What History shows for one page of a range.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HistoryPage {
    /// The page's days, latest first, each with its low, average and high over the whole day.
    pub days: Vec<PainDay>,
    /// This page, from 0 (the newest).
    pub page: u32,
    /// At least 1: an empty range is one empty page.
    pub page_count: u32,
    pub total_days: u32,
    pub total_entries: u32,
    /// Set when the page shows only part of one very busy day.
    pub part: Option<DayPart>,
    /// Every month of the range, newest first.
    pub months: Vec<HistoryMonth>,
}

/// Splits the range's days into pages. `counts` may come in any order; a day listed twice is
/// counted once with both counts added, and days with no entries are left out.
pub fn plan_pages(counts: &[DayCount], budget: PageBudget) -> PagePlan {
    let budget = PageBudget { entries: budget.entries.max(1), days: budget.days.max(1) };
    let mut merged: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    for count in counts.iter().filter(|c| c.entries > 0) {
        *merged.entry(count.day).or_default() += count.entries;
    }
    let mut planner = Planner { budget, pages: Vec::new(), open: None, months: Vec::new() };
    for (&day, &entries) in merged.iter().rev() {
        planner.add(DayCount { day, entries });
    }
    planner.close();
    PagePlan { pages: planner.pages, months: planner.months, total_days: merged.len() as u32, total_entries: merged.values().sum() }
}

/// Greedy, newest day first: a day joins the open page while it fits, else starts the next.
struct Planner {
    budget: PageBudget,
    pages: Vec<PageSpan>,
    open: Option<PageSpan>,
    months: Vec<HistoryMonth>,
}

impl Planner {
    fn add(&mut self, count: DayCount) {
        if count.entries > self.budget.entries {
            self.close();
            self.note_month(count);
            self.add_parts(count);
            return;
        }
        let full = self.open.is_some_and(|open| open.entries + count.entries > self.budget.entries || open.days + 1 > self.budget.days);
        if full {
            self.close();
        }
        self.note_month(count);
        match &mut self.open {
            Some(open) => {
                open.oldest = count.day;
                open.days += 1;
                open.entries += count.entries;
            }
            None => self.open = Some(PageSpan { newest: count.day, oldest: count.day, days: 1, entries: count.entries, part: None }),
        }
    }

    /// A day bigger than a page: consecutive parts of at most `budget.entries` entries each.
    fn add_parts(&mut self, count: DayCount) {
        let mut first = 1;
        while first <= count.entries {
            let last = (first + self.budget.entries - 1).min(count.entries);
            let part = DayPart { day: count.day, first, last, of: count.entries };
            self.pages.push(PageSpan { newest: count.day, oldest: count.day, days: 1, entries: last - first + 1, part: Some(part) });
            first = last + 1;
        }
    }

    fn close(&mut self) {
        if let Some(open) = self.open.take() {
            self.pages.push(open);
        }
    }

    /// Counts the day into its month; a month first seen here starts on the page the day lands on.
    fn note_month(&mut self, count: DayCount) {
        let month = count.day.format("%Y-%m").to_string();
        let page = self.pages.len() as u32;
        match self.months.last_mut() {
            Some(last) if last.month == month => {
                last.days += 1;
                last.entries += count.entries;
            }
            _ => self.months.push(HistoryMonth { month, days: 1, entries: count.entries, first_page: page }),
        }
    }
}

impl PagePlan {
    /// Never 0, so page 0 always exists (an empty range is one empty page).
    pub fn page_count(&self) -> u32 {
        (self.pages.len() as u32).max(1)
    }

    /// Checks a page number sent by the UI (from 0). A page that does not exist is a validation
    /// error on the field `page`, with words that say which pages there are.
    pub fn page_index(&self, page: i64) -> Result<u32, ValidationErrors> {
        let count = self.page_count();
        match u32::try_from(page) {
            Ok(index) if index < count => Ok(index),
            _ => {
                let mut errors = ValidationErrors::default();
                errors.push("page", crate::t!("diary-no-such-page", count = count));
                Err(errors)
            }
        }
    }

    /// The days page `index` covers; `None` for the one page of an empty range.
    pub fn span(&self, index: u32) -> Option<PageSpan> {
        self.pages.get(index as usize).copied()
    }

    /// Builds the page from `days`, the grouped entries of its span (`group_by_day` over
    /// every entry from `span.oldest` to `span.newest`). For a part of a busy day only that
    /// part's entries are kept; the day's low, average and high stay those of the whole day.
    pub fn page(&self, page: u32, mut days: Vec<PainDay>) -> HistoryPage {
        let span = self.pages.get(page as usize);
        let part = span.and_then(|s| s.part);
        if let Some(part) = part {
            for day in days.iter_mut().filter(|d| d.day == part.day) {
                let keep: Vec<_> = day.entries.drain(..).skip(part.first as usize - 1).take((part.last - part.first + 1) as usize).collect();
                day.entries = keep;
            }
        }
        HistoryPage {
            days,
            page,
            page_count: self.page_count(),
            total_days: self.total_days,
            total_entries: self.total_entries,
            part,
            months: self.months.clone(),
        }
    }
}

#[cfg(test)]
mod tests;
