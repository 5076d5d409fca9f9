//! Automatic backups: how often, to which folder, how many to keep; when one is due; what the
//! files are called; which old ones go. Pure rules: the app layer does the writing.
//!
//! # Invariants
//! - A backup's file name carries its local time (`backtrack-auto-backup-2026-06-10-120000.json`),
//!   so name order is time order, and only files with exactly that shape are ever removed.
//! - After a failed try, the next try waits [`RETRY_AFTER`], so a missing drive is reported, not
//!   hammered every few minutes.

use std::path::PathBuf;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::validation::ValidationErrors;

/// Kept when the person does not say: enough for a week and a half of daily backups.
pub const DEFAULT_KEEP: u8 = 10;
/// The most backups kept.
pub const MAX_KEEP: u8 = 100;
/// The longest folder path taken.
pub const FOLDER_MAX_CHARS: usize = 4_096;
/// How long after a failed try the next one waits.
pub const RETRY_AFTER: Duration = Duration::hours(1);

const PREFIX: &str = "backtrack-auto-backup-";
const SUFFIX: &str = ".json";
/// An encrypted automatic backup: the same name, as an age file.
const ENCRYPTED_SUFFIX: &str = ".json.age";
const STAMP: &str = "%Y-%m-%d-%H%M%S";

/// How often a backup is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum BackupEvery {
    Daily,
    Weekly,
}

/// The schedule as the Settings form sends it. `every` is "off", "daily" or "weekly".
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BackupScheduleDraft {
    pub every: Option<String>,
    pub folder: Option<String>,
    #[ts(type = "number | null")]
    pub keep: Option<f64>,
    /// For an encrypted diary: the passphrase its automatic backups are encrypted with. Empty
    /// or missing keeps the one saved before.
    #[serde(default)]
    pub passphrase: Option<String>,
}

/// A checked schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BackupSchedule {
    pub every: BackupEvery,
    #[ts(type = "string")]
    pub folder: PathBuf,
    pub keep: u8,
    /// The backups are age files (`.json.age`): the diary is encrypted.
    pub encrypted: bool,
}

/// Checks a draft: `Ok(None)` turns automatic backups off.
pub fn validate_schedule(draft: &BackupScheduleDraft) -> Result<Option<BackupSchedule>, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let every = match draft.every.as_deref() {
        Some("off") => return Ok(None),
        Some("daily") => Some(BackupEvery::Daily),
        Some("weekly") => Some(BackupEvery::Weekly),
        _ => {
            errors.push("every", crate::t!("settings-backup-every"));
            None
        }
    };
    let folder = draft.folder.as_deref().map(str::trim).unwrap_or("");
    let folder = if folder.is_empty() {
        errors.push("folder", crate::t!("settings-backup-folder-missing"));
        None
    } else if folder.chars().count() > FOLDER_MAX_CHARS {
        errors.push("folder", crate::t!("settings-backup-folder-too-long", max = FOLDER_MAX_CHARS));
        None
    } else if !PathBuf::from(folder).is_absolute() {
        errors.push("folder", crate::t!("settings-backup-folder-not-full"));
        None
    } else {
        Some(PathBuf::from(folder))
    };
    let keep = match draft.keep {
        None => Some(DEFAULT_KEEP),
        Some(n) if n.fract() == 0.0 && (1.0..=f64::from(MAX_KEEP)).contains(&n) => Some(n as u8),
        Some(_) => {
            errors.push("keep", crate::t!("settings-backup-keep-range", max = MAX_KEEP));
            None
        }
    };
    match (every, folder, keep) {
        (Some(every), Some(folder), Some(keep)) if errors.is_empty() => Ok(Some(BackupSchedule { every, folder, keep, encrypted: false })),
        _ => Err(errors),
    }
}

/// Whether a backup is due at `now`: none has been made yet, or the last one was on an earlier
/// day (daily) or 7 or more days ago (weekly), and no try failed in the last [`RETRY_AFTER`].
pub fn is_due(every: BackupEvery, last_success: Option<DateTime<Utc>>, last_failure: Option<DateTime<Utc>>, now: DateTime<Utc>, zone: Tz) -> bool {
    if last_failure.is_some_and(|failed| failed > now - RETRY_AFTER && last_success.is_none_or(|ok| failed > ok)) {
        return false;
    }
    let Some(last) = last_success else { return true };
    let day = |at: DateTime<Utc>| -> NaiveDate { at.with_timezone(&zone).date_naive() };
    let days_since = (day(now) - day(last)).num_days();
    match every {
        BackupEvery::Daily => days_since >= 1,
        BackupEvery::Weekly => days_since >= 7,
    }
}

/// The file name of a backup made at `now`, by the local clock.
pub fn file_name(now: DateTime<Tz>, encrypted: bool) -> String {
    format!("{PREFIX}{}{}", now.format(STAMP), if encrypted { ENCRYPTED_SUFFIX } else { SUFFIX })
}

/// Whether `name` is one of BackTrack's automatic backups (and nothing else), plain or encrypted.
pub fn is_backup_file(name: &str) -> bool {
    name.strip_prefix(PREFIX)
        .and_then(|rest| rest.strip_suffix(ENCRYPTED_SUFFIX).or_else(|| rest.strip_suffix(SUFFIX)))
        .is_some_and(|stamp| chrono::NaiveDateTime::parse_from_str(stamp, STAMP).is_ok())
}

/// The stamp part of a backup's name, for ordering plain and encrypted ones together.
fn stamp_of(name: &str) -> &str {
    name.strip_prefix(PREFIX).unwrap_or(name)
}

/// The automatic backups among `names` to remove so that the newest `keep` stay.
pub fn files_to_remove(names: &[String], keep: u8) -> Vec<String> {
    let mut ours: Vec<&String> = names.iter().filter(|name| is_backup_file(name)).collect();
    ours.sort_unstable_by(|a, b| stamp_of(b).cmp(stamp_of(a)));
    ours.into_iter().skip(usize::from(keep)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    const LA: Tz = chrono_tz::America::Los_Angeles;

    fn at(text: &str) -> DateTime<Utc> {
        let naive = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("a test time");
        LA.from_local_datetime(&naive).single().expect("one instant").with_timezone(&Utc)
    }

    fn draft(every: &str, folder: &str, keep: Option<f64>) -> BackupScheduleDraft {
        BackupScheduleDraft { every: Some(every.into()), folder: Some(folder.into()), keep, passphrase: None }
    }

    #[test]
    fn a_good_schedule_is_taken_and_keep_defaults_to_ten() {
        let schedule = validate_schedule(&draft("daily", " /home/ana/Backups ", None)).expect("valid").expect("on");
        assert_eq!(schedule, BackupSchedule { every: BackupEvery::Daily, folder: "/home/ana/Backups".into(), keep: 10, encrypted: false });
        assert_eq!(validate_schedule(&draft("off", "", Some(-3.0))).expect("off is always fine"), None);
    }

    #[test]
    fn each_bad_field_gets_its_own_message() {
        let errors = validate_schedule(&draft("hourly", "Backups", Some(0.0))).expect_err("three problems");
        assert!(errors.message_for("every").is_some());
        assert!(errors.message_for("folder").is_some_and(|m| m.contains("full path")));
        assert!(errors.message_for("keep").is_some_and(|m| m.contains("1 to 100")));
        for keep in [2.5, 101.0, f64::NAN] {
            assert!(validate_schedule(&draft("weekly", "/b", Some(keep))).is_err(), "keep {keep}");
        }
        assert!(validate_schedule(&draft("weekly", "", None)).expect_err("no folder").message_for("folder").is_some());
    }

    #[test]
    fn a_daily_backup_is_due_once_per_local_day() {
        let zone = LA;
        assert!(is_due(BackupEvery::Daily, None, None, at("2026-06-10 09:00"), zone), "the first one at once");
        let made = Some(at("2026-06-10 09:00"));
        assert!(!is_due(BackupEvery::Daily, made, None, at("2026-06-10 23:59"), zone));
        assert!(is_due(BackupEvery::Daily, made, None, at("2026-06-11 00:00"), zone), "a new day by the local clock");
    }

    #[test]
    fn a_weekly_backup_waits_seven_days() {
        let made = Some(at("2026-06-10 09:00"));
        assert!(!is_due(BackupEvery::Weekly, made, None, at("2026-06-16 23:00"), LA));
        assert!(is_due(BackupEvery::Weekly, made, None, at("2026-06-17 08:00"), LA));
    }

    #[test]
    fn after_a_failure_the_next_try_waits_an_hour() {
        let failed = Some(at("2026-06-10 09:00"));
        assert!(!is_due(BackupEvery::Daily, None, failed, at("2026-06-10 09:30"), LA));
        assert!(is_due(BackupEvery::Daily, None, failed, at("2026-06-10 10:00"), LA));
        let old_failure = Some(at("2026-06-01 09:00"));
        assert!(is_due(BackupEvery::Daily, Some(at("2026-06-09 09:00")), old_failure, at("2026-06-10 09:00"), LA), "an old failure is forgotten");
    }

    #[test]
    fn names_carry_the_local_time_and_only_ours_are_removed_oldest_first() {
        let now = LA.with_ymd_and_hms(2026, 6, 10, 7, 5, 9).single().expect("a time");
        assert_eq!(file_name(now, false), "backtrack-auto-backup-2026-06-10-070509.json");
        assert_eq!(file_name(now, true), "backtrack-auto-backup-2026-06-10-070509.json.age");
        // The diary was encrypted on the 8th: plain and age backups are counted and ordered together.
        let mut names: Vec<String> =
            (1..=12).map(|d| format!("backtrack-auto-backup-2026-06-{d:02}-120000.json{}", if d >= 8 { ".age" } else { "" })).collect();
        names.extend(
            ["notes.json", "backtrack-auto-backup-latest.json", "backtrack-backup-2026-06-01.json", "backtrack-auto-backup-2026-06-01-120000.age"]
                .map(String::from),
        );
        let gone = files_to_remove(&names, 10);
        assert_eq!(gone, ["backtrack-auto-backup-2026-06-02-120000.json", "backtrack-auto-backup-2026-06-01-120000.json"]);
        assert!(files_to_remove(&names, 100).is_empty());
    }
}
