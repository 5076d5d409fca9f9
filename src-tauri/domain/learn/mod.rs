//! What BackTrack teaches: the article library and the warning-signs check.

pub mod content;
pub mod red_flags;
