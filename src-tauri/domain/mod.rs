//! Pure rules: no Tauri, no SQLite, no clock, no I/O. Everything here is a function of its
//! arguments, so it is tested with plain values.

pub mod content;
pub mod dates;
pub mod diary;
pub mod exercise;
pub mod habit_plan;
pub mod habit_strength;
pub mod history;
pub mod history_pages;
pub mod medication;
pub mod program;
pub mod progression;
pub mod red_flags;
pub mod reminder;
pub mod reminder_outcome;
pub mod report;
pub mod routine;
pub mod session;
pub mod streak;
pub mod validation;
pub mod vocabulary;
pub mod weekly_goal;
