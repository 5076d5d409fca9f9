//! The one place the app reads the wall clock and the time zone. Rules never call this: the
//! commands pass its answer in, so tests can choose any moment and zone.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// The person's IANA time zone: `TZ` when it names one (handy for tests and travel), else the
/// system's zone, else UTC.
pub fn local_zone() -> Tz {
    let from_env = std::env::var("TZ").ok().and_then(|name| name.trim_start_matches(':').parse::<Tz>().ok());
    from_env.or_else(|| iana_time_zone::get_timezone().ok().and_then(|name| name.parse::<Tz>().ok())).unwrap_or(Tz::UTC)
}

/// Now, in the person's time zone.
pub fn now() -> DateTime<Tz> {
    Utc::now().with_timezone(&local_zone())
}
