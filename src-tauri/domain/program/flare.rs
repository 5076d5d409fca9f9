//! A flare-up: a stretch of days the person marks from Today ("I'm having a flare"), for a
//! length they pick. For those days the program either pauses or offers only gentle days, the
//! workout reminders stay quiet, and the streak and weekly goal treat the days as a pause (the
//! flare's range joins the plan's pauses in `HabitPlanView::plan`). The surgeon's report lists
//! each flare with its dates.
//!
//! Invariants: a flare starts on the day it is marked (never in the past or the future), lasts
//! 1 to [`FLARE_MAX_DAYS`] days as planned, and may end early, on any day from its first to its
//! planned last. Only one flare is under way at a time.

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::dates::DayRange;
use crate::domain::validation::ValidationErrors;

/// The longest flare that can be planned at once. A longer one is extended, or entered as a
/// pause on the plan screen: a flare that lasts weeks is worth a call to a doctor.
pub const FLARE_MAX_DAYS: u8 = 14;

/// What the program does during the flare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FlareMode {
    /// No sessions are expected; the routine stays there for anyone who wants it.
    Pause,
    /// The routine offered is the gentle one.
    Gentle,
}

impl FlareMode {
    pub fn wire_name(self) -> &'static str {
        match self {
            FlareMode::Pause => "pause",
            FlareMode::Gentle => "gentle",
        }
    }

    pub fn from_wire(name: &str) -> Option<Self> {
        [FlareMode::Pause, FlareMode::Gentle].into_iter().find(|mode| mode.wire_name() == name)
    }
}

/// A flare as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Flare {
    pub id: Uuid,
    #[ts(type = "string")]
    pub from: NaiveDate,
    /// The last day as planned when it started.
    #[ts(type = "string")]
    pub planned_to: NaiveDate,
    /// The day the person ended it, if they did; it is then the flare's last day.
    #[ts(type = "string | null")]
    pub ended_on: Option<NaiveDate>,
    pub mode: FlareMode,
    #[ts(type = "string")]
    pub started_at: DateTime<FixedOffset>,
}

impl Flare {
    /// The flare's last day: the day it was ended, or the planned last day.
    pub fn last_day(&self) -> NaiveDate {
        self.ended_on.unwrap_or(self.planned_to)
    }

    /// Its days, both ends included.
    pub fn range(&self) -> DayRange {
        DayRange { from: self.from, to: self.last_day() }
    }

    /// Whether `day` is one of its days.
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.last_day()
    }

    /// Days in all, both ends included.
    pub fn days(&self) -> i64 {
        (self.last_day() - self.from).num_days() + 1
    }
}

/// The flare under way on `today`, if any: one that covers today and was not ended. A flare
/// ended today still counts today as one of its days (its reminders stay quiet), but is over.
pub fn current_flare(flares: &[Flare], today: NaiveDate) -> Option<&Flare> {
    flares.iter().filter(|flare| flare.ended_on.is_none() && flare.covers(today)).max_by_key(|flare| flare.started_at)
}

/// A flare as Today's form sends it.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct FlareDraft {
    /// How many days, today included: 1 to 14.
    pub days: Option<f64>,
    /// `pause` or `gentle`.
    pub mode: Option<String>,
}

/// A checked flare, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFlare {
    pub from: NaiveDate,
    pub planned_to: NaiveDate,
    pub mode: FlareMode,
}

/// Checks a new flare starting `today`. Field names: `days`, `mode`; a flare already under way
/// is reported on `days`.
pub fn validate_flare(draft: &FlareDraft, today: NaiveDate, flares: &[Flare]) -> Result<NewFlare, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let days = match draft.days {
        Some(days) if days.fract() == 0.0 && (1.0..=f64::from(FLARE_MAX_DAYS)).contains(&days) => Some(days as u64),
        _ => {
            errors.push("days", crate::t!("program-flare-days-range", max = FLARE_MAX_DAYS));
            None
        }
    };
    let mode = draft.mode.as_deref().map(str::trim).and_then(FlareMode::from_wire);
    if mode.is_none() {
        errors.push("mode", crate::t!("program-flare-mode-missing"));
    }
    if let Some(flare) = current_flare(flares, today) {
        errors.push(
            "days",
            crate::t!(
                "program-flare-already-marked",
                last_day = crate::i18n::dates::format_date(flare.last_day(), crate::i18n::dates::DateStyle::Long)
            ),
        );
    }
    match (days, mode) {
        (Some(days), Some(mode)) if errors.is_empty() => {
            let planned_to = today.checked_add_days(Days::new(days - 1)).unwrap_or(today);
            Ok(NewFlare { from: today, planned_to, mode })
        }
        _ => Err(errors),
    }
}

/// Checks a new last day for the flare under way: from today to 14 days after its start.
/// Field name: `lastDay`.
pub fn validate_new_last_day(flare: &Flare, last_day: NaiveDate, today: NaiveDate) -> Result<NaiveDate, ValidationErrors> {
    let latest = flare.from.checked_add_days(Days::new(u64::from(FLARE_MAX_DAYS) - 1)).unwrap_or(flare.from);
    if last_day < today || last_day < flare.from || last_day > latest {
        let mut errors = ValidationErrors::default();
        errors.push(
            "lastDay",
            crate::t!(
                "program-flare-last-day-range",
                latest = crate::i18n::dates::format_date(latest, crate::i18n::dates::DateStyle::Long),
                max = FLARE_MAX_DAYS
            ),
        );
        return Err(errors);
    }
    Ok(last_day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a test date")
    }

    fn flare(from: &str, to: &str, ended: Option<&str>) -> Flare {
        Flare {
            id: Uuid::nil(),
            from: day(from),
            planned_to: day(to),
            ended_on: ended.map(day),
            mode: FlareMode::Pause,
            started_at: DateTime::parse_from_rfc3339(&format!("{from}T08:00:00-07:00")).expect("a test time"),
        }
    }

    fn draft(days: f64, mode: &str) -> FlareDraft {
        FlareDraft { days: Some(days), mode: Some(mode.into()) }
    }

    #[test]
    fn a_flare_starts_today_and_lasts_the_days_chosen() {
        let new = validate_flare(&draft(5.0, "gentle"), day("2026-06-10"), &[]).expect("a good flare");
        assert_eq!(new, NewFlare { from: day("2026-06-10"), planned_to: day("2026-06-14"), mode: FlareMode::Gentle });
        let one = validate_flare(&draft(1.0, "pause"), day("2026-06-10"), &[]).expect("one day is fine");
        assert_eq!(one.planned_to, one.from);
    }

    #[test]
    fn a_length_outside_one_to_fourteen_days_or_an_unknown_mode_is_refused() {
        let fields =
            |d: FlareDraft| validate_flare(&d, day("2026-06-10"), &[]).err().map(|e| e.fields.into_iter().map(|f| f.field).collect::<Vec<_>>());
        assert_eq!(fields(draft(0.0, "pause")), Some(vec!["days".to_owned()]));
        assert_eq!(fields(draft(15.0, "pause")), Some(vec!["days".to_owned()]));
        assert_eq!(fields(draft(2.5, "pause")), Some(vec!["days".to_owned()]));
        assert_eq!(fields(draft(3.0, "rest")), Some(vec!["mode".to_owned()]));
        assert_eq!(fields(FlareDraft::default()), Some(vec!["days".to_owned(), "mode".to_owned()]));
    }

    #[test]
    fn only_one_flare_is_under_way_at_a_time() {
        let under_way = [flare("2026-06-08", "2026-06-12", None)];
        let error = crate::i18n::scoped(crate::i18n::Language::En, || validate_flare(&draft(3.0, "pause"), day("2026-06-10"), &under_way))
            .expect_err("one is under way");
        assert!(error.message_for("days").is_some_and(|m| m.contains("June 12, 2026")), "the last day is named as a person writes it");
        let ended = [flare("2026-06-08", "2026-06-12", Some("2026-06-09"))];
        assert!(validate_flare(&draft(3.0, "pause"), day("2026-06-10"), &ended).is_ok(), "an ended flare is over");
    }

    #[test]
    fn ending_early_makes_that_day_the_last() {
        let ended = flare("2026-06-08", "2026-06-14", Some("2026-06-10"));
        assert_eq!(ended.range(), DayRange { from: day("2026-06-08"), to: day("2026-06-10") });
        assert_eq!(ended.days(), 3);
        assert!(ended.covers(day("2026-06-10")) && !ended.covers(day("2026-06-11")));
        assert_eq!(current_flare(std::slice::from_ref(&ended), day("2026-06-11")), None);
        assert_eq!(current_flare(&[ended], day("2026-06-10")), None, "ended today: over, though today is still one of its days");
    }

    #[test]
    fn a_flare_can_be_made_longer_up_to_fourteen_days_from_its_start() {
        let under_way = flare("2026-06-08", "2026-06-10", None);
        assert_eq!(validate_new_last_day(&under_way, day("2026-06-21"), day("2026-06-09")), Ok(day("2026-06-21")));
        assert!(validate_new_last_day(&under_way, day("2026-06-22"), day("2026-06-09")).is_err(), "15 days");
        assert!(validate_new_last_day(&under_way, day("2026-06-08"), day("2026-06-09")).is_err(), "before today");
    }
}
