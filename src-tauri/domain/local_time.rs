//! Local wall-clock times as people say them ("8:30 this morning"), mapped to instants. The
//! diary, the session log and the reminder schedule all go through this one rule, so the same
//! local time always means the same instant on DST nights.

use chrono::{DateTime, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

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
