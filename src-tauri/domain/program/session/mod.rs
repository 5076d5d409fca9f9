//! Exercise sessions and the rules every session obeys, wherever it comes from (the session
//! player, a session logged by hand afterwards, an import). Pure: the present moment and the
//! time zone come in as arguments.
//!
//! A guided session is saved as it happens: it is started (its local day fixed then), each
//! exercise's progress is recorded as sets are done, and it is finished with pain after and
//! effort. If the app closes part-way, what was recorded stays and still counts. A manual
//! session is logged whole, afterwards (a pool session, a routine done without the app).

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, SecondsFormat};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::domain::diary::{check_scale, Scale};
use crate::domain::local_time::{check_past_time, FUTURE_TOLERANCE_SECONDS};
use crate::domain::program::exercise::{Catalog, Effort};
use crate::domain::validation::ValidationErrors;

/// Signs that stop any session at once, whatever the exercise: the general warning signs of
/// exercise (ACSM's Guidelines for Exercise Testing and Prescription, 11th ed., 2021: chest
/// pain, faintness, unusual breathlessness) and the new nerve signs of the warning-signs check
/// (NHS, cauda equina syndrome). Every session shows them before it starts and beside each
/// exercise, with [`stop_every_session_advice`]. In the language in force.
pub fn stop_every_session() -> Vec<String> {
    vec![crate::t!("program-stop-chest"), crate::t!("program-stop-faint"), crate::t!("program-stop-breath"), crate::t!("program-stop-nerves")]
}

/// What to do after stopping for one of [`stop_every_session`]. Chest pain that lasts more than
/// a few minutes is an emergency (American Heart Association, "Warning signs of a heart
/// attack"), and so is numbness between the legs (NHS cauda equina guidance).
pub fn stop_every_session_advice() -> String {
    crate::t!("program-stop-advice")
}

/// The longest session note, in characters.
pub const SESSION_NOTE_MAX_CHARS: usize = 1_000;
/// How much more than the prescribed dose may be recorded: a little extra is a person's choice,
/// far more is a typing mistake.
pub const MAX_DOSE_MULTIPLE: u32 = 2;
/// The longest session logged by hand, in minutes.
pub const MAX_MANUAL_MINUTES: i64 = 240;
/// The most exercises one session can hold.
pub const MAX_EXERCISES_PER_SESSION: usize = 40;

/// How a session was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SessionKind {
    /// Run in the session player, saved as it happened.
    Guided,
    /// Logged by hand afterwards.
    Manual,
}

impl SessionKind {
    pub fn wire_name(self) -> &'static str {
        match self {
            SessionKind::Guided => "guided",
            SessionKind::Manual => "manual",
        }
    }

    pub fn from_wire(name: &str) -> Option<Self> {
        match name {
            "guided" => Some(SessionKind::Guided),
            "manual" => Some(SessionKind::Manual),
            _ => None,
        }
    }
}

/// One exercise's progress as the player or the form sends it. Loose types on purpose, as in
/// `PainEntryDraft`, so each mistake is reported against its own field.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct ExerciseProgressDraft {
    /// A catalog exercise id such as `glute-bridge.standard`.
    pub exercise_id: String,
    /// Sets finished so far.
    pub sets_done: Option<f64>,
    /// Repetitions per set (per side for a per-side dose), for a reps exercise.
    pub reps_done: Option<f64>,
    /// Seconds held per set, for a hold exercise.
    pub seconds_done: Option<f64>,
    /// The exercise is done (all its sets, or the person moved on and called it done).
    pub completed: Option<bool>,
}

/// One exercise's progress within a session. Valid by construction: only the validators here
/// make one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExerciseProgress {
    pub exercise_id: String,
    /// Order within the session, from 0: the order exercises were first recorded in.
    pub position: u8,
    pub sets_done: u8,
    pub reps_done: Option<u8>,
    pub seconds_done: Option<u16>,
    pub completed: bool,
}

impl ExerciseProgress {
    /// Whether anything of this exercise was done: what makes a day active.
    pub fn anything_done(&self) -> bool {
        self.completed || self.sets_done > 0
    }
}

/// How a guided session ends, as the after-session form sends it.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct SessionFinishDraft {
    /// Only needed if it was not given at the start; a value here replaces the earlier one.
    pub pain_before: Option<f64>,
    pub pain_after: Option<f64>,
    /// The highest pain felt during the exercises.
    pub pain_during: Option<f64>,
    pub effort: Option<f64>,
    pub note: Option<String>,
}

/// A whole session logged by hand afterwards.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
#[ts(export, optional_fields)]
pub struct ManualSessionDraft {
    /// Local wall-clock time `YYYY-MM-DDTHH:MM` it started. `None` means now.
    pub started_at: Option<String>,
    /// How long it took, 1 to 240 minutes. `None`: the end is recorded as the start.
    pub duration_minutes: Option<f64>,
    pub gentle: Option<bool>,
    pub pain_before: Option<f64>,
    pub pain_after: Option<f64>,
    pub pain_during: Option<f64>,
    pub effort: Option<f64>,
    pub note: Option<String>,
    /// May be empty: a pool session or a walk counts without naming exercises.
    pub exercises: Vec<ExerciseProgressDraft>,
}

/// A session's start, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionStart {
    pub day: NaiveDate,
    pub started_at: DateTime<FixedOffset>,
    pub time_zone: String,
    pub gentle: bool,
    pub pain_before: Option<u8>,
}

/// A session's end, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionOutcome {
    pub ended_at: DateTime<FixedOffset>,
    /// `None` keeps what was given at the start.
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub pain_during: Option<u8>,
    pub effort: Option<u8>,
    pub note: String,
}

/// A manual session, ready to store in one transaction.
#[derive(Debug, Clone, PartialEq)]
pub struct ManualSession {
    pub start: SessionStart,
    pub outcome: SessionOutcome,
    pub exercises: Vec<ExerciseProgress>,
}

/// A stored session with what was done in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExerciseSession {
    pub id: Uuid,
    /// The local calendar day, fixed when the session started.
    #[ts(type = "string")]
    pub day: NaiveDate,
    #[ts(type = "string")]
    pub started_at: DateTime<FixedOffset>,
    /// `null` while running, or if the app closed before it was finished (it still counts).
    #[ts(type = "string | null")]
    pub ended_at: Option<DateTime<FixedOffset>>,
    pub time_zone: String,
    pub kind: SessionKind,
    pub gentle: bool,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub pain_during: Option<u8>,
    pub effort: Option<u8>,
    pub note: String,
    /// In `position` order.
    pub exercises: Vec<ExerciseProgress>,
}

impl ExerciseSession {
    /// At least one exercise done, or logged by hand: the session makes its day active.
    pub fn counts_as_active(&self) -> bool {
        self.kind == SessionKind::Manual || self.exercises.iter().any(ExerciseProgress::anything_done)
    }
}

/// A moment as stored: RFC 3339 to the second, with its offset.
pub fn stored_time(time: &DateTime<FixedOffset>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// Checks the start of a guided session, started now.
pub fn validate_start(gentle: bool, pain_before: Option<f64>, now: DateTime<Tz>) -> Result<SessionStart, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let pain_before = pain_before.and_then(|v| check_scale("painBefore", v, Scale::PainBefore, &mut errors));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(start_at(now, gentle, pain_before))
}

/// Checks one exercise's progress against the catalog and the exercise's dose. `field_prefix`
/// is put before each field name (`exercises[2].` in a manual session, empty otherwise).
pub fn validate_progress(
    draft: &ExerciseProgressDraft,
    catalog: &Catalog,
    field_prefix: &str,
    errors: &mut ValidationErrors,
) -> Option<ExerciseProgress> {
    let field = |name: &str| format!("{field_prefix}{name}");
    let exercise_id = draft.exercise_id.trim();
    let Some(exercise) = catalog.exercise(exercise_id) else {
        let message = if exercise_id.is_empty() {
            crate::t!("program-exercise-missing")
        } else {
            crate::t!("program-exercise-unknown", exercise = exercise_id)
        };
        errors.push(&field("exerciseId"), message);
        return None;
    };
    let before = errors.fields.len();
    let dose = exercise.dose;
    let sets_done =
        draft.sets_done.map_or(Some(0), |v| check_count(&field("setsDone"), v, u32::from(dose.sets) * MAX_DOSE_MULTIPLE, Unit::Sets, errors));
    let (reps_done, seconds_done) = match dose.effort {
        Effort::Reps { count, .. } => {
            if draft.seconds_done.is_some() {
                errors.push(&field("secondsDone"), crate::t!("program-counted-in-reps", exercise = exercise.name.as_str()));
            }
            let reps =
                draft.reps_done.and_then(|v| check_count(&field("repsDone"), v, u32::from(count) * MAX_DOSE_MULTIPLE, Unit::Repetitions, errors));
            (reps, None)
        }
        Effort::Hold { seconds } => {
            if draft.reps_done.is_some() {
                errors.push(&field("repsDone"), crate::t!("program-counted-in-seconds", exercise = exercise.name.as_str()));
            }
            let held =
                draft.seconds_done.and_then(|v| check_count(&field("secondsDone"), v, u32::from(seconds) * MAX_DOSE_MULTIPLE, Unit::Seconds, errors));
            (None, held)
        }
    };
    if errors.fields.len() > before {
        return None;
    }
    Some(ExerciseProgress {
        exercise_id: exercise.id.clone(),
        position: 0,
        sets_done: u8::try_from(sets_done.unwrap_or(0)).unwrap_or(u8::MAX),
        reps_done: reps_done.and_then(|r| u8::try_from(r).ok()),
        seconds_done: seconds_done.and_then(|s| u16::try_from(s).ok()),
        completed: draft.completed.unwrap_or(false),
    })
}

/// Checks a guided session's end against its start. The end is now, or the start if the clock
/// has gone back since.
pub fn validate_finish(draft: &SessionFinishDraft, started_at: DateTime<FixedOffset>, now: DateTime<Tz>) -> Result<SessionOutcome, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let outcome = check_outcome(
        OutcomeFields {
            pain_before: draft.pain_before,
            pain_after: draft.pain_after,
            pain_during: draft.pain_during,
            effort: draft.effort,
            note: draft.note.as_deref(),
        },
        started_at.max(now.fixed_offset()),
        &mut errors,
    );
    if errors.is_empty() {
        Ok(outcome)
    } else {
        Err(errors)
    }
}

/// Checks a session logged by hand. Field names: `startedAt`, `durationMinutes`, `painBefore`,
/// `painAfter`, `painDuring`, `effort`, `note`, `exercises`, and `exercises[i].exerciseId`,
/// `exercises[i].setsDone`, `exercises[i].repsDone`, `exercises[i].secondsDone`.
pub fn validate_manual(draft: &ManualSessionDraft, catalog: &Catalog, now: DateTime<Tz>) -> Result<ManualSession, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let started = check_past_time("startedAt", draft.started_at.as_deref(), now, &mut errors);
    let minutes = draft.duration_minutes.and_then(|value| {
        if !value.is_finite() || value.fract() != 0.0 || !(1.0..=MAX_MANUAL_MINUTES as f64).contains(&value) {
            errors.push("durationMinutes", crate::t!("program-minutes-range", max = MAX_MANUAL_MINUTES));
            None
        } else {
            Some(value as i64)
        }
    });
    let ended = started.and_then(|start| start.checked_add_signed(Duration::minutes(minutes.unwrap_or(0))));
    if let Some(end) = ended {
        if (end - now).num_seconds() > FUTURE_TOLERANCE_SECONDS {
            errors.push("durationMinutes", crate::t!("program-session-ends-in-future"));
        }
    }
    if draft.exercises.len() > MAX_EXERCISES_PER_SESSION {
        errors.push("exercises", crate::t!("program-too-many-exercises", max = MAX_EXERCISES_PER_SESSION));
    }
    let mut exercises: Vec<ExerciseProgress> = Vec::with_capacity(draft.exercises.len());
    for (index, exercise) in draft.exercises.iter().enumerate() {
        let prefix = format!("exercises[{index}].");
        if let Some(mut progress) = validate_progress(exercise, catalog, &prefix, &mut errors) {
            if exercises.iter().any(|e| e.exercise_id == progress.exercise_id) {
                errors.push(&format!("{prefix}exerciseId"), crate::t!("program-exercise-twice"));
                continue;
            }
            progress.position = u8::try_from(exercises.len()).unwrap_or(u8::MAX);
            exercises.push(progress);
        }
    }
    let outcome = check_outcome(
        OutcomeFields {
            pain_before: None,
            pain_after: draft.pain_after,
            pain_during: draft.pain_during,
            effort: draft.effort,
            note: draft.note.as_deref(),
        },
        ended.map_or_else(|| now.fixed_offset(), |end| end.fixed_offset()),
        &mut errors,
    );
    let pain_before = draft.pain_before.and_then(|v| check_scale("painBefore", v, Scale::PainBefore, &mut errors));
    match started {
        Some(started) if errors.is_empty() => Ok(ManualSession {
            start: start_at(started, draft.gentle.unwrap_or(false), pain_before),
            outcome: SessionOutcome { pain_before, ..outcome },
            exercises,
        }),
        _ => Err(errors),
    }
}

fn start_at(started: DateTime<Tz>, gentle: bool, pain_before: Option<u8>) -> SessionStart {
    let time_zone = started.timezone().name().to_owned();
    // Whole seconds: the stored text and the value in memory then agree exactly.
    let started = started.fixed_offset();
    let started = DateTime::parse_from_rfc3339(&stored_time(&started)).unwrap_or(started);
    SessionStart { day: started.date_naive(), started_at: started, time_zone, gentle, pain_before }
}

struct OutcomeFields<'a> {
    pain_before: Option<f64>,
    pain_after: Option<f64>,
    pain_during: Option<f64>,
    effort: Option<f64>,
    note: Option<&'a str>,
}

fn check_outcome(fields: OutcomeFields<'_>, ended_at: DateTime<FixedOffset>, errors: &mut ValidationErrors) -> SessionOutcome {
    let pain_before = fields.pain_before.and_then(|v| check_scale("painBefore", v, Scale::PainBefore, errors));
    let pain_after = fields.pain_after.and_then(|v| check_scale("painAfter", v, Scale::PainAfter, errors));
    let pain_during = fields.pain_during.and_then(|v| check_scale("painDuring", v, Scale::PainDuring, errors));
    let effort = fields.effort.and_then(|v| check_scale("effort", v, Scale::Effort, errors));
    let note = fields.note.unwrap_or("").trim().to_owned();
    let note_chars = note.chars().count();
    if note_chars > SESSION_NOTE_MAX_CHARS {
        errors.push("note", crate::t!("common-note-too-long", max = SESSION_NOTE_MAX_CHARS, count = note_chars));
    }
    let ended_at = DateTime::parse_from_rfc3339(&stored_time(&ended_at)).unwrap_or(ended_at);
    SessionOutcome { ended_at, pain_before, pain_after, pain_during, effort, note }
}

/// What an exercise's dose counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Sets,
    Repetitions,
    Seconds,
}

impl Unit {
    /// The `$unit` the catalog selects on.
    fn key(self) -> &'static str {
        match self {
            Unit::Sets => "sets",
            Unit::Repetitions => "repetitions",
            Unit::Seconds => "seconds",
        }
    }
}

/// A whole, non-negative count no larger than `max`.
fn check_count(field: &str, value: f64, max: u32, unit: Unit, errors: &mut ValidationErrors) -> Option<u32> {
    if !value.is_finite() || value.fract() != 0.0 || value < 0.0 {
        errors.push(field, crate::t!("program-count-not-whole", unit = unit.key()));
        None
    } else if value > f64::from(max) {
        errors.push(field, crate::t!("program-count-too-many", unit = unit.key(), max = max));
        None
    } else {
        Some(value as u32)
    }
}

#[cfg(test)]
mod tests;
