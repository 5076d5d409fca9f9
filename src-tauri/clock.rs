//! The one place the app reads the wall clock and the time zone. Rules never call this: the
//! commands pass its answer in, so tests can choose any moment and zone. The store's row
//! stamps (`created_at`, `updated_at`, `deleted_at`) and the reminder thread read it too.
//!
//! Debug builds can pin the clock: with `BACKTRACK_DEBUG_NOW` set to an RFC 3339 instant
//! (`2026-11-01T01:55:00-07:00`), the app's clock starts at that instant when the process first
//! reads it and runs on in real time from there, so an end-to-end test can meet a DST night or a
//! midnight at a moment it chooses. `INSTANT@REAL` (`2026-11-01T01:55:00-07:00@2026-12-02T18:00:00.250Z`)
//! says the clock showed INSTANT at the real moment REAL: every process started with the same
//! value shares one clock running on from there, so a test can restart the app without the clock
//! jumping back, and can turn the app's instants into real ones to the millisecond. Release
//! builds ignore the variable.

use std::sync::OnceLock;
use std::time::Instant;

use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;

/// The variable that pins a debug build's clock.
pub const DEBUG_NOW_VAR: &str = "BACKTRACK_DEBUG_NOW";

/// The person's IANA time zone: `TZ` when it names one (handy for tests and travel), else the
/// system's zone, else UTC.
pub fn local_zone() -> Tz {
    let from_env = std::env::var("TZ").ok().and_then(|name| name.trim_start_matches(':').parse::<Tz>().ok());
    from_env.or_else(|| iana_time_zone::get_timezone().ok().and_then(|name| name.parse::<Tz>().ok())).unwrap_or(Tz::UTC)
}

/// Now, as an instant.
pub fn utc_now() -> DateTime<Utc> {
    match pinned() {
        Some(pin) => pin.now(Instant::now()),
        None => Utc::now(),
    }
}

/// Now, in the person's time zone.
pub fn now() -> DateTime<Tz> {
    utc_now().with_timezone(&local_zone())
}

/// A clock that showed `at` at the real moment `since`.
#[derive(Debug, Clone, Copy)]
pub struct PinnedClock {
    at: DateTime<Utc>,
    since: Instant,
}

impl PinnedClock {
    /// Reads a pin read at `since`, when the real clock said `real_now`: `INSTANT` starts the
    /// clock at INSTANT then; `INSTANT@REAL` puts it where a clock that showed INSTANT at REAL
    /// has run on to. `None` for anything else.
    pub fn parse(text: &str, since: Instant, real_now: DateTime<Utc>) -> Option<Self> {
        let instant = |text: &str| DateTime::parse_from_rfc3339(text.trim()).ok().map(|at| at.with_timezone(&Utc));
        let at = match text.split_once('@') {
            None => instant(text)?,
            Some((pinned, real)) => pinned_since(instant(pinned)?, instant(real)?, real_now)?,
        };
        Some(PinnedClock { at, since })
    }

    /// The pinned clock's time at the real moment `real`: the pin plus the time since.
    pub fn now(&self, real: Instant) -> DateTime<Utc> {
        let elapsed = TimeDelta::from_std(real.saturating_duration_since(self.since)).unwrap_or(TimeDelta::zero());
        self.at.checked_add_signed(elapsed).unwrap_or(self.at)
    }
}

/// Where a clock that showed `pinned` at the real moment `real` stands when the real clock says
/// `real_now`.
fn pinned_since(pinned: DateTime<Utc>, real: DateTime<Utc>, real_now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    pinned.checked_add_signed(real_now.signed_duration_since(real))
}

/// The pin of this process, read once; always `None` in release builds.
fn pinned() -> Option<PinnedClock> {
    if !cfg!(debug_assertions) {
        return None;
    }
    static PIN: OnceLock<Option<PinnedClock>> = OnceLock::new();
    *PIN.get_or_init(|| {
        let text = std::env::var(DEBUG_NOW_VAR).ok()?;
        let pin = PinnedClock::parse(&text, Instant::now(), Utc::now());
        if pin.is_none() {
            tracing::warn!(value = %text, "{DEBUG_NOW_VAR} is not an RFC 3339 instant; the real clock is used");
        }
        pin
    })
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_pinned_clock_starts_at_its_instant_and_runs_on_in_real_time() {
        let start = Instant::now();
        let pin = PinnedClock::parse("2026-11-01T01:55:00-07:00", start, Utc::now()).expect("a valid pin");
        assert_eq!(pin.now(start).to_rfc3339(), "2026-11-01T08:55:00+00:00", "the pin's offset is kept as an instant");
        let later = start + Duration::from_secs(10 * 60);
        assert_eq!(pin.now(later).to_rfc3339(), "2026-11-01T09:05:00+00:00", "ten real minutes later, across the fall-back hour");
    }

    #[test]
    fn a_pin_with_its_real_moment_runs_on_from_that_moment_not_from_the_start_of_the_process() {
        let start = Instant::now();
        let real_now = DateTime::parse_from_rfc3339("2026-12-02T18:00:40Z").expect("a valid instant").with_timezone(&Utc);
        let pin = PinnedClock::parse("2026-03-29T00:59:20Z@2026-12-02T18:00:00Z", start, real_now).expect("a valid pin");
        assert_eq!(pin.now(start).to_rfc3339(), "2026-03-29T01:00:00+00:00", "forty real seconds after the pin was set");
        let later = start + Duration::from_secs(60);
        assert_eq!(pin.now(later).to_rfc3339(), "2026-03-29T01:01:00+00:00", "and on in real time");
    }

    #[test]
    fn a_pin_that_is_not_an_instant_is_not_used() {
        let texts = ["", "2026-11-01", "01:55", "tomorrow", "2026-11-01T01:55:00", "2026-11-01T01:55:00Z@", "@2026-11-01T01:55:00Z"];
        for text in texts {
            assert!(PinnedClock::parse(text, Instant::now(), Utc::now()).is_none(), "{text:?} names no instant");
        }
    }
}
