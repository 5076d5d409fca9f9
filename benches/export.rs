//! Exports on seeded data (benches/support/seed.rs): the PDF report for one year at four entries
//! a day with sessions, the entries CSV for ten years, and backup and restore of ten years.
//! Targets (issue 6): PDF < 500 ms; CSV within 2x of the sqlite3 shell (scripts/bench-export-csv.sh);
//! backup and restore < 2 s each. Run with `cargo bench --bench export`.

// This whole crate is benchmark code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

#[path = "support/seed.rs"]
mod seed;

use std::time::Duration;

use chrono::{NaiveDate, TimeZone};
use chrono_tz::Tz;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

use backtrack::domain::program::exercise::builtin_catalog;
use backtrack::export::backup::{backup_json, restore_backup};
use backtrack::export::job::{export_bytes, ExportFormat, ExportJob};
use backtrack::export::pdf::Paper;
use backtrack::store;

fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 31).unwrap_or_default()
}

fn seeded(dir: &std::path::Path, years: u32) -> rusqlite::Connection {
    let mut conn = store::open(&dir.join(store::DB_FILE_NAME)).expect("open");
    let options = seed::SeedOptions { days: years * 365, last_day: last_day(), entries_per_day: 4, seed: 7 };
    seed::seed(&mut conn, &options).expect("seed");
    conn
}

fn job(format: ExportFormat, from: Option<NaiveDate>) -> ExportJob {
    ExportJob { format, from, to: Some(last_day()), sections: Vec::new(), paper: Paper::A4 }
}

fn exports(c: &mut Criterion) {
    let zone: Tz = "Europe/London".parse().unwrap_or(Tz::UTC);
    let now = zone.with_ymd_and_hms(2026, 4, 1, 12, 0, 0).earliest().expect("valid time");
    let catalog = builtin_catalog().expect("the built-in catalog loads");
    let mut group = c.benchmark_group("export");
    group.sample_size(10).measurement_time(Duration::from_secs(10));

    let one_year = tempfile::tempdir().expect("a temporary directory");
    let mut conn = seeded(one_year.path(), 1);
    let year_job = job(ExportFormat::Pdf, NaiveDate::from_ymd_opt(2025, 4, 1));
    group.bench_function("PDF report, 1 year, 4 entries a day + sessions", |b| {
        b.iter(|| export_bytes(&mut conn, &year_job, &catalog, now).expect("the export is written"))
    });

    let ten_years = tempfile::tempdir().expect("a temporary directory");
    let mut big = seeded(ten_years.path(), 10);
    let csv_job = job(ExportFormat::EntriesCsv, None);
    group.bench_function("entries CSV, 10 years", |b| b.iter(|| export_bytes(&mut big, &csv_job, &catalog, now).expect("the export is written")));
    group.bench_function("backup JSON, 10 years", |b| b.iter(|| backup_json(&mut big, "2026-04-01T12:00:00+01:00").expect("the diary backs up")));

    let backup = backup_json(&mut big, "2026-04-01T12:00:00+01:00").expect("the diary backs up");
    group.bench_function("restore into an empty diary, 10 years", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("a temporary directory");
                let conn = store::open(&dir.path().join(store::DB_FILE_NAME)).expect("the diary opens");
                (dir, conn)
            },
            |(dir, mut conn)| {
                restore_backup(&mut conn, &backup, false, "bench").expect("the backup restores");
                (dir, conn)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, exports);
criterion_main!(benches);
