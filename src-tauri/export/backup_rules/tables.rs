//! Every table a backup may hold, in plain words, with the rule of each of its fields. The
//! order is the store's restore order (parents first); a unit test holds these declarations
//! to the schema (same columns, keys, NOT NULL and defaults).
//!
//! The plain words are English and name their catalog message (`export-field-pain-level` for
//! "pain level", see `backup_rules::phrase`), which gives them in the person's language; a test
//! checks that each has one.

use super::fields::Rule::{self, *};
use crate::domain::diary::medication::NAME_MAX_CHARS;
use crate::domain::diary::{DOSE_MAX_CHARS, NOTE_MAX_CHARS};
use crate::domain::function_scale::NAME_MAX_CHARS as ACTIVITY_NAME_MAX_CHARS;
use crate::domain::learn::red_flags::{Answer, Outcome};
use crate::domain::program::exercise::{Level, HOLD_SECONDS_RANGE, REPS_RANGE, SETS_RANGE};
use crate::domain::program::flare::FlareMode;
use crate::domain::program::habit_plan::PAUSE_REASON_MAX_CHARS;
use crate::domain::program::session::{SessionKind, MAX_DOSE_MULTIPLE, MAX_EXERCISES_PER_SESSION, SESSION_NOTE_MAX_CHARS};
use crate::domain::program::suggestions::{Decision, Direction};
use crate::domain::reminders::outcome::SlotOutcome;
use crate::domain::reminders::ReminderKind;
use crate::domain::vocabulary::{LegRadiation, Mood};

/// Whether a field must be there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Present and not null.
    Required,
    /// May be left out (the diary's default is used), but not null.
    Defaulted,
    /// May be left out or null.
    Nullable,
}

/// One field of a table.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub column: &'static str,
    /// Plain English words for the field, without "a" ("body site"); they name its catalog message.
    pub label: &'static str,
    pub rule: Rule,
    pub presence: Presence,
}

/// A row that only means something as part of another record (a tag of an entry).
#[derive(Debug, Clone, Copy)]
pub struct PartOf {
    /// The parent table.
    pub table: &'static str,
    /// The column holding the parent's id.
    pub column: &'static str,
    /// What one row is, in plain English words ("tag"); they name its catalog message.
    pub what: &'static str,
    /// Whether the parts belong to the record as a whole: on a merge, a record whose parts
    /// differ from this device's is a conflict. Not so for a log that keeps growing on each
    /// device (a reminder's log), whose new lines are simply added.
    pub whole: bool,
}

/// One table of a backup.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    pub name: &'static str,
    /// One record in plain English words ("pain entry"); for a part, its parent's. They name
    /// its catalog message.
    pub noun: &'static str,
    /// The column that names a record in messages (its id, or its parent's id for a part).
    pub names_by: &'static str,
    /// The primary key's columns.
    pub key: &'static [&'static str],
    pub part_of: Option<PartOf>,
    /// The column with the record's day, if it has one (shown in conflict messages).
    pub day: Option<&'static str>,
    pub fields: &'static [Field],
}

const fn f(column: &'static str, label: &'static str, rule: Rule, presence: Presence) -> Field {
    Field { column, label, rule, presence }
}

use Presence::{Defaulted as D, Nullable as N, Required as R};

/// The 0 to 10 scale of every pain, sleep, interference and effort score.
const SCALE: Rule = Whole(0, 10);
/// Recorded exercise counts may reach twice the largest prescribed dose (domain::session).
const MAX_SETS: i64 = *SETS_RANGE.end() * MAX_DOSE_MULTIPLE as i64;
const MAX_REPS: i64 = *REPS_RANGE.end() * MAX_DOSE_MULTIPLE as i64;
const MAX_SECONDS: i64 = *HOLD_SECONDS_RANGE.end() * MAX_DOSE_MULTIPLE as i64;
/// The sentence kept with a level decision; the schema's limit (the app writes short ones).
const LEVEL_REASON_MAX_CHARS: usize = 500;
/// A setting's value; the schema's limit.
const SETTING_VALUE_MAX_CHARS: usize = 200;

fn leg_radiation(w: &str) -> bool {
    LegRadiation::from_wire(w).is_some()
}
fn mood(w: &str) -> bool {
    Mood::from_wire(w).is_some()
}
fn tag_kind(w: &str) -> bool {
    super::fields::tag_word_check(w).is_some()
}
fn session_kind(w: &str) -> bool {
    SessionKind::from_wire(w).is_some()
}
fn level(w: &str) -> bool {
    Level::from_wire(w).is_some()
}
fn direction(w: &str) -> bool {
    Direction::from_wire(w).is_some()
}
fn decision(w: &str) -> bool {
    Decision::from_wire(w).is_some()
}
fn rest_kind(w: &str) -> bool {
    // The store's two words for domain::habit_plan::RestPlan.
    matches!(w, "weekdays" | "per_week")
}
fn flare_mode(w: &str) -> bool {
    FlareMode::from_wire(w).is_some()
}
fn starting_level(w: &str) -> bool {
    // The program may start at modified or standard only (domain::program::safety).
    matches!(w, "modified" | "standard")
}
fn red_flag_outcome(w: &str) -> bool {
    Outcome::from_wire(w).is_some()
}
fn answer(w: &str) -> bool {
    Answer::from_wire(w).is_some()
}
fn reminder_kind(w: &str) -> bool {
    ReminderKind::from_wire(w).is_some()
}
fn slot_outcome(w: &str) -> bool {
    SlotOutcome::from_wire(w).is_some()
}
fn backed_up_setting(w: &str) -> bool {
    // Only these settings travel in a backup; the others are device state (store::BACKUP_TABLES).
    matches!(w, "reminders_offered" | "function_invite_put_aside" | "theme" | "text_size" | "language" | "report_language")
}

pub const TABLES: &[Table] = &[
    Table {
        name: "medication",
        noun: "medication",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: None,
        fields: &[
            f("id", "id", Id, R),
            f("name", "name", Text { max: NAME_MAX_CHARS, blank: false }, R),
            f("default_dose", "usual dose", Text { max: DOSE_MAX_CHARS, blank: true }, D),
            f("archived", "archived mark", Flag, D),
            f("created_at", "time it was added", Moment, D),
        ],
    },
    Table {
        name: "pain_entry",
        noun: "pain entry",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: Some("day"),
        fields: &[
            f("id", "id", Id, R),
            f("day", "day", Day, R),
            f("occurred_at", "time", MomentOn("day"), R),
            f("time_zone", "time zone", Zone, R),
            f("intensity", "pain level", SCALE, R),
            f("leg_radiation", "answer about pain down the leg", Word(leg_radiation), N),
            f("sleep_quality", "sleep score", SCALE, N),
            f("interference", "score for how much pain got in the way", SCALE, N),
            f("mood", "mood", Word(mood), N),
            f("note", "note", Text { max: NOTE_MAX_CHARS, blank: true }, D),
            f("for_surgeon", "mark for the surgeon", Flag, D),
            f("created_at", "time it was made", Moment, D),
            f("updated_at", "time it was changed", Moment, D),
            f("deleted_at", "time it was deleted", Moment, N),
        ],
    },
    Table {
        name: "pain_entry_tag",
        noun: "pain entry",
        names_by: "entry_id",
        key: &["entry_id", "kind", "value"],
        part_of: Some(PartOf { table: "pain_entry", column: "entry_id", what: "tag", whole: true }),
        day: None,
        fields: &[f("entry_id", "entry id", Id, R), f("kind", "kind of tag", Word(tag_kind), R), f("value", "tag", TagWord, R)],
    },
    Table {
        name: "pain_entry_medication",
        noun: "pain entry",
        names_by: "entry_id",
        key: &["entry_id", "medication_id"],
        part_of: Some(PartOf { table: "pain_entry", column: "entry_id", what: "dose", whole: true }),
        day: None,
        fields: &[
            f("entry_id", "entry id", Id, R),
            f("medication_id", "medication id", Id, R),
            f("dose", "dose", Text { max: DOSE_MAX_CHARS, blank: true }, D),
        ],
    },
    Table {
        name: "exercise_session",
        noun: "exercise session",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: Some("day"),
        fields: &[
            f("id", "id", Id, R),
            f("day", "day", Day, R),
            f("started_at", "start time", MomentOn("day"), R),
            f("ended_at", "end time", Moment, N),
            f("time_zone", "time zone", Zone, R),
            f("kind", "kind of session", Word(session_kind), R),
            f("gentle", "gentle mark", Flag, D),
            f("pain_before", "pain score before", SCALE, N),
            f("pain_after", "pain score after", SCALE, N),
            f("pain_during", "pain score during", SCALE, N),
            f("effort", "effort score", SCALE, N),
            f("note", "note", Text { max: SESSION_NOTE_MAX_CHARS, blank: true }, D),
            f("created_at", "time it was made", Moment, D),
            f("updated_at", "time it was changed", Moment, D),
        ],
    },
    Table {
        name: "session_exercise",
        noun: "exercise session",
        names_by: "session_id",
        key: &["session_id", "exercise_id"],
        part_of: Some(PartOf { table: "exercise_session", column: "session_id", what: "exercise", whole: true }),
        day: None,
        fields: &[
            f("session_id", "session id", Id, R),
            f("exercise_id", "exercise", Exercise, R),
            f("position", "place in the session", Whole(0, MAX_EXERCISES_PER_SESSION as i64 - 1), R),
            f("sets_done", "number of sets", Whole(0, MAX_SETS), R),
            f("reps_done", "number of repetitions", Whole(0, MAX_REPS), N),
            f("seconds_done", "number of seconds held", Whole(0, MAX_SECONDS), N),
            f("completed", "done mark", Flag, D),
            f("updated_at", "time it was changed", Moment, D),
        ],
    },
    Table {
        name: "program_level",
        noun: "exercise level for",
        names_by: "family_id",
        key: &["family_id"],
        part_of: None,
        day: None,
        fields: &[f("family_id", "exercise family", Family, R), f("level", "level", Word(level), R), f("since", "start day", Day, R)],
    },
    Table {
        name: "level_change",
        noun: "level change",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: Some("day"),
        fields: &[
            f("id", "id", Id, R),
            f("family_id", "exercise family", Family, R),
            f("from_level", "level it came from", Word(level), R),
            f("to_level", "level it went to", Word(level), N),
            f("day", "day", Day, R),
            f("direction", "direction", Word(direction), R),
            f("reason", "reason", Text { max: LEVEL_REASON_MAX_CHARS, blank: true }, R),
            f("reason_data", "reason details", Json, N),
            f("decided", "decision", Word(decision), R),
            f("decided_at", "time of the decision", Moment, R),
        ],
    },
    Table {
        name: "habit_plan",
        noun: "weekly plan",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: None,
        fields: &[
            f("id", "id", Whole(1, 1), R),
            f("weekly_goal", "weekly goal", Whole(1, 7), D),
            f("rest_kind", "kind of rest days", Word(rest_kind), D),
            f("rest_weekdays", "rest days", Weekdays { empty: true }, D),
            f("rest_per_week", "number of rest days", Whole(0, 6), D),
        ],
    },
    Table {
        name: "pause",
        noun: "pause",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: Some("from_day"),
        fields: &[
            f("id", "id", Id, R),
            f("from_day", "first day", Day, R),
            f("to_day", "last day", Day, R),
            f("reason", "reason", Text { max: PAUSE_REASON_MAX_CHARS, blank: true }, D),
        ],
    },
    Table {
        name: "flare",
        noun: "flare",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: Some("from_day"),
        fields: &[
            f("id", "id", Id, R),
            f("from_day", "first day", Day, R),
            f("planned_to", "planned last day", Day, R),
            f("ended_on", "day it ended", Day, N),
            f("mode", "kind of flare", Word(flare_mode), R),
            f("started_at", "time it was marked", Moment, R),
        ],
    },
    Table {
        name: "program_safety",
        noun: "safety check",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: None,
        fields: &[
            f("id", "id", Whole(1, 1), R),
            f("recent_surgery", "answer about recent surgery", Whole(0, 1), R),
            f("hip_replacement", "answer about a hip replacement", Whole(0, 1), R),
            f("pregnancy", "answer about pregnancy", Whole(0, 1), R),
            f("osteoporosis", "answer about osteoporosis", Whole(0, 1), R),
            f("floor_trouble", "answer about getting down to the floor", Whole(0, 1), R),
            f("balance_trouble", "answer about balance", Whole(0, 1), R),
            f("starting_level", "starting level", Word(starting_level), R),
            f("answered_at", "time of the answers", Moment, R),
        ],
    },
    Table {
        name: "article_read",
        noun: "read mark for the article",
        names_by: "slug",
        key: &["slug"],
        part_of: None,
        day: None,
        fields: &[f("slug", "article", Article, R), f("read_at", "time it was read", Moment, R)],
    },
    Table {
        name: "red_flag_check",
        noun: "warning-sign check",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: Some("day"),
        fields: &[
            f("id", "id", Id, R),
            f("day", "day", Day, R),
            f("taken_at", "time", MomentOn("day"), R),
            f("time_zone", "time zone", Zone, R),
            f("outcome", "result", Word(red_flag_outcome), R),
        ],
    },
    Table {
        name: "red_flag_answer",
        noun: "warning-sign check",
        names_by: "check_id",
        key: &["check_id", "question_id"],
        part_of: Some(PartOf { table: "red_flag_check", column: "check_id", what: "answer", whole: true }),
        day: None,
        fields: &[f("check_id", "check id", Id, R), f("question_id", "question", Question, R), f("answer", "answer", Word(answer), R)],
    },
    Table {
        name: "function_activity",
        noun: "activity",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: None,
        fields: &[
            f("id", "id", Id, R),
            f("name", "name", Text { max: ACTIVITY_NAME_MAX_CHARS, blank: false }, R),
            f("created_at", "time it was added", Moment, R),
            f("retired_at", "time it was retired", Moment, N),
        ],
    },
    Table {
        name: "function_rating",
        noun: "activity rating",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: Some("day"),
        fields: &[
            f("id", "id", Id, R),
            f("activity_id", "activity id", Id, R),
            f("day", "day", Day, R),
            f("rated_at", "time", MomentOn("day"), R),
            f("score", "rating", SCALE, R),
            f("updated_at", "time it was changed", Moment, R),
        ],
    },
    Table {
        name: "reminder_rule",
        noun: "reminder",
        names_by: "id",
        key: &["id"],
        part_of: None,
        day: None,
        fields: &[
            f("id", "id", Id, R),
            f("kind", "kind of reminder", Word(reminder_kind), R),
            f("times", "times", Times, R),
            f("weekdays", "days of the week", Weekdays { empty: false }, R),
            f("enabled", "on or off mark", Flag, D),
            f("created_at", "time it was made", Moment, D),
        ],
    },
    Table {
        name: "reminder_fire",
        noun: "reminder",
        names_by: "rule_id",
        key: &["rule_id", "local_date", "local_time"],
        part_of: Some(PartOf { table: "reminder_rule", column: "rule_id", what: "line of its log", whole: false }),
        day: None,
        fields: &[
            f("rule_id", "reminder id", Id, R),
            f("local_date", "day", Day, R),
            f("local_time", "time", Time, R),
            f("handled_at", "time it was handled", Moment, R),
            f("outcome", "result", Word(slot_outcome), R),
        ],
    },
    Table {
        name: "setting",
        noun: "setting",
        names_by: "key",
        key: &["key"],
        part_of: None,
        day: None,
        fields: &[f("key", "name", Word(backed_up_setting), R), f("value", "value", Text { max: SETTING_VALUE_MAX_CHARS, blank: true }, R)],
    },
];

/// The declaration of `name`, if a backup may hold that table.
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}
