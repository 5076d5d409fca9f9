//! The encrypted diary's costs (issue 15): unlocking with the standard Argon2id parameters; a
//! durable save into an encrypted diary against a plain one (target: within 1.2x); and
//! encrypting ten seeded years in place (target: under 5 s), the whole action as the window
//! runs it (Argon2id twice, export, check, rename). Run with `cargo bench --bench encryption`.

// This whole crate is benchmark code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

#[path = "support/seed.rs"]
mod seed;

use std::path::Path;
use std::time::Duration;

use chrono::{NaiveDate, TimeZone};
use chrono_tz::Tz;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

use backtrack::app::privacy;
use backtrack::domain::diary::{validate, DiaryContext, PainEntryDraft};
use backtrack::state::Diary;
use backtrack::store::{self, DiaryFiles};
use backtrack::vault::{DiaryKey, KdfParams, KeyFile, Passphrase, RecoveryCode};

const PASS: &str = "a bench passphrase";

fn draft() -> PainEntryDraft {
    PainEntryDraft {
        intensity: Some(5.0),
        sites: vec!["buttock_right".into()],
        note: Some("Stiff after the drive home.".into()),
        ..Default::default()
    }
}

fn bench_unlock(c: &mut Criterion) {
    let key = DiaryKey::generate().expect("random");
    let file = KeyFile::create(&key, &Passphrase::new(PASS.into()), &RecoveryCode::generate().expect("random"), KdfParams::STANDARD).expect("sealed");
    let mut group = c.benchmark_group("unlock");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    group.bench_function("Argon2id 64 MiB, 3 passes, 1 lane: passphrase to key", |b| {
        b.iter(|| file.unlock(&Passphrase::new(PASS.into())).expect("the right passphrase"))
    });
    group.finish();
}

fn bench_save(c: &mut Criterion) {
    let zone: Tz = "America/Los_Angeles".parse().unwrap_or(Tz::UTC);
    let now = zone.with_ymd_and_hms(2026, 3, 14, 9, 0, 0).earliest().expect("valid time");
    let details = validate(&draft(), &DiaryContext { now, known_medications: &[] }).expect("valid");

    let plain_dir = tempfile::tempdir().expect("temp dir");
    let mut plain = store::open(&plain_dir.path().join(store::DB_FILE_NAME)).expect("open");

    let encrypted_dir = tempfile::tempdir().expect("temp dir");
    let files = DiaryFiles::in_folder(encrypted_dir.path());
    let mut diary = Diary::open_plain(&files);
    privacy::encrypt(&mut diary, &files, &Passphrase::new(PASS.into())).expect("encrypted");
    let Diary::Open { conn: mut encrypted, .. } = diary else { panic!("the encrypted diary is open") };

    let mut group = c.benchmark_group("durable save");
    group.bench_function("plain diary", |b| b.iter(|| store::insert_pain_entry(&mut plain, &details).expect("saved")));
    group.bench_function("encrypted diary (SQLCipher)", |b| b.iter(|| store::insert_pain_entry(&mut encrypted, &details).expect("saved")));
    group.finish();
}

fn seeded_ten_years(dir: &Path) {
    let mut conn = store::open(&dir.join(store::DB_FILE_NAME)).expect("open");
    let last_day = NaiveDate::from_ymd_opt(2026, 6, 30).expect("a day");
    seed::seed(&mut conn, &seed::SeedOptions { days: 3653, last_day, entries_per_day: 4, seed: 7 }).expect("seeded");
}

fn bench_encrypt_in_place(c: &mut Criterion) {
    let template = tempfile::tempdir().expect("temp dir");
    seeded_ten_years(template.path());
    let size = std::fs::metadata(template.path().join(store::DB_FILE_NAME)).expect("the diary").len();
    let mut group = c.benchmark_group("encrypt in place");
    group.sample_size(10).measurement_time(Duration::from_secs(60));
    group.bench_function(format!("ten seeded years ({:.1} MB), Argon2id included", size as f64 / 1e6), |b| {
        b.iter_batched(
            || {
                let run = tempfile::tempdir().expect("temp dir");
                std::fs::copy(template.path().join(store::DB_FILE_NAME), run.path().join(store::DB_FILE_NAME)).expect("copied");
                let files = DiaryFiles::in_folder(run.path());
                let diary = Diary::open_plain(&files);
                (run, files, diary)
            },
            |(run, files, mut diary)| {
                privacy::encrypt(&mut diary, &files, &Passphrase::new(PASS.into())).expect("encrypted");
                (run, diary)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, bench_unlock, bench_save, bench_encrypt_in_place);
criterion_main!(benches);
