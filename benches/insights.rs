//! Insights over ten years of seeded diary (benches/support/seed.rs, four entries a day): the
//! pure figures alone, and the whole `get_insights` use case with its read of the rows.
//! Target (issue 12): the insights function < 20 ms in-process. Run with `cargo bench --bench insights`.

// This whole crate is benchmark code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

#[path = "support/seed.rs"]
mod seed;

use std::time::Duration;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};

use backtrack::app;
use backtrack::domain::dates::DayRange;
use backtrack::domain::insights::insights;
use backtrack::domain::program::exercise::builtin_catalog;
use backtrack::store;

fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 31).expect("a date")
}

fn bench_insights(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let mut conn = store::open(&dir.path().join(store::DB_FILE_NAME)).expect("a new diary");
    let options = seed::SeedOptions { days: 3653, last_day: last_day(), entries_per_day: 4, seed: 7 };
    seed::seed(&mut conn, &options).expect("the seed writes");
    let catalog = builtin_catalog().expect("the catalog");
    let everything = DayRange { from: NaiveDate::from_ymd_opt(2016, 3, 31).expect("a date"), to: last_day() };
    let rows = store::load_report_rows(&mut conn, everything, &catalog).expect("rows load");

    let mut group = c.benchmark_group("insights");
    group.sample_size(20).measurement_time(Duration::from_secs(8));
    group.bench_function("insights function, 10 years (14,612 entries), rows in memory", |b| b.iter(|| insights(&rows.insights_input())));
    let year = DayRange { from: NaiveDate::from_ymd_opt(2025, 4, 1).expect("a date"), to: last_day() };
    let year_rows = store::load_report_rows(&mut conn, year, &catalog).expect("rows load");
    group.bench_function("insights function, last year of 10", |b| b.iter(|| insights(&year_rows.insights_input())));
    group.bench_function("get_insights use case, 10 years: read rows + figures", |b| {
        b.iter(|| app::insights::insights(&mut conn, last_day(), None, None).expect("insights"))
    });
    group.bench_function("get_insights use case, last 90 days of 10 years", |b| {
        b.iter(|| app::insights::insights(&mut conn, last_day(), NaiveDate::from_ymd_opt(2026, 1, 1), None).expect("insights"))
    });
    group.finish();
}

criterion_group!(benches, bench_insights);
criterion_main!(benches);
