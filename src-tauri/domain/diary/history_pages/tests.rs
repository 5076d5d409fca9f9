use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::domain::diary::history::group_by_day;
use crate::domain::diary::PainEntry;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad test day {text}: {e}"))
}

/// Counts for consecutive days ending on `last` (newest first): `counts[0]` is `last`.
fn days_back_from(last: &str, counts: &[u32]) -> Vec<DayCount> {
    let last = day(last);
    counts.iter().enumerate().map(|(i, &entries)| DayCount { day: last - chrono::Days::new(i as u64), entries }).collect()
}

/// Each page as (newest, oldest, entries), to compare with worked examples.
fn shape(plan: &PagePlan) -> Vec<(String, String, u32)> {
    plan.pages.iter().map(|p| (p.newest.to_string(), p.oldest.to_string(), p.entries)).collect()
}

const TEN: PageBudget = PageBudget { entries: 10, days: 40 };

#[test]
fn days_that_exactly_fill_the_budget_share_one_page() {
    let plan = plan_pages(&days_back_from("2026-03-10", &[4, 3, 3]), TEN);
    assert_eq!(shape(&plan), [("2026-03-10".into(), "2026-03-08".into(), 10)], "4 + 3 + 3 is exactly the budget of 10");
}

#[test]
fn one_entry_over_the_budget_starts_the_next_page_with_that_whole_day() {
    let plan = plan_pages(&days_back_from("2026-03-10", &[4, 3, 3, 1]), TEN);
    assert_eq!(
        shape(&plan),
        [("2026-03-10".into(), "2026-03-08".into(), 10), ("2026-03-07".into(), "2026-03-07".into(), 1)],
        "the fourth day does not fit, so it opens page 2"
    );
    let plan = plan_pages(&days_back_from("2026-03-10", &[4, 5, 2]), TEN);
    assert_eq!(
        shape(&plan),
        [("2026-03-10".into(), "2026-03-09".into(), 9), ("2026-03-08".into(), "2026-03-08".into(), 2)],
        "a day is never split to fill a page: 9 + 2 would be 11"
    );
}

#[test]
fn a_page_holds_at_most_the_budget_of_days_however_quiet_they_were() {
    let plan = plan_pages(&days_back_from("2026-03-10", &[1, 1, 1, 1, 1]), PageBudget { entries: 100, days: 2 });
    let days: Vec<u32> = plan.pages.iter().map(|p| p.days).collect();
    assert_eq!(days, [2, 2, 1], "five one-entry days in pages of at most two days");
}

#[test]
fn a_day_bigger_than_a_page_gets_pages_of_its_own_in_parts() {
    let plan = plan_pages(&days_back_from("2026-03-10", &[2, 25, 3]), TEN);
    assert_eq!(plan.pages.len(), 5, "the newer day, three parts of the busy day, the older day");
    let parts: Vec<Option<(u32, u32, u32)>> = plan.pages.iter().map(|p| p.part.map(|x| (x.first, x.last, x.of))).collect();
    assert_eq!(parts, [None, Some((1, 10, 25)), Some((11, 20, 25)), Some((21, 25, 25)), None]);
    assert!(plan.pages[1..4].iter().all(|p| p.newest == day("2026-03-09") && p.oldest == day("2026-03-09")), "each part is that day alone");
    assert_eq!(plan.pages[4].oldest, day("2026-03-08"), "the older day does not join the last part");
}

#[test]
fn a_range_with_no_entries_is_one_empty_page() {
    let plan = plan_pages(&[], TEN);
    assert_eq!((plan.page_count(), plan.total_days, plan.total_entries), (1, 0, 0));
    assert_eq!(plan.page_index(0), Ok(0), "page 0 always exists, so the screen can ask for it");
    assert_eq!(plan.span(0), None, "and it covers no days");
    assert!(plan.page_index(1).is_err());
    assert!(plan.months.is_empty());
    let zero_days = plan_pages(&days_back_from("2026-03-10", &[0, 0]), TEN);
    assert_eq!(zero_days.page_count(), 1, "days with no entries are left out");
}

#[test]
fn a_page_that_does_not_exist_is_a_validation_error_on_page() {
    let plan = plan_pages(&days_back_from("2026-03-10", &[6, 6, 6]), TEN);
    assert_eq!(plan.page_count(), 3);
    for page in [-1, 3, 1_000_000_000_000] {
        let error = plan.page_index(page).err().unwrap_or_else(|| panic!("page {page} should be rejected"));
        assert_eq!(error.fields[0].field, "page");
        assert!(error.fields[0].message.contains("from 1 to 3"), "the message says which pages exist: {}", error.fields[0].message);
    }
    assert_eq!(plan.page_index(2), Ok(2));
    assert_eq!(plan.span(2).map(|s| s.newest), Some(day("2026-03-08")), "the last page is the oldest day");
}

#[test]
fn months_count_their_days_and_entries_and_point_at_their_first_page() {
    // 2 March (5), 1 March (5), 28 February (4), 27 February (9): pages [2-1 Mar], [28 Feb], [27 Feb].
    let counts = [
        DayCount { day: day("2026-02-27"), entries: 9 },
        DayCount { day: day("2026-03-02"), entries: 5 },
        DayCount { day: day("2026-02-28"), entries: 4 },
        DayCount { day: day("2026-03-01"), entries: 5 },
    ];
    let plan = plan_pages(&counts, TEN);
    assert_eq!(shape(&plan).len(), 3);
    assert_eq!(
        plan.months,
        [
            HistoryMonth { month: "2026-03".into(), days: 2, entries: 10, first_page: 0 },
            HistoryMonth { month: "2026-02".into(), days: 2, entries: 13, first_page: 1 },
        ],
        "February starts on the page of its newest day, 28 February"
    );
}

#[test]
fn a_month_that_begins_inside_a_page_points_at_that_page() {
    let plan = plan_pages(&days_back_from("2026-03-01", &[3, 3]), TEN);
    assert_eq!(plan.pages.len(), 1);
    let firsts: Vec<(&str, u32)> = plan.months.iter().map(|m| (m.month.as_str(), m.first_page)).collect();
    assert_eq!(firsts, [("2026-03", 0), ("2026-02", 0)], "28 February shares page 0 with 1 March");
}

#[test]
fn a_part_page_keeps_only_its_entries_but_the_whole_days_figures() {
    let entries: Vec<PainEntry> =
        (0..25u32).map(|i| PainEntry::for_test(&format!("2026-03-09T{:02}:{:02}:00+00:00", i / 2, (i % 2) * 30), (i % 11) as u8)).collect();
    let whole = group_by_day(entries);
    let plan = plan_pages(&[DayCount { day: day("2026-03-09"), entries: 25 }], TEN);
    let page = plan.page(1, whole.clone());
    assert_eq!(page.days[0].entries.len(), 10, "part two holds entries 11 to 20");
    assert_eq!(page.days[0].entries[0].id, whole[0].entries[10].id, "and starts at the eleventh, latest first");
    assert_eq!((page.days[0].low, page.days[0].high, page.days[0].average), (whole[0].low, whole[0].high, whole[0].average));
    assert_eq!(page.part.map(|p| (p.first, p.last, p.of)), Some((11, 20, 25)));
    assert_eq!((page.page, page.page_count, page.total_entries), (1, 3, 25));
}

#[test]
fn the_same_counts_in_any_order_give_the_same_plan() {
    let mut counts = days_back_from("2026-03-10", &[4, 30, 2, 7, 1, 9]);
    let planned = plan_pages(&counts, TEN);
    counts.reverse();
    assert_eq!(plan_pages(&counts, TEN), planned);
}

proptest! {
    /// Whatever the counts, the pages cover every entry once, newest first, within the budget.
    #[test]
    fn pages_partition_the_range_within_the_budget(counts in proptest::collection::vec(0u32..40, 0..120), entries in 1u32..30, days in 1u32..10) {
        let budget = PageBudget { entries, days };
        let counts = days_back_from("2026-03-10", &counts);
        let plan = plan_pages(&counts, budget);
        let total: u32 = counts.iter().map(|c| c.entries).sum();
        prop_assert_eq!(plan.pages.iter().map(|p| p.entries).sum::<u32>(), total, "no entry is lost or counted twice");
        prop_assert_eq!(plan.total_entries, total);
        for page in &plan.pages {
            prop_assert!(page.entries <= budget.entries && page.days <= budget.days && page.entries > 0);
            prop_assert!(page.newest >= page.oldest);
        }
        for pair in plan.pages.windows(2) {
            let (newer, older) = (pair[0], pair[1]);
            let same_day_parts = newer.part.is_some() && older.part.is_some() && newer.newest == older.newest;
            prop_assert!(same_day_parts || older.newest < newer.oldest, "pages do not overlap and go back in time");
        }
        prop_assert_eq!(plan.months.iter().map(|m| m.entries).sum::<u32>(), total);
        prop_assert!(plan.months.iter().all(|m| m.first_page < plan.page_count()));
    }
}
