//! Local wall-clock times as people say them ("8:30 this morning"), mapped to instants. The
//! diary, the session log and the reminder schedule all go through this one rule, so the same
//! local time always means the same instant on DST nights.

use chrono::{DateTime, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use crate::domain::validation::ValidationErrors;

/// How far past "now" a time may be before it counts as the future. The UI picks minutes, so a
/// time typed as the current minute must pass even if a few seconds have gone by.
pub const FUTURE_TOLERANCE_SECONDS: i64 = 60;

/// Maps a local wall-clock time to an instant in `zone`. A time the clocks skip (the spring
/// DST gap) becomes the first minute after the gap; a time they pass twice (the autumn fold)
/// becomes the earlier of the two.
pub fn resolve_local(zone: Tz, local: NaiveDateTime) -> DateTime<Tz> {
    let mut candidate = local;
    // A DST gap is at most a few hours; step minute by minute to its end.
    for _ in 0..(24 * 60) {
        if let Some(instant) = zone.from_local_datetime(&candidate).earliest() {
            return instant;
        }
        let Some(next) = candidate.checked_add_signed(chrono::Duration::minutes(1)) else { break };
        candidate = next;
    }
    zone.from_utc_datetime(&local)
}

/// Reads a local date and time the person typed (`YYYY-MM-DDTHH:MM`, seconds allowed) as an
/// instant in `now`'s zone, by [`resolve_local`]. Empty means now. A time more than
/// `FUTURE_TOLERANCE_SECONDS` ahead of now is refused. Problems go to `field`.
pub fn check_past_time(field: &str, text: Option<&str>, now: DateTime<Tz>, errors: &mut ValidationErrors) -> Option<DateTime<Tz>> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Some(now);
    };
    let parsed = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"));
    let Ok(local) = parsed else {
        errors.push(field, crate::t!("common-date-time-format"));
        return None;
    };
    let resolved = resolve_local(now.timezone(), local);
    if (resolved - now).num_seconds() > FUTURE_TOLERANCE_SECONDS {
        errors.push(field, crate::t!("common-time-in-future"));
        return None;
    }
    Some(resolved)
}
