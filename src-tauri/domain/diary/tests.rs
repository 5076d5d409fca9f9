//! Rules of a pain entry, read as sentences.

use super::*;
use chrono::TimeZone;
use chrono_tz::Tz;

const MED: &str = "0b0f4e8a-5a52-4c61-9c1e-3f3f3e3c6a11";

fn london_at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Tz> {
    let zone: Tz = "Europe/London".parse().unwrap_or(Tz::UTC);
    zone.with_ymd_and_hms(y, m, d, h, min, 0).earliest().expect("valid test time")
}

fn check(draft: &PainEntryDraft, now: DateTime<Tz>) -> Result<PainDetails, ValidationErrors> {
    let known = [Uuid::parse_str(MED).unwrap_or_default()];
    validate(draft, &DiaryContext { now, known_medications: &known })
}

fn quick(intensity: f64) -> PainEntryDraft {
    PainEntryDraft { intensity: Some(intensity), ..Default::default() }
}

fn rejection(draft: &PainEntryDraft, field: &str) -> String {
    let now = london_at(2026, 3, 14, 9, 0);
    let errors = check(draft, now).err().unwrap_or_else(|| panic!("expected {field} to be rejected"));
    errors.message_for(field).unwrap_or_else(|| panic!("no message for {field}: {errors:?}")).to_owned()
}

#[test]
fn a_number_alone_is_a_complete_entry_logged_now() {
    let now = london_at(2026, 3, 14, 9, 0);
    let details = check(&quick(4.0), now).expect("the entry is valid");
    assert_eq!(details.intensity, 4);
    assert_eq!(details.occurred_at, now.fixed_offset(), "no time given means now");
    assert_eq!(details.day.to_string(), "2026-03-14");
    assert_eq!(details.time_zone, "Europe/London");
}

#[test]
fn intensity_is_required() {
    let message = rejection(&PainEntryDraft::default(), "intensity");
    assert!(message.contains("0 to 10"));
}

#[test]
fn intensity_outside_zero_to_ten_is_rejected() {
    assert!(rejection(&quick(11.0), "intensity").contains("from 0 to 10"));
    assert!(rejection(&quick(-1.0), "intensity").contains("from 0 to 10"));
}

#[test]
fn intensity_that_is_not_a_whole_number_is_rejected() {
    assert!(rejection(&quick(4.5), "intensity").contains("whole number"));
    assert!(rejection(&quick(f64::NAN), "intensity").contains("whole number"));
}

#[test]
fn both_ends_of_the_scale_are_accepted() {
    let now = london_at(2026, 3, 14, 9, 0);
    assert!(check(&quick(0.0), now).is_ok(), "no pain at all is worth logging");
    assert!(check(&quick(10.0), now).is_ok());
}

#[test]
fn a_time_in_the_future_is_rejected() {
    let draft = PainEntryDraft { occurred_at: Some("2026-03-14T09:05".into()), ..quick(3.0) };
    assert!(rejection(&draft, "occurredAt").contains("future"));
}

#[test]
fn the_current_minute_is_not_the_future() {
    let now = london_at(2026, 3, 14, 9, 0) + chrono::Duration::seconds(40);
    let draft = PainEntryDraft { occurred_at: Some("2026-03-14T09:00".into()), ..quick(3.0) };
    assert!(check(&draft, now).is_ok());
}

#[test]
fn a_back_dated_entry_keeps_its_own_day() {
    let now = london_at(2026, 3, 14, 9, 0);
    let draft = PainEntryDraft { occurred_at: Some("2026-03-12T22:15".into()), ..quick(6.0) };
    let details = check(&draft, now).expect("the entry is valid");
    assert_eq!(details.day.to_string(), "2026-03-12");
    assert_eq!(details.occurred_at.to_rfc3339(), "2026-03-12T22:15:00+00:00");
}

#[test]
fn a_garbled_time_is_rejected() {
    let draft = PainEntryDraft { occurred_at: Some("yesterday-ish".into()), ..quick(3.0) };
    assert!(rejection(&draft, "occurredAt").contains("date and time"));
}

#[test]
fn a_time_skipped_by_the_spring_dst_change_moves_to_the_first_valid_minute() {
    // In London, 01:00-02:00 on 2026-03-29 does not exist.
    let now = london_at(2026, 3, 29, 12, 0);
    let draft = PainEntryDraft { occurred_at: Some("2026-03-29T01:30".into()), ..quick(3.0) };
    let details = check(&draft, now).expect("the entry is valid");
    assert_eq!(details.occurred_at.to_rfc3339(), "2026-03-29T02:00:00+01:00");
    assert_eq!(details.day.to_string(), "2026-03-29");
}

#[test]
fn a_time_that_happens_twice_in_autumn_takes_the_first() {
    let now = london_at(2026, 10, 25, 12, 0);
    let draft = PainEntryDraft { occurred_at: Some("2026-10-25T01:30".into()), ..quick(3.0) };
    let details = check(&draft, now).expect("the entry is valid");
    assert_eq!(details.occurred_at.to_rfc3339(), "2026-10-25T01:30:00+01:00", "the BST reading comes first");
}

#[test]
fn the_day_is_the_local_date_not_the_utc_date() {
    let zone: Tz = "America/New_York".parse().unwrap_or(Tz::UTC);
    let now = zone.with_ymd_and_hms(2026, 6, 1, 23, 45, 0).earliest().expect("valid");
    let details = check(&quick(2.0), now).expect("the entry is valid");
    assert_eq!(details.day.to_string(), "2026-06-01", "in UTC it is already 2 June");
}

#[test]
fn an_unknown_location_is_rejected_by_name() {
    let draft = PainEntryDraft { sites: vec!["buttock_left".into(), "elbow".into()], ..quick(3.0) };
    assert!(rejection(&draft, "sites").contains("\"elbow\""));
}

#[test]
fn unknown_factors_are_rejected_on_their_own_fields() {
    let draft = PainEntryDraft { worse: vec!["gardening".into()], better: vec!["chocolate".into()], ..quick(3.0) };
    assert!(rejection(&draft, "worse").contains("gardening"));
    assert!(rejection(&draft, "better").contains("chocolate"));
}

#[test]
fn lists_are_kept_in_vocabulary_order_without_repeats() {
    let now = london_at(2026, 3, 14, 9, 0);
    let draft = PainEntryDraft { sites: vec!["hip_right".into(), "lower_back_left".into(), "hip_right".into()], ..quick(3.0) };
    let details = check(&draft, now).expect("the entry is valid");
    assert_eq!(details.sites, vec![BodySite::LowerBackLeft, BodySite::HipRight]);
}

#[test]
fn a_note_over_the_limit_is_rejected_and_one_at_the_limit_is_kept() {
    let long = PainEntryDraft { note: Some("é".repeat(NOTE_MAX_CHARS + 1)), ..quick(3.0) };
    assert!(rejection(&long, "note").contains("4000"));
    let now = london_at(2026, 3, 14, 9, 0);
    let exact = PainEntryDraft { note: Some("é".repeat(NOTE_MAX_CHARS)), ..quick(3.0) };
    assert!(check(&exact, now).is_ok(), "the limit counts characters, not bytes");
}

#[test]
fn optional_scales_are_checked_like_intensity() {
    let draft = PainEntryDraft { sleep_quality: Some(12.0), interference: Some(2.5), ..quick(3.0) };
    assert!(rejection(&draft, "sleepQuality").contains("0 to 10"));
    assert!(rejection(&draft, "interference").contains("whole number"));
}

#[test]
fn medications_must_come_from_the_persons_list() {
    let draft =
        PainEntryDraft { medications: vec![MedicationDoseDraft { medication_id: Uuid::new_v4().to_string(), dose: "1".into() }], ..quick(3.0) };
    assert!(rejection(&draft, "medications").contains("list"));
}

#[test]
fn a_full_entry_keeps_every_detail() {
    let now = london_at(2026, 3, 14, 9, 0);
    let draft = PainEntryDraft {
        occurred_at: Some("2026-03-14T07:30".into()),
        intensity: Some(5.0),
        sites: vec!["buttock_right".into(), "below_knee_right".into()],
        leg_radiation: Some("right".into()),
        qualities: vec!["shooting".into()],
        worse: vec!["sitting".into()],
        better: vec!["heat".into()],
        medications: vec![MedicationDoseDraft { medication_id: MED.into(), dose: " 400 mg ".into() }],
        sleep_quality: Some(4.0),
        interference: Some(6.0),
        mood: Some("low".into()),
        note: Some("  Worse after the drive. ".into()),
        for_surgeon: Some(true),
    };
    let details = check(&draft, now).expect("the entry is valid");
    assert_eq!(details.leg_radiation, Some(LegRadiation::Right));
    assert_eq!(details.medications[0].dose, "400 mg");
    assert_eq!(details.mood, Some(Mood::Low));
    assert_eq!(details.note, "Worse after the drive.");
    assert!(details.for_surgeon);
}

#[test]
fn every_problem_is_reported_at_once() {
    let draft =
        PainEntryDraft { intensity: Some(42.0), mood: Some("grumpy".into()), occurred_at: Some("2030-01-01T00:00".into()), ..Default::default() };
    let now = london_at(2026, 3, 14, 9, 0);
    let errors = check(&draft, now).err().unwrap_or_default();
    let fields: Vec<_> = errors.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["occurredAt", "intensity", "mood"]);
}

#[test]
fn a_spanish_reader_is_told_in_spanish_what_is_wrong_with_an_entry() {
    use crate::i18n::{scoped, Language};
    let message = scoped(Language::Es, || rejection(&quick(11.0), "intensity"));
    assert_eq!(message, "El nivel de dolor tiene que estar entre 0 y 10.", "the whole sentence comes from the Spanish catalog");
    let note = scoped(Language::Es, || rejection(&PainEntryDraft { note: Some("x".repeat(NOTE_MAX_CHARS + 1)), ..quick(3.0) }, "note"));
    assert_eq!(note, "Las notas pueden tener hasta 4000 caracteres. Esta tiene 4001.", "numbers are filled in as written, with no separators");
}

#[test]
fn an_english_reader_keeps_the_exact_words_the_entry_form_always_showed() {
    use crate::i18n::{scoped, Language};
    let (range, whole, word) = scoped(Language::En, || {
        (
            rejection(&quick(11.0), "intensity"),
            rejection(&PainEntryDraft { sleep_quality: Some(2.5), ..quick(3.0) }, "sleepQuality"),
            rejection(&PainEntryDraft { sites: vec!["elbow".into()], ..quick(3.0) }, "sites"),
        )
    });
    assert_eq!(range, "Pain level must be from 0 to 10.");
    assert_eq!(whole, "Sleep must be a whole number from 0 to 10.", "the scale's name and the rest are one sentence");
    assert_eq!(word, "\"elbow\" is not a place on the body BackTrack knows.");
}
