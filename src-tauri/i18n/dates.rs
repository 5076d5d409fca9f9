//! Dates and times written the way each language's US readers expect: "Dec 7, 2026" and
//! "8:00 PM" in English, "7 dic 2026" and "8:00 p.m." in Spanish (the same forms the window's
//! `Intl` gives for en-US and es-US). The words come from the `dates` catalog.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::{message, FluentArgs};

/// How much of a date to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// "Dec 7, 2026" / "7 dic 2026"
    Medium,
    /// "December 7, 2026" / "7 de diciembre de 2026"
    Long,
    /// "Mon, Dec 7" / "lun, 7 de dic": a day of this year, with its weekday.
    WeekdayShort,
}

/// `date` in the current language.
pub fn format_date(date: NaiveDate, style: DateStyle) -> String {
    let month = date.month();
    let mut args = FluentArgs::new();
    args.set("day", date.day().to_string());
    args.set("year", date.year().to_string());
    args.set("month", message(&format!("month-{month}"), None));
    args.set("month_short", message(&format!("month-short-{month}"), None));
    let weekday = date.weekday().number_from_monday();
    args.set("weekday_short", message(&format!("weekday-short-{weekday}"), None));
    let id = match style {
        DateStyle::Medium => "date-medium",
        DateStyle::Long => "date-long",
        DateStyle::WeekdayShort => "date-weekday-short",
    };
    message(id, Some(&args))
}

/// The weekday's name ("Monday" / "lunes"), 1 = Monday.
pub fn weekday_name(number_from_monday: u32) -> String {
    message(&format!("weekday-{number_from_monday}"), None)
}

/// `time` on the 12-hour clock both languages use in the US: "8:05 PM" / "8:05 p.m.".
pub fn format_time(time: NaiveTime) -> String {
    let (pm, hour) = time.hour12();
    let mut args = FluentArgs::new();
    args.set("hour", hour.to_string());
    args.set("minute", format!("{:02}", time.minute()));
    args.set("period", message(if pm { "time-pm" } else { "time-am" }, None));
    message("time-short", Some(&args))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{scoped, Language};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).expect("a real day")
    }

    #[test]
    fn english_dates_and_times_read_as_in_the_us() {
        scoped(Language::En, || {
            assert_eq!(format_date(day(), DateStyle::Medium), "Dec 7, 2026");
            assert_eq!(format_date(day(), DateStyle::Long), "December 7, 2026");
            assert_eq!(format_date(day(), DateStyle::WeekdayShort), "Mon, Dec 7");
            let evening = NaiveTime::from_hms_opt(20, 5, 0).expect("a time");
            assert_eq!(format_time(evening), "8:05 PM", "US readers see the 12-hour clock, not 20:05");
            assert_eq!(format_time(NaiveTime::MIN), "12:00 AM", "midnight is 12 AM, not 0");
        });
    }

    #[test]
    fn spanish_dates_and_times_read_as_in_the_us() {
        scoped(Language::Es, || {
            assert_eq!(format_date(day(), DateStyle::Medium), "7 dic 2026");
            assert_eq!(format_date(day(), DateStyle::Long), "7 de diciembre de 2026");
            assert_eq!(format_date(day(), DateStyle::WeekdayShort), "lun, 7 de dic");
            let noon = NaiveTime::from_hms_opt(12, 30, 0).expect("a time");
            assert_eq!(format_time(noon), "12:30 p.m.", "Spanish in the US keeps the 12-hour clock");
            assert_eq!(weekday_name(7), "domingo");
        });
    }
}
