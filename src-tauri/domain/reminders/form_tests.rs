//! The reminder form's checks (`validate_rule`), read as sentences, and the first-run offer.

use super::tests::{hm, rule};
use super::*;

fn draft(times: &[&str], weekdays: &[&str]) -> ReminderRuleDraft {
    ReminderRuleDraft {
        kind: ReminderKind::Diary,
        times: times.iter().map(|t| (*t).to_owned()).collect(),
        weekdays: weekdays.iter().map(|d| (*d).to_owned()).collect(),
        enabled: None,
    }
}

fn errors_of(draft: &ReminderRuleDraft, others: &[ReminderRule]) -> ValidationErrors {
    match validate_rule(draft, others) {
        Ok(details) => panic!("expected a rejection, got {details:?}"),
        Err(errors) => errors,
    }
}

#[test]
fn a_valid_draft_is_accepted_sorted_and_enabled_by_default() {
    let details = validate_rule(&draft(&["18:00", " 08:30"], &["fri", "Mon", "monday"]), &[]).expect("the rule is valid");
    assert_eq!(details.times, vec![hm("08:30"), hm("18:00")], "times are stored ascending");
    assert_eq!(details.weekdays, vec![Weekday::Mon, Weekday::Fri], "weekdays are stored Monday first, once each");
    assert!(details.enabled, "a new reminder is on unless switched off");
    let rule = details.into_rule(Uuid::from_u128(7));
    assert_eq!(rule.id, Uuid::from_u128(7));
}

#[test]
fn an_empty_weekday_set_is_rejected() {
    let errors = errors_of(&draft(&["08:30"], &[]), &[]);
    assert_eq!(errors.message_for("weekdays"), Some("Choose at least one day of the week."));
}

#[test]
fn an_unknown_weekday_is_rejected() {
    let errors = errors_of(&draft(&["08:30"], &["Funday"]), &[]);
    assert!(errors.message_for("weekdays").is_some_and(|m| m.contains("Funday")), "the message names the bad word");
}

#[test]
fn a_rule_without_a_time_is_rejected() {
    let errors = errors_of(&draft(&[], &["mon"]), &[]);
    assert_eq!(errors.message_for("times"), Some("Add at least one time of day."));
}

#[test]
fn malformed_times_are_rejected() {
    for bad in ["24:00", "23:60", "8:30", "08.30", "08:30:00", "", "ab:cd", "+8:30"] {
        let errors = errors_of(&draft(&[bad], &["mon"]), &[]);
        assert!(errors.message_for("times").is_some(), "{bad:?} is not HH:MM from 00:00 to 23:59");
    }
    assert!(validate_rule(&draft(&["00:00", "23:59"], &["mon"]), &[]).is_ok(), "both ends of the day are allowed");
}

#[test]
fn a_time_listed_twice_in_one_rule_is_rejected() {
    let errors = errors_of(&draft(&["08:30", "08:30"], &["mon"]), &[]);
    assert_eq!(errors.message_for("times"), Some("8:30 AM is listed twice."));
}

#[test]
fn a_time_used_by_another_enabled_rule_of_the_same_kind_on_a_shared_day_is_rejected() {
    let other = ReminderRule { id: Uuid::from_u128(2), ..rule(&["08:30"], &[Weekday::Mon, Weekday::Tue]) };
    let errors = errors_of(&draft(&["08:30"], &["tue", "wed"]), &[other]);
    assert!(errors.message_for("times").is_some_and(|m| m.contains("8:30 AM")), "two diary reminders at 8:30 AM on Tuesday would double up");
}

#[test]
fn the_same_time_is_fine_when_the_other_rule_cannot_clash() {
    let base = ReminderRule { id: Uuid::from_u128(2), ..rule(&["08:30"], &[Weekday::Mon]) };
    let other_days = base.clone();
    assert!(validate_rule(&draft(&["08:30"], &["tue"]), &[other_days]).is_ok(), "no shared weekday");
    let workout = ReminderRule { kind: ReminderKind::Workout, ..base.clone() };
    assert!(validate_rule(&draft(&["08:30"], &["mon"]), &[workout]).is_ok(), "a workout reminder may share a diary reminder's time");
    let switched_off = ReminderRule { enabled: false, ..base.clone() };
    assert!(validate_rule(&draft(&["08:30"], &["mon"]), &[switched_off]).is_ok(), "a disabled rule never fires");
    let disabled_draft = ReminderRuleDraft { enabled: Some(false), ..draft(&["08:30"], &["mon"]) };
    assert!(validate_rule(&disabled_draft, &[base]).is_ok(), "a disabled draft is checked again when switched on");
}

#[test]
fn every_problem_is_reported_at_once() {
    let errors = errors_of(&draft(&["nine"], &[]), &[]);
    assert!(errors.message_for("times").is_some() && errors.message_for("weekdays").is_some(), "the form shows all mistakes together");
}

#[test]
fn a_rule_round_trips_through_json_with_three_letter_weekdays() {
    let rule = rule(&["08:30"], &[Weekday::Mon, Weekday::Sun]);
    let json = serde_json::to_value(&rule).expect("the value serialises");
    assert_eq!(json["weekdays"], serde_json::json!(["Mon", "Sun"]));
    assert_eq!(json["kind"], serde_json::json!("diary"));
    let back: ReminderRule = serde_json::from_value(json).expect("the JSON has the expected shape");
    assert_eq!(back, rule);
}

#[test]
fn the_suggested_reminders_leave_out_any_that_would_clash_with_the_persons_own() {
    assert_eq!(fitting_defaults(&[]), default_rules(), "with no rules, both suggestions fit");
    // The person already has a diary reminder at 20:00 on Sundays: the evening check-in clashes.
    let mut own = rule(&["20:00"], &[Weekday::Sun]);
    let kinds = |rules: Vec<ReminderRuleDetails>| rules.into_iter().map(|r| r.kind).collect::<Vec<_>>();
    assert_eq!(kinds(fitting_defaults(std::slice::from_ref(&own))), vec![ReminderKind::Workout]);
    // A rule switched off takes no time, so nothing clashes with it.
    own.enabled = false;
    assert_eq!(kinds(fitting_defaults(&[own])), vec![ReminderKind::Diary, ReminderKind::Workout]);
}

#[test]
fn a_stored_rule_written_back_as_a_form_passes_its_own_check() {
    let stored = rule(&["08:30", "20:00"], &[Weekday::Mon, Weekday::Thu]);
    let details = validate_rule(&stored.as_draft(false), &[]).expect("the rule is valid");
    assert_eq!((details.times, details.weekdays, details.enabled), (stored.times.clone(), stored.weekdays.clone(), false));
}
