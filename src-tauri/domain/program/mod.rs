//! The glute and core program: the exercise catalog and its levels, the routine built from
//! them, sessions, the rules that suggest a step back or up, the rest-day plan, and the
//! progress it earns.

pub mod decisions;
pub mod exercise;
pub mod flare;
pub mod habit_plan;
pub mod progress;
pub mod progression;
pub mod routine;
pub mod safety;
pub mod session;
pub mod suggestions;
