//! Pure rules: no Tauri, no SQLite, no clock, no I/O. Everything here is a function of its
//! arguments, so it is tested with plain values.

pub mod diary;
pub mod history;
pub mod medication;
pub mod validation;
pub mod vocabulary;
