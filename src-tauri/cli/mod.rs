//! The command-line face of the same binary: a quick pain log, exports, backup, restore and the
//! report's figures, with no window and no display. Like the window's commands, it is a thin adapter over the
//! `app` layer: it parses flags, opens the diary, calls one `app` function, and prints.
//!
//! Every argument list goes through clap first ([`parse`]): no arguments (or only
//! `--background`) opens the app; a known command runs here; anything else is a usage error
//! with clap's "did you mean" hint and exit status 2, so a typo never starts a window.
//!
//! The diary is found as the app finds it: `BACKTRACK_DATA_DIR` when set, else the platform's
//! app-data folder for the app's identifier (on Linux `$XDG_DATA_HOME/app.backtrack.diary`,
//! usually `~/.local/share/app.backtrack.diary`). Errors go to stderr with exit status 1;
//! usage mistakes exit with status 2.
//!
//! Its words come from the catalogs: the system's language until the diary is open, then the
//! diary's own choice (`app::language::speak_diary_language`). clap's usage and `--help` text
//! stay English.

mod args;
mod privacy;
mod secrets;

use std::ffi::OsString;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use clap::Parser;

pub use args::{Cli, Command};
pub use secrets::{Secret, SecretFiles};

use crate::app::{self, AppError};
use crate::clock;
use crate::domain::dates::{self, DayProblem, RangeEnd};
use crate::domain::diary::PainEntryDraft;
use crate::export::job::{report_range, ExportJob};
use crate::state::desktop_data_dir;
use crate::t;

/// What can stop a command, each in words printed after `backtrack: ` on stderr, in the
/// language the command line speaks.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A date or answer given on the command line that cannot be used.
    #[error("{0}")]
    Input(String),
    #[error("{}", t!("cli-no-data-dir"))]
    NoDataDir,
    /// What the `app` layer refused or met (the same words the window shows).
    #[error(transparent)]
    App(#[from] AppError),
    #[error("{}", .read.message(.source))]
    File { read: Reading, source: std::io::Error },
    #[error("{}", t!("cli-summary-failed", reason = .0.to_string()))]
    Json(#[from] serde_json::Error),
    #[error("{}", t!("cli-print-failed", reason = .0.to_string()))]
    Print(#[from] std::io::Error),
}

/// What the command line was reading when it failed.
#[derive(Debug)]
pub enum Reading {
    /// A file named for a secret.
    File(PathBuf),
    /// The answer to "Type yes to go on".
    Answer,
    /// A secret typed at the terminal.
    Terminal,
}

impl Reading {
    fn message(&self, source: &std::io::Error) -> String {
        let reason = source.to_string();
        match self {
            Reading::File(path) => t!("cli-read-failed", path = path.display().to_string(), reason = reason),
            Reading::Answer => t!("cli-read-answer-failed", reason = reason),
            Reading::Terminal => t!("cli-read-terminal-failed", reason = reason),
        }
    }
}

/// A prompt from the catalog, with the space the answer is typed after.
fn prompt(id: &str) -> String {
    format!("{} ", crate::i18n::message(id, None))
}

/// What an argument list asks for.
#[derive(Debug)]
pub enum Invocation {
    /// Open the window (or, with `background`, start in the tray).
    App { background: bool },
    /// Run a command on the diary, with no window.
    Command(Command),
}

/// Parses an argument list (program name first). `Err` carries clap's own message: usage
/// errors (exit 2), and `--help` / `--version` (exit 0), printed by [`clap::Error::print`].
pub fn parse<I, T>(args: I) -> Result<Invocation, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = Cli::try_parse_from(args)?;
    Ok(match cli.command {
        Some(command) => Invocation::Command(command),
        None => Invocation::App { background: cli.background },
    })
}

/// Where a command works and the moment it runs at.
#[derive(Debug, Clone)]
pub struct CliContext {
    pub data_dir: PathBuf,
    pub now: DateTime<Tz>,
    /// Files that hold passphrases for scripts; without one, the terminal is asked.
    pub secrets: SecretFiles,
}

impl CliContext {
    /// The diary's folder as the app would choose it, and the clock's now.
    pub fn from_environment() -> Result<Self, CliError> {
        let data_dir = desktop_data_dir().ok_or(CliError::NoDataDir)?;
        Ok(CliContext { data_dir, now: clock::now(), secrets: SecretFiles::from_environment() })
    }
}

/// The terminal a command talks to: results on `out`, messages on `err`, and the person's
/// answer when a restore would replace the diary.
pub struct Console<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub confirm: &'a mut dyn FnMut(&str) -> std::io::Result<bool>,
}

/// Runs `command` on the real terminal and returns the exit status. It speaks the system's
/// language until the diary is open, then the diary's.
pub fn main(command: Command) -> i32 {
    crate::i18n::set_current(crate::i18n::Language::system());
    let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
    let mut confirm = ask_on_terminal;
    let mut console = Console { out: &mut out, err: &mut err, confirm: &mut confirm };
    match CliContext::from_environment() {
        Ok(context) => execute(command, &context, &mut console),
        Err(error) => {
            let _ = writeln!(console.err, "backtrack: {error}");
            1
        }
    }
}

/// Runs `command` and returns the exit status: 0 when it did its work, 1 when it refused or
/// failed (the reason is on `console.err`). Never panics, whatever the arguments.
pub fn execute(command: Command, context: &CliContext, console: &mut Console<'_>) -> i32 {
    match run(command, context, console) {
        Ok(()) => 0,
        Err(CliError::App(AppError::Validation { fields, .. })) if !fields.is_empty() => {
            // The window shows these beside their fields; here each is a line of its own.
            for field in fields {
                let _ = writeln!(console.err, "backtrack: {}", field.message);
            }
            1
        }
        Err(error) => {
            let _ = writeln!(console.err, "backtrack: {error}");
            1
        }
    }
}

fn open_diary(context: &CliContext) -> Result<rusqlite::Connection, CliError> {
    privacy::open_diary(context)
}

/// Parses `--from` / `--to` by the same rule as the window (`domain::dates`).
fn range_args(from: Option<&str>, to: Option<&str>) -> Result<(Option<NaiveDate>, Option<NaiveDate>), CliError> {
    dates::parse_day_range(from, to).map_err(|problems| {
        let words: Vec<String> = problems
            .into_iter()
            .map(|(end, problem)| {
                let (flag, text) = match end {
                    RangeEnd::From => ("from", from.unwrap_or_default()),
                    RangeEnd::To => ("to", to.unwrap_or_default()),
                };
                match problem {
                    DayProblem::NotADate => t!("cli-date-not-a-date", flag = flag, text = text),
                    DayProblem::OutOfRange => t!(
                        "cli-date-out-of-range",
                        flag = flag,
                        first = dates::first_day().to_string(),
                        last = dates::last_day().to_string(),
                        text = text
                    ),
                    DayProblem::EndBeforeStart => t!("cli-date-end-before-start"),
                }
            })
            .collect();
        CliError::Input(words.join(" "))
    })
}

/// Writes `job` to `out` and returns how many bytes that took.
fn export_to(context: &CliContext, out: &Path, job: &ExportJob) -> Result<u64, CliError> {
    let mut conn = open_diary(context)?;
    Ok(app::export::export_to_file(&mut conn, context.now, job, out)?)
}

fn run(command: Command, context: &CliContext, console: &mut Console<'_>) -> Result<(), CliError> {
    match command {
        Command::Export { format, from, to, out, table, paper } => {
            let (from, to) = range_args(from.as_deref(), to.as_deref())?;
            let job = ExportJob { format: format.export_format(table), from, to, sections: Vec::new(), paper: paper.into() };
            let bytes = export_to(context, &out, &job)?;
            writeln!(console.err, "{}", t!("cli-wrote", path = out.display().to_string(), bytes = bytes))?;
        }
        Command::Backup { out, encrypt, plain } => backup(context, console, out, encrypt, plain)?,
        Command::Encrypt => privacy::encrypt(context, console)?,
        Command::Decrypt => privacy::decrypt(context, console)?,
        Command::Passphrase { recovery_code } => privacy::passphrase(context, console, recovery_code)?,
        Command::Restore { file, replace, yes } => restore(context, console, &file, replace, yes)?,
        Command::Log { intensity, sites, note, surgeon } => log(context, console, &intensity, sites, note, surgeon)?,
        Command::Summary { from, to, json } => summary(context, console, from.as_deref(), to.as_deref(), json)?,
    }
    Ok(())
}

/// A full backup; encrypted when asked, or by default when the diary is.
fn backup(context: &CliContext, console: &mut Console<'_>, out: Option<PathBuf>, encrypt: bool, plain: bool) -> Result<(), CliError> {
    let encrypted = encrypt || (!plain && privacy::diary_is_encrypted(context)?);
    let mut conn = open_diary(context)?;
    let passphrase = match encrypted {
        true => Some(context.secrets.ask_new(Secret::BackupPassphrase, &prompt("cli-prompt-backup-passphrase"))?),
        false => None,
    };
    let extension = if encrypted { "json.age" } else { "json" };
    let out = out.unwrap_or_else(|| PathBuf::from(format!("backtrack-backup-{}.{extension}", context.now.date_naive())));
    let bytes = app::export::write_backup(&mut conn, context.now, &out, passphrase.as_ref())?;
    let path = out.display().to_string();
    let wrote =
        if encrypted { t!("cli-wrote-encrypted-backup", path = path, bytes = bytes) } else { t!("cli-wrote-backup", path = path, bytes = bytes) };
    writeln!(console.err, "{wrote}")?;
    Ok(())
}

fn restore(context: &CliContext, console: &mut Console<'_>, file: &Path, replace: bool, yes: bool) -> Result<(), CliError> {
    let read = app::export::read_backup(file)?;
    let passphrase = match app::export::backup_is_encrypted(&read) {
        true => Some(context.secrets.ask(Secret::BackupPassphrase, &prompt("cli-prompt-backup-passphrase"))?),
        false => None,
    };
    let backup = app::export::open_backup(read, passphrase.as_ref())?;
    let question = prompt("cli-restore-confirm");
    if replace && !yes && !(console.confirm)(&question).map_err(|source| CliError::File { read: Reading::Answer, source })? {
        return Err(CliError::Input(t!("cli-restore-not-confirmed")));
    }
    let mut conn = open_diary(context)?;
    let outcome = app::export::restore(&mut conn, context.now, &backup, replace)?;
    // Where the old diary went is a message (stderr); the counts and each conflict are the result (stdout).
    let mut lines = outcome.plain_lines().into_iter();
    if outcome.kept_copy.is_some() {
        if let Some(kept) = lines.next() {
            writeln!(console.err, "{kept}")?;
        }
    }
    for line in lines {
        writeln!(console.out, "{line}")?;
    }
    Ok(())
}

fn summary(context: &CliContext, console: &mut Console<'_>, from: Option<&str>, to: Option<&str>, json: bool) -> Result<(), CliError> {
    let (from, to) = range_args(from, to)?;
    let range = report_range(from, to, context.now.date_naive());
    let mut conn = open_diary(context)?;
    let figures = app::insights::summary_figures(&mut conn, context.now.date_naive(), from, to)?;
    if json {
        writeln!(console.out, "{}", serde_json::to_string_pretty(&figures)?)?;
        return Ok(());
    }
    let summary = &figures.report;
    let p = &summary.pain;
    let yes_no = |value: bool| t!("cli-yes-no", value = if value { "true" } else { "false" });
    writeln!(console.out, "{}", t!("cli-summary-range", from = range.from.to_string(), to = range.to.to_string()))?;
    let pain = match (p.average, p.lowest, p.highest) {
        (Some(average), Some(lowest), Some(highest)) => {
            t!("cli-summary-pain", average = format!("{average:.1}"), lowest = lowest, highest = highest, entries = p.entries)
        }
        _ => t!("cli-summary-no-pain"),
    };
    writeln!(console.out, "{pain}")?;
    if let Some(c) = &p.change {
        writeln!(console.out, "{}", t!("cli-summary-change", points = format!("{:+.1}", c.points), important = yes_no(c.clinically_important)))?;
    }
    if let Some(m) = &summary.function.mean_change {
        let (first, latest, change) = (format!("{:.1}", m.first), format!("{:.1}", m.latest), format!("{:+.1}", m.change));
        let important = yes_no(m.clinically_important);
        writeln!(console.out, "{}", t!("cli-summary-function", first = first, latest = latest, change = change, important = important))?;
    }
    let g = &summary.program;
    writeln!(
        console.out,
        "{}",
        t!(
            "cli-summary-program",
            streak = g.current_streak,
            longest = g.longest_streak,
            met = g.weeks_goal_met,
            weeks = g.whole_weeks,
            strength = format!("{:.0}", g.strength * 100.0)
        )
    )?;
    Ok(())
}

/// Adds a pain entry for now through the same `app` call and validation as Today's quick log.
/// A rejected entry prints each field's message (the words the window shows beside the field)
/// and writes nothing.
fn log(
    context: &CliContext,
    console: &mut Console<'_>,
    intensity: &str,
    sites: Vec<String>,
    note: Option<String>,
    surgeon: bool,
) -> Result<(), CliError> {
    // A word that is not a number reaches validation as NaN, so it gets the window's message.
    let intensity = intensity.trim().parse::<f64>().unwrap_or(f64::NAN);
    let draft = PainEntryDraft { intensity: Some(intensity), sites, note, for_surgeon: Some(surgeon), ..PainEntryDraft::default() };
    let mut conn = open_diary(context)?;
    let logged = match app::diary::log_pain(&mut conn, context.now, &draft) {
        Ok(logged) => logged,
        Err(AppError::Validation { fields, .. }) => {
            let details: Vec<String> = fields.iter().map(|f| format!("{}{}", log_flag(&f.field), f.message)).collect();
            return Err(CliError::Input(t!("cli-nothing-saved", details = details.join(" "))));
        }
        Err(other) => return Err(other.into()),
    };
    let entry = &logged.entry.details;
    let places: Vec<String> = entry.sites.iter().map(|site| site.text()).collect();
    // The moment as the command line writes dates: YYYY-MM-DD, then the 24-hour time.
    let (intensity, time, places) = (entry.intensity, entry.occurred_at.format("%Y-%m-%d %H:%M").to_string(), places.join("; "));
    let saved = match (places.is_empty(), entry.for_surgeon) {
        (true, false) => t!("cli-saved", intensity = intensity, time = time),
        (false, false) => t!("cli-saved-places", intensity = intensity, time = time, places = places),
        (true, true) => t!("cli-saved-for-surgeon", intensity = intensity, time = time),
        (false, true) => t!("cli-saved-places-for-surgeon", intensity = intensity, time = time, places = places),
    };
    writeln!(console.out, "{saved}")?;
    crate::instance::tell_running_copy_diary_changed();
    if !entry.note.is_empty() {
        writeln!(console.out, "{}", t!("cli-note", note = entry.note.as_str()))?;
    }
    if logged.offer_red_flag_check {
        writeln!(console.out, "{}", t!("cli-offer-red-flag-check"))?;
    }
    Ok(())
}

/// The flag a field of the entry came from, to put before its message; the pain number is the
/// command's own argument, and its message already says "Pain".
fn log_flag(field: &str) -> &'static str {
    match field {
        "sites" => "--site: ",
        "note" => "--note: ",
        _ => "",
    }
}

/// Asks on the terminal; only a typed "yes" (or the word of the language in force, such as
/// "sí") goes on.
fn ask_on_terminal(question: &str) -> std::io::Result<bool> {
    eprint!("{question}");
    std::io::stderr().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(confirms(&answer))
}

/// Whether a typed answer confirms: "yes" in any language, or the confirming word of the
/// language in force, with or without its accent ("sí", "si").
fn confirms(answer: &str) -> bool {
    let fold = |word: &str| word.trim().to_lowercase().replace('í', "i");
    let answer = fold(answer);
    answer == "yes" || answer == fold(&t!("cli-confirm-word"))
}
