//! Saving one pain entry, durable commit included, against a bare rusqlite insert into a
//! one-table database with the same pragmas (WAL, synchronous=FULL). The gap is what the
//! store adds: validation, tags, the transaction around children. Run with `cargo bench`.

// This whole crate is benchmark code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

use chrono::TimeZone;
use chrono_tz::Tz;
use criterion::{criterion_group, criterion_main, Criterion};

use backtrack::domain::diary::{validate, DiaryContext, PainEntryDraft};
use backtrack::store;

fn detailed_draft() -> PainEntryDraft {
    PainEntryDraft {
        intensity: Some(5.0),
        sites: vec!["buttock_right".into(), "lower_back_centre".into()],
        qualities: vec!["aching".into()],
        worse: vec!["sitting".into()],
        better: vec!["heat".into()],
        note: Some("Stiff after the drive home.".into()),
        ..Default::default()
    }
}

fn save_entry(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let zone: Tz = "Europe/London".parse().unwrap_or(Tz::UTC);
    let now = zone.with_ymd_and_hms(2026, 3, 14, 9, 0, 0).earliest().expect("valid time");

    let mut conn = store::open(&dir.path().join("store.db")).expect("open");
    let draft = detailed_draft();
    c.bench_function("validate + store a detailed entry (durable)", |b| {
        b.iter(|| {
            let details = validate(&draft, &DiaryContext { now, known_medications: &[] }).expect("the draft is valid");
            store::insert_pain_entry(&mut conn, &details).expect("the store can insert pain entry")
        })
    });

    let bare = rusqlite::Connection::open(dir.path().join("bare.db")).expect("open");
    let setup = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
                 CREATE TABLE entry (id TEXT PRIMARY KEY, day TEXT, occurred_at TEXT, intensity INTEGER, note TEXT);";
    bare.execute_batch(setup).expect("setup");
    let mut n = 0u64;
    c.bench_function("bare rusqlite insert, same pragmas (durable)", |b| {
        b.iter(|| {
            n += 1;
            bare.execute(
                "INSERT INTO entry VALUES (?1, '2026-03-14', '2026-03-14T09:00:00+00:00', 5, 'Stiff after the drive home.')",
                [n.to_string()],
            )
            .expect("the SQL runs")
        })
    });
}

criterion_group!(benches, save_entry);
criterion_main!(benches);
