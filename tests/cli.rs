//! The command-line face, run as the real binary on a fixed diary: no window, the data folder
//! from BACKTRACK_DATA_DIR, results in files or on stdout, errors on stderr with a failing status.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::fixed_diary::{fixed_diary_in, fixture};
use serde_json::Value;

fn backtrack(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_backtrack"))
        .args(args)
        .env("BACKTRACK_DATA_DIR", data_dir)
        .env("TZ", "Europe/London")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary did not start")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The fixed diary in `dir`, set to speak Spanish.
fn spanish_diary_in(dir: &Path) {
    use backtrack::app::language::{set_language, LanguageChoice, LanguageSettings, ReportLanguageChoice};
    let mut conn = fixed_diary_in(dir);
    let chosen = LanguageSettings { language: LanguageChoice::Es, report_language: ReportLanguageChoice::App };
    set_language(&mut conn, chosen, backtrack::i18n::Language::En).expect("the language choice is saved");
}

#[test]
fn a_spanish_diary_speaks_spanish_on_the_command_line() {
    let dir = common::temp_dir();
    spanish_diary_in(dir.path());
    let english_device = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_backtrack"))
            .args(args)
            .env("BACKTRACK_DATA_DIR", dir.path())
            .env("TZ", "Europe/London")
            .env("LANG", "en_US.UTF-8")
            .env("LC_ALL", "en_US.UTF-8")
            .output()
            .expect("the binary did not start")
    };
    let summary = english_device(&["summary", "--from", "2026-03-01", "--to", "2026-03-31"]);
    assert!(summary.status.success(), "{}", stderr(&summary));
    let text = String::from_utf8_lossy(&summary.stdout);
    assert!(text.contains("Dolor: promedio") && text.contains("importante: sí"), "the diary's language wins over the device's: {text}");
    let out = dir.path().join("informe.pdf");
    let pdf = english_device(&["export", "--format", "pdf", "--from", "2026-03-01", "--to", "2026-03-31", "--out", &out.to_string_lossy()]);
    assert!(pdf.status.success(), "{}", stderr(&pdf));
    assert!(stderr(&pdf).starts_with("Se escribió"), "{}", stderr(&pdf));
    let bytes = std::fs::read(&out).unwrap_or_default();
    assert!(bytes.windows(10).any(|w| w == b"/Lang (es)"), "the report follows the diary's language too");
}

#[test]
fn a_spanish_device_speaks_spanish_before_any_diary_is_open() {
    let dir = common::temp_dir();
    let output = Command::new(env!("CARGO_BIN_EXE_backtrack"))
        .args(["summary", "--from", "2026-02-30"])
        .env("BACKTRACK_DATA_DIR", dir.path())
        .env("LANG", "es_MX.UTF-8")
        .env("LC_ALL", "es_MX.UTF-8")
        .output()
        .expect("the binary did not start");
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("--from debe ser una fecha como 2026-03-14, no \"2026-02-30\"."), "{}", stderr(&output));
}

#[test]
fn help_documents_every_command() {
    let dir = common::temp_dir();
    let output = backtrack(dir.path(), &["--help"]);
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    for word in ["log", "export", "backup", "restore", "summary", "BACKTRACK_DATA_DIR"] {
        assert!(text.contains(word), "--help should mention {word}:\n{text}");
    }
}

#[test]
fn csv_export_without_a_display_matches_the_golden_file() {
    let dir = common::temp_dir();
    drop(fixed_diary_in(dir.path()));
    let out = dir.path().join("entries.csv");
    let output = backtrack(dir.path(), &["export", "--format", "csv", "--out", &out.to_string_lossy()]);
    assert!(output.status.success(), "export failed: {}", stderr(&output));
    let golden = std::fs::read(fixture("golden/pain_entries.csv")).unwrap_or_default();
    assert_eq!(std::fs::read(&out).unwrap_or_default(), golden, "the CLI writes the same CSV as the library");

    let sessions = dir.path().join("sessions.csv");
    let output = backtrack(dir.path(), &["export", "--format", "csv", "--table", "sessions", "--out", &sessions.to_string_lossy()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(std::fs::read(&sessions).unwrap_or_default(), std::fs::read(fixture("golden/sessions.csv")).unwrap_or_default());

    let ratings = dir.path().join("function.csv");
    let output = backtrack(dir.path(), &["export", "--format", "csv", "--table", "function", "--out", &ratings.to_string_lossy()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let golden = std::fs::read(fixture("golden/function_ratings.csv")).unwrap_or_default();
    assert_eq!(std::fs::read(&ratings).unwrap_or_default(), golden, "the weekly check-in's table has its own CSV");
}

#[test]
fn pdf_and_fhir_exports_write_their_files() {
    let dir = common::temp_dir();
    drop(fixed_diary_in(dir.path()));
    for (format, name, magic) in [("pdf", "r.pdf", &b"%PDF"[..]), ("fhir", "f.json", &b"{"[..]), ("json", "b.json", &b"{"[..])] {
        let out = dir.path().join(name);
        let output =
            backtrack(dir.path(), &["export", "--format", format, "--from", "2026-03-01", "--to", "2026-03-31", "--out", &out.to_string_lossy()]);
        assert!(output.status.success(), "{format}: {}", stderr(&output));
        assert!(std::fs::read(&out).unwrap_or_default().starts_with(magic), "{format} starts like its format");
    }
}

#[test]
fn the_text_summary_reads_as_plain_english() {
    let dir = common::temp_dir();
    drop(fixed_diary_in(dir.path()));
    let output = Command::new(env!("CARGO_BIN_EXE_backtrack"))
        .args(["summary", "--from", "2026-03-01", "--to", "2026-03-31"])
        .env("BACKTRACK_DATA_DIR", dir.path())
        .env("TZ", "Europe/London")
        .env("LC_ALL", "en_US.UTF-8")
        .output()
        .expect("the binary did not start");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    let pain = text.lines().find(|line| line.starts_with("Pain:")).unwrap_or_default();
    assert!(pain.starts_with("Pain: average 5.5, lowest ") && pain.ends_with(" entries"), "numbers, not Rust's debug form: {pain}");
    assert!(text.contains("important: yes"), "a person's yes, not a program's true: {text}");
}

#[test]
fn summary_json_gives_the_report_figures() {
    let dir = common::temp_dir();
    drop(fixed_diary_in(dir.path()));
    let output = backtrack(dir.path(), &["summary", "--from", "2026-03-01", "--to", "2026-03-31", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let summary: Value = serde_json::from_slice(&output.stdout).expect("not JSON");
    assert_eq!(summary["pain"]["average"], 5.5);
    assert_eq!(summary["pain"]["change"]["clinicallyImportant"], true);
    assert_eq!(summary["program"]["weeklyGoal"], 2);
    assert!(summary["program"]["currentStreak"].is_number() && summary["program"]["strength"].is_number());
    assert_eq!(summary["insights"]["range"], summary["range"], "the insights cover the report's own range");
    assert_eq!(summary["insights"]["pain"]["change"], summary["pain"]["change"], "one rule for change, so both faces agree");
    let function = &summary["function"];
    assert_eq!(function["importantChange"], 1.4);
    assert_eq!(function["meanChange"]["change"], 2.0, "sitting 3 to 6 and walking 5 to 6: the mean went from 4.0 to 6.0");
    assert_eq!(function["meanChange"]["clinicallyImportant"], true);
    assert_eq!(function["activities"][0]["name"], "Sit through a film");
    assert_eq!(function["activities"][0]["change"], 3);
}

#[test]
fn backup_then_restore_twice_adds_nothing_the_second_time() {
    let source = common::temp_dir();
    drop(fixed_diary_in(source.path()));
    let file = source.path().join("backup.json");
    let output = backtrack(source.path(), &["backup", "--out", &file.to_string_lossy()]);
    assert!(output.status.success(), "{}", stderr(&output));

    let target = common::temp_dir();
    let first = backtrack(target.path(), &["restore", &file.to_string_lossy()]);
    assert!(first.status.success(), "{}", stderr(&first));
    let second = backtrack(target.path(), &["restore", &file.to_string_lossy()]);
    assert!(String::from_utf8_lossy(&second.stdout).contains("Restored: 0 added"), "{}", String::from_utf8_lossy(&second.stdout));
}

#[test]
fn mistakes_go_to_stderr_with_a_failing_status() {
    let dir = common::temp_dir();
    let bad_date = backtrack(dir.path(), &["summary", "--from", "March", "--json"]);
    assert!(!bad_date.status.success());
    assert!(stderr(&bad_date).contains("--from must be a date"), "{}", stderr(&bad_date));

    let junk = dir.path().join("junk.json");
    std::fs::write(&junk, "{ not json").unwrap_or_default();
    let refused = backtrack(dir.path(), &["restore", &junk.to_string_lossy()]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("Nothing was restored"), "{}", stderr(&refused));

    let unconfirmed = backtrack(dir.path(), &["restore", &junk.to_string_lossy(), "--replace"]);
    assert!(!unconfirmed.status.success(), "replace without --yes and without a typed yes does nothing");

    let unknown = backtrack(dir.path(), &["export", "--format", "docx", "--out", "x"]);
    assert_eq!(unknown.status.code(), Some(2), "a usage mistake is exit status 2");
}

#[test]
fn restore_replace_with_yes_keeps_a_copy_and_brings_back_the_backup() {
    let dir = common::temp_dir();
    let conn = fixed_diary_in(dir.path());
    let file = dir.path().join("backup.json");
    let output = backtrack(dir.path(), &["backup", "--out", &file.to_string_lossy()]);
    assert!(output.status.success(), "{}", stderr(&output));
    conn.execute("DELETE FROM pain_entry", []).expect("the SQL runs");
    drop(conn);

    let output = backtrack(dir.path(), &["restore", &file.to_string_lossy(), "--replace", "--yes"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("The old diary was kept as"), "the person is told where the copy is");
    let copies = std::fs::read_dir(dir.path())
        .map(|entries| entries.filter_map(Result::ok).filter(|e| e.file_name().to_string_lossy().contains(".before-restore-")).count())
        .unwrap_or(0);
    assert_eq!(copies, 1, "one copy of the old diary sits beside it");
    let again = dir.path().join("again.json");
    let output = backtrack(dir.path(), &["backup", "--out", &again.to_string_lossy()]);
    assert!(output.status.success());
    let tables = |path: &Path| serde_json::from_slice::<Value>(&std::fs::read(path).unwrap_or_default()).unwrap_or_default()["tables"].clone();
    assert_eq!(tables(&again), tables(&file), "wipe, restore, export again: the same diary");
}

/// Every file of the diary's folder, hashed: a refusal must leave it exactly as it was.
fn fingerprint(dir: &Path) -> std::collections::BTreeMap<String, String> {
    common::diary_files_fingerprint(dir)
}

fn diary_still_opens(dir: &Path) {
    let conn = backtrack::store::open(&common::db_path(dir)).expect("the diary no longer opens");
    let entries: i64 = conn.query_row("SELECT count(*) FROM pain_entry", [], |row| row.get(0)).unwrap_or(-1);
    assert!(entries > 0, "the fixed diary keeps its entries");
}

#[test]
fn no_export_or_backup_can_be_written_over_the_diarys_own_files() {
    let dir = common::temp_dir();
    drop(fixed_diary_in(dir.path()));
    let db = common::db_path(dir.path());
    let outside = common::temp_dir();
    let link = outside.path().join("report.csv");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&db, &link).expect("the symlink is made");
    let through_dot_dot = dir.path().join("..").join(dir.path().file_name().unwrap_or_default()).join("backtrack.db");
    let targets = [
        db.clone(),
        dir.path().join("backtrack.db-wal"),
        dir.path().join("backtrack.db-shm"),
        dir.path().join("backtrack.db.before-restore-20260101T000000.bak"),
        through_dot_dot,
        link,
    ];
    let before = fingerprint(dir.path());
    for target in &targets {
        let target_text = target.to_string_lossy();
        for args in [vec!["export", "--format", "csv", "--out", &target_text], vec!["backup", "--out", &target_text]] {
            let output = backtrack(dir.path(), &args);
            assert_eq!(output.status.code(), Some(1), "{args:?} must be refused");
            assert!(stderr(&output).contains("one of your diary's own files"), "{args:?}: {}", stderr(&output));
            assert!(!stderr(&output).contains("Wrote"), "nothing is said to be written");
            assert_eq!(fingerprint(dir.path()), before, "{args:?}: the diary's files are byte for byte as they were");
        }
    }
    diary_still_opens(dir.path());
}

#[test]
fn a_mistyped_command_is_a_usage_error_with_a_hint_never_a_window() {
    let dir = common::temp_dir();
    let unknown = backtrack(dir.path(), &["frobnicate"]);
    assert_eq!(unknown.status.code(), Some(2), "an unknown word is a usage error: {}", stderr(&unknown));
    assert!(stderr(&unknown).contains("frobnicate"), "the message names the word: {}", stderr(&unknown));

    let typo = backtrack(dir.path(), &["exprot", "--format", "csv", "--out", "x.csv"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(stderr(&typo).contains("export"), "clap suggests the command meant: {}", stderr(&typo));

    let flag = backtrack(dir.path(), &["--frobnicate"]);
    assert_eq!(flag.status.code(), Some(2), "an unknown flag is a usage error: {}", stderr(&flag));
    for output in [&unknown, &typo, &flag] {
        assert!(!stderr(output).contains("gtk"), "no attempt to open a window: {}", stderr(output));
    }
}

#[test]
fn without_a_display_the_window_says_so_in_one_line() {
    let dir = common::temp_dir();
    for args in [&[][..], &["--background"][..]] {
        let output = backtrack(dir.path(), args);
        assert_eq!(output.status.code(), Some(1), "{args:?}: a plain failure, not an abort: {}", stderr(&output));
        let text = stderr(&output);
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty() && !l.contains(" INFO ")).collect();
        assert_eq!(lines.len(), 1, "one line: {text}");
        assert!(lines[0].contains("no display"), "{text}");
    }
}

#[test]
fn dates_a_diary_cannot_hold_are_refused_plainly_and_the_widest_range_works() {
    let dir = common::temp_dir();
    drop(fixed_diary_in(dir.path()));
    let out = dir.path().join("r.pdf");
    let out_text = out.to_string_lossy();
    let before = fingerprint(dir.path());
    for args in [
        vec!["summary", "--from", "+262142-12-01"],
        vec!["summary", "--to", "+262142-12-01", "--json"],
        vec!["summary", "--from", "1899-12-31"],
        vec!["export", "--format", "pdf", "--from=-262143-01-01", "--out", &out_text],
        vec!["export", "--format", "pdf", "--to", "10000-01-01", "--out", &out_text],
    ] {
        let output = backtrack(dir.path(), &args);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {}", stderr(&output));
        assert!(stderr(&output).contains("must be a date"), "{args:?}: {}", stderr(&output));
        assert!(!stderr(&output).contains("panicked"), "{args:?}");
    }
    assert!(!out.exists(), "a refused export writes nothing");
    assert_eq!(fingerprint(dir.path()), before, "refused dates change nothing");

    let widest = backtrack(dir.path(), &["summary", "--from", "1900-01-01", "--to", "9999-12-31", "--json"]);
    assert!(widest.status.success(), "the whole span a diary can hold: {}", stderr(&widest));
    let summary: Value = serde_json::from_slice(&widest.stdout).unwrap_or_default();
    assert_eq!(summary["pain"]["average"], 5.5, "every entry of the fixed diary is inside the widest range");
    let pdf = backtrack(dir.path(), &["export", "--format", "pdf", "--from", "1900-01-01", "--to", "9999-12-31", "--out", &out_text]);
    assert!(pdf.status.success(), "{}", stderr(&pdf));
}

#[test]
fn a_restore_lists_each_record_that_differs_and_keeps_this_devices_copy() {
    let dir = common::temp_dir();
    let conn = fixed_diary_in(dir.path());
    let file = dir.path().join("backup.json");
    let output = backtrack(dir.path(), &["backup", "--out", &file.to_string_lossy()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let (id, day): (String, String) =
        conn.query_row("SELECT id, day FROM pain_entry ORDER BY id LIMIT 1", [], |row| Ok((row.get(0)?, row.get(1)?))).expect("the row reads");
    conn.execute("UPDATE pain_entry SET intensity = 10 - intensity, note = 'changed here' WHERE id = ?1", [&id]).expect("the SQL runs");
    drop(conn);

    let output = backtrack(dir.path(), &["restore", &file.to_string_lossy()]);
    assert!(output.status.success(), "a merge with a conflict still succeeds: {}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("1 record differs from this device's copy, which was kept"), "{text}");
    assert!(text.contains(&id) && text.contains(&day), "the conflict names the entry and its day: {text}");
    let conn = backtrack::store::open(&common::db_path(dir.path())).expect("the diary opens");
    let note: String = conn.query_row("SELECT note FROM pain_entry WHERE id = ?1", [&id], |row| row.get(0)).unwrap_or_default();
    assert_eq!(note, "changed here", "this device's copy was kept");
}

#[test]
fn a_debug_build_runs_at_the_pinned_instant_of_backtrack_debug_now() {
    let dir = common::temp_dir();
    drop(fixed_diary_in(dir.path()));
    let output = Command::new(env!("CARGO_BIN_EXE_backtrack"))
        .args(["backup"])
        .current_dir(dir.path())
        .env("BACKTRACK_DATA_DIR", dir.path())
        .env("TZ", "America/Los_Angeles")
        .env(backtrack::clock::DEBUG_NOW_VAR, "2030-01-02T23:30:00-08:00")
        .output()
        .expect("the command runs");
    assert!(output.status.success(), "{}", stderr(&output));
    let file = dir.path().join("backtrack-backup-2030-01-02.json");
    let backup: Value = serde_json::from_slice(&std::fs::read(&file).unwrap_or_default()).unwrap_or_default();
    let stamped = backup["exportedAt"].as_str().unwrap_or_default();
    assert!(stamped.starts_with("2030-01-02T23:3"), "the backup is stamped by the pinned clock, in the zone: {stamped}");
}

#[test]
fn a_backup_that_cannot_be_read_is_reported_before_anything_asks_to_replace_the_diary() {
    use backtrack::cli::{self, CliContext, Console, Invocation};
    let dir = common::temp_dir();
    let Ok(Invocation::Command(command)) = cli::parse(["backtrack", "restore", "no-such-backup.json", "--replace"]) else {
        panic!("restore is a command");
    };
    let context = CliContext { data_dir: dir.path().join("data"), now: backtrack::clock::now(), secrets: Default::default() };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut asked = false;
    let mut confirm = |_: &str| {
        asked = true;
        Ok(true)
    };
    let status = cli::execute(command, &context, &mut Console { out: &mut out, err: &mut err, confirm: &mut confirm });
    assert_eq!(status, 1);
    assert!(!asked, "nobody is asked to confirm a restore of a file that is not there");
    let message = String::from_utf8_lossy(&err);
    assert!(message.contains("no-such-backup.json could not be read"), "{message}");
}
