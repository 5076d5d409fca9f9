//! The command-line face of the same binary: exports, backup, restore and the report's figures,
//! with no window and no display. It uses the same store, rules and export code as the app.
//!
//! The diary is found as the app finds it: `BACKTRACK_DATA_DIR` when set, else the platform's
//! app-data folder for the app's identifier (on Linux `$XDG_DATA_HOME/app.backtrack.diary`,
//! usually `~/.local/share/app.backtrack.diary`). Errors go to stderr with exit status 1;
//! usage mistakes exit with status 2.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::clock;
use crate::domain::exercise::builtin_catalog;
use crate::domain::exercise::{Catalog, CatalogError};
use crate::export::backup::{restore_backup, BackupError};
use crate::export::job::{export_bytes, report_range, report_summary, write_atomically, ExportError, ExportFormat, ExportJob};
use crate::export::pdf::Paper;
use crate::state::data_dir_override;
use crate::store::{self, StoreError};

/// What can stop a command, each in words printed after `backtrack: ` on stderr.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A date or answer given on the command line that cannot be used.
    #[error("{0}")]
    Input(String),
    #[error("No data folder could be found. Set BACKTRACK_DATA_DIR to the diary's folder.")]
    NoDataDir,
    #[error("The exercise catalog could not be read: {0}")]
    Catalog(#[from] CatalogError),
    #[error(transparent)]
    Diary(#[from] StoreError),
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Backup(#[from] BackupError),
    #[error("Could not {action} {path}: {source}")]
    File { action: &'static str, path: PathBuf, source: std::io::Error },
    #[error("The summary could not be written as JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// The app's identifier in tauri.conf.json: the name of its data folder.
pub const APP_IDENTIFIER: &str = "app.backtrack.diary";

/// The words that start the command line instead of the window.
const SUBCOMMANDS: &[&str] = &["export", "backup", "restore", "summary", "help", "--help", "-h", "--version", "-V"];

#[derive(Debug, Parser)]
#[command(
    name = "backtrack",
    version,
    about = "BackTrack: a private pain diary and glute and core program.",
    long_about = "BackTrack: a private pain diary and glute and core program.\n\n\
        Run with no arguments to open the app. With a command below, it works on the diary \
        without opening a window.\n\n\
        The diary is in BACKTRACK_DATA_DIR when that is set, else in the app's data folder \
        (on Linux ~/.local/share/app.backtrack.diary).",
    after_help = "Examples:\n  backtrack export --format pdf --from 2026-01-01 --to 2026-03-31 --out report.pdf\n  \
        backtrack export --format csv --table sessions --out sessions.csv\n  backtrack backup --out diary-backup.json\n  \
        backtrack restore diary-backup.json\n  backtrack summary --from 2026-01-01 --to 2026-03-31 --json"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write a report or data file for a range of days.
    Export {
        /// pdf: the surgeon's report; csv: a spreadsheet (see --table); fhir: a FHIR R4 bundle;
        /// json: a full backup (the range is ignored).
        #[arg(long, value_enum)]
        format: FormatArg,
        /// First day, YYYY-MM-DD (included). PDF default: 90 days before --to; others: the first entry.
        #[arg(long)]
        from: Option<String>,
        /// Last day, YYYY-MM-DD (included). PDF default: today; others: the last entry.
        #[arg(long)]
        to: Option<String>,
        /// Where to write the file. An existing file is replaced.
        #[arg(long)]
        out: PathBuf,
        /// For --format csv: pain entries or exercise sessions.
        #[arg(long, value_enum, default_value = "entries")]
        table: TableArg,
        /// For --format pdf: paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
    },
    /// Write a full backup of the diary (every entry, session, level, reminder and setting).
    Backup {
        /// Where to write it. Default: backtrack-backup-<today>.json in the current folder.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Restore a backup. Without --replace, entries are added to the diary by id and nothing
    /// already there changes; restoring the same file twice adds nothing the second time.
    Restore {
        /// The backup file (.json).
        file: PathBuf,
        /// Replace the whole diary with the backup. A copy of the old diary is kept beside it
        /// first. Asks to confirm unless --yes is given.
        #[arg(long)]
        replace: bool,
        /// Confirm --replace without asking.
        #[arg(long)]
        yes: bool,
    },
    /// Print the figures the report's summary uses: pain statistics and change, streaks,
    /// weekly goal and habit strength.
    Summary {
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        /// Print every figure as JSON (the ReportSummary shape) instead of short text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Pdf,
    Csv,
    Fhir,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum TableArg {
    Entries,
    Sessions,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

/// Whether the process was started as the command line (a known command as first argument).
pub fn wants_cli() -> bool {
    std::env::args().nth(1).is_some_and(|first| SUBCOMMANDS.contains(&first.as_str()))
}

/// Runs the command line and returns the exit status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return error.exit_code();
        }
    };
    match run(cli) {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("backtrack: {error}");
            1
        }
    }
}

/// The diary's folder, as the app would choose it.
pub fn data_dir() -> Result<PathBuf, CliError> {
    data_dir_override().or_else(|| dirs::data_dir().map(|d| d.join(APP_IDENTIFIER))).ok_or(CliError::NoDataDir)
}

fn open_diary() -> Result<rusqlite::Connection, CliError> {
    Ok(store::open(&data_dir()?.join(store::DB_FILE_NAME))?)
}

fn day(field: &str, text: Option<&str>) -> Result<Option<NaiveDate>, CliError> {
    text.map(|t| {
        NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d")
            .map_err(|_| CliError::Input(format!("--{field} must be a date such as 2026-03-14, not \"{t}\".")))
    })
    .transpose()
}

fn range_args(from: Option<&str>, to: Option<&str>) -> Result<(Option<NaiveDate>, Option<NaiveDate>), CliError> {
    let (from, to) = (day("from", from)?, day("to", to)?);
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(CliError::Input("--to must be on or after --from.".into()));
        }
    }
    Ok((from, to))
}

/// Writes `job`'s bytes to `out` (through a temporary file) and returns how many there were.
fn export_to(out: &Path, job: &ExportJob, catalog: &Catalog, now: chrono::DateTime<chrono_tz::Tz>) -> Result<usize, CliError> {
    let mut conn = open_diary()?;
    let bytes = export_bytes(&mut conn, job, catalog, now)?;
    write_atomically(out, &bytes).map_err(|source| CliError::File { action: "write", path: out.to_owned(), source })?;
    Ok(bytes.len())
}

fn run(cli: Cli) -> Result<(), CliError> {
    let now = clock::now();
    let catalog = builtin_catalog()?;
    match cli.command {
        Command::Export { format, from, to, out, table, paper } => {
            let (from, to) = range_args(from.as_deref(), to.as_deref())?;
            let format = match (format, table) {
                (FormatArg::Pdf, _) => ExportFormat::Pdf,
                (FormatArg::Csv, TableArg::Entries) => ExportFormat::EntriesCsv,
                (FormatArg::Csv, TableArg::Sessions) => ExportFormat::SessionsCsv,
                (FormatArg::Fhir, _) => ExportFormat::Fhir,
                (FormatArg::Json, _) => ExportFormat::Backup,
            };
            let paper = match paper {
                PaperArg::A4 => Paper::A4,
                PaperArg::Letter => Paper::Letter,
            };
            let job = ExportJob { format, from, to, sections: Vec::new(), paper };
            let bytes = export_to(&out, &job, &catalog, now)?;
            eprintln!("Wrote {} ({bytes} bytes).", out.display());
        }
        Command::Backup { out } => {
            let out = out.unwrap_or_else(|| PathBuf::from(format!("backtrack-backup-{}.json", now.date_naive())));
            let job = ExportJob { format: ExportFormat::Backup, from: None, to: None, sections: Vec::new(), paper: Paper::A4 };
            let bytes = export_to(&out, &job, &catalog, now)?;
            eprintln!("Wrote the backup to {} ({bytes} bytes).", out.display());
        }
        Command::Restore { file, replace, yes } => {
            let bytes = std::fs::read(&file).map_err(|source| CliError::File { action: "read", path: file.clone(), source })?;
            if replace && !yes && !confirm_replace()? {
                return Err(CliError::Input("Nothing was restored: replacing the diary was not confirmed.".into()));
            }
            let mut conn = open_diary()?;
            let stamp = now.format("%Y%m%dT%H%M%S").to_string();
            let outcome = restore_backup(&mut conn, &bytes, replace, &stamp)?;
            if let Some(copy) = &outcome.kept_copy {
                eprintln!("The old diary was kept as {copy}.");
            }
            println!("Restored: {} added, {} already there.", outcome.added, outcome.already_present);
        }
        Command::Summary { from, to, json } => {
            let (from, to) = range_args(from.as_deref(), to.as_deref())?;
            let range = report_range(from, to, now.date_naive());
            let mut conn = open_diary()?;
            let summary = report_summary(&mut conn, range, &catalog)?;
            if json {
                let text = serde_json::to_string_pretty(&summary)?;
                println!("{text}");
            } else {
                let p = &summary.pain;
                println!("{} to {}", range.from, range.to);
                println!("Pain: average {:?}, lowest {:?}, highest {:?}, {} entries", p.average, p.lowest, p.highest, p.entries);
                if let Some(c) = &p.change {
                    println!("Change: {:+.1} points, important: {}", c.points, c.clinically_important);
                }
                let g = &summary.program;
                println!(
                    "Streak {} (longest {}), weekly goal met {} of {} weeks, strength {:.0}%",
                    g.current_streak,
                    g.longest_streak,
                    g.weeks_goal_met,
                    g.whole_weeks,
                    g.strength * 100.0
                );
            }
        }
    }
    Ok(())
}

/// Asks on the terminal before a restore replaces the diary.
fn confirm_replace() -> Result<bool, CliError> {
    eprint!("This replaces everything in the diary with the backup (a copy of the diary is kept first). Type yes to go on: ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer).map_err(|source| CliError::File {
        action: "read the answer from",
        path: PathBuf::from("standard input"),
        source,
    })?;
    Ok(answer.trim().eq_ignore_ascii_case("yes"))
}
