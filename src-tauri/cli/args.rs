//! The command line's grammar (clap). Parsing only: what each command does is in `cli/mod.rs`.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::export::job::ExportFormat;
use crate::export::pdf::Paper;

// clap's usage and --help text stay English on purpose: the catalogs hold what the commands
// say (cli, privacy), not the grammar's help.
const ABOUT: &str = "BackTrack: a private pain diary and glute and core program."; // i18n-ignore: clap's --help
const LONG_ABOUT: &str = concat!(
    "BackTrack: a private pain diary and glute and core program.\n\n", // i18n-ignore: clap's --help
    "Run with no arguments to open the app. With a command below, it works on the diary ", // i18n-ignore: clap's --help
    "without opening a window.\n\n",
    "The diary is in BACKTRACK_DATA_DIR when that is set, else in the app's data folder ", // i18n-ignore: clap's --help
    "(on Linux ~/.local/share/app.backtrack.diary).",
);

#[derive(Debug, Parser)]
#[command(
    name = "backtrack",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_help = "Examples:\n  backtrack export --format pdf --from 2026-01-01 --to 2026-03-31 --out report.pdf\n  \
        backtrack export --format csv --table sessions --out sessions.csv\n  \
        backtrack log 4 --site lower_back_left --note \"after gardening\"\n  backtrack backup --out diary-backup.json\n  \
        backtrack restore diary-backup.json\n  backtrack summary --from 2026-01-01 --to 2026-03-31 --json",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Open in the system tray with the window hidden (what start at login does).
    #[arg(long)]
    pub background: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add a pain entry for now, as Today's quick log does, and print what was saved. Bind it
    /// to a desktop keyboard shortcut to log from anywhere (see the README). A running app
    /// shows the entry within a second.
    Log {
        /// Pain right now, a whole number from 0 (none) to 10 (worst imaginable).
        #[arg(allow_negative_numbers = true)]
        intensity: String,
        /// Where it hurts; repeat for more than one place. One of: lower_back_left,
        /// lower_back_centre, lower_back_right, buttock_left, buttock_right, hip_left, hip_right,
        /// thigh_back_left, thigh_back_right, below_knee_left, below_knee_right.
        #[arg(long = "site", value_name = "SITE")]
        sites: Vec<String>,
        /// A short note.
        #[arg(long)]
        note: Option<String>,
        /// Mark the entry for the surgeon's report.
        #[arg(long)]
        surgeon: bool,
    },
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
        /// Where to write the file. An existing file is replaced, but never one of the diary's own files.
        #[arg(long)]
        out: PathBuf,
        /// For --format csv: pain entries, exercise sessions or the weekly function check-in's ratings.
        #[arg(long, value_enum, default_value = "entries")]
        table: TableArg,
        /// For --format pdf: paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
    },
    /// Write a full backup of the diary (every entry, session, level, reminder and setting).
    Backup {
        /// Where to write it. Default: backtrack-backup-<today>.json (.json.age when
        /// encrypted) in the current folder.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Encrypt the backup (the age format) with a passphrase asked for on the terminal or
        /// read from the file named by BACKTRACK_BACKUP_PASSPHRASE_FILE. The default when the
        /// diary is encrypted.
        #[arg(long, conflicts_with = "plain")]
        encrypt: bool,
        /// Write a plain backup even though the diary is encrypted.
        #[arg(long)]
        plain: bool,
    },
    /// Encrypt the diary on this device with a passphrase (asked for twice, or read from the
    /// file named by BACKTRACK_PASSPHRASE_FILE), and print its recovery code once. Every other
    /// command then asks for the passphrase the same way.
    Encrypt,
    /// Turn the diary's encryption off again (asks for the passphrase).
    Decrypt,
    /// Change the encrypted diary's passphrase: the current one, then the new one (or the
    /// files named by BACKTRACK_PASSPHRASE_FILE and BACKTRACK_NEW_PASSPHRASE_FILE).
    Passphrase {
        /// The passphrase is lost: use the recovery code instead of it (asked for, or read from
        /// the file named by BACKTRACK_RECOVERY_CODE_FILE).
        #[arg(long)]
        recovery_code: bool,
    },
    /// Restore a backup. Without --replace, entries are added to the diary by id and nothing
    /// already there changes; restoring the same file twice adds nothing the second time.
    Restore {
        /// The backup file (.json, or .json.age when encrypted: its passphrase is asked for, or
        /// read from the file named by BACKTRACK_BACKUP_PASSPHRASE_FILE).
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
    /// weekly goal and habit strength; with --json also the Insights screen's figures.
    Summary {
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        /// Print every figure as JSON (the ReportSummary shape, with the insights under
        /// "insights") instead of short text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Pdf,
    Csv,
    Fhir,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TableArg {
    Entries,
    Sessions,
    Function,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

impl FormatArg {
    /// The export this format and table name.
    pub fn export_format(self, table: TableArg) -> ExportFormat {
        match (self, table) {
            (FormatArg::Pdf, _) => ExportFormat::Pdf,
            (FormatArg::Csv, TableArg::Entries) => ExportFormat::EntriesCsv,
            (FormatArg::Csv, TableArg::Sessions) => ExportFormat::SessionsCsv,
            (FormatArg::Csv, TableArg::Function) => ExportFormat::FunctionCsv,
            (FormatArg::Fhir, _) => ExportFormat::Fhir,
            (FormatArg::Json, _) => ExportFormat::Backup,
        }
    }
}

impl From<PaperArg> for Paper {
    fn from(paper: PaperArg) -> Self {
        match paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }
    }
}
