//! Decisions about a level, ready to store: accepting or declining a suggestion the person saw,
//! and a level chosen by hand. Both faces that decide (the window and, later, the command line)
//! build the change here, so the stored reason and stamp follow one rule.

use chrono::{DateTime, FixedOffset};

use crate::domain::program::exercise::{Catalog, ExerciseFamily, Level};
use crate::domain::program::suggestions::{Decision, Direction, FamilyLevel, NewLevelChange, Suggestion};
use crate::domain::validation::ValidationErrors;

/// Why a decision on a suggestion cannot be taken as sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaleSuggestion {
    /// No suggestion for that family and direction is waiting any more.
    Gone,
    /// One is waiting, but it offers another level than the one the person saw.
    Changed,
}

/// The suggestion for `family_id` in `direction` that is still waiting, provided it still
/// offers `to_level`: a screen that was open while the diary changed must not move a level the
/// app no longer suggests.
pub fn waiting_suggestion<'a>(
    waiting: &'a [Suggestion],
    family_id: &str,
    direction: Direction,
    to_level: Option<Level>,
) -> Result<&'a Suggestion, StaleSuggestion> {
    let suggestion = waiting.iter().find(|s| s.family_id == family_id && s.direction == direction).ok_or(StaleSuggestion::Gone)?;
    if suggestion.to_level == to_level {
        Ok(suggestion)
    } else {
        Err(StaleSuggestion::Changed)
    }
}

impl NewLevelChange {
    /// The person's answer to a suggestion. The reason kept is the app's own sentence and data.
    pub fn answering(suggestion: &Suggestion, accept: bool, decided_at: DateTime<FixedOffset>) -> Self {
        NewLevelChange {
            family_id: suggestion.family_id.clone(),
            from_level: suggestion.from_level,
            to_level: suggestion.to_level,
            day: decided_at.date_naive(),
            direction: suggestion.direction,
            reason: suggestion.message.clone(),
            reason_data: Some(suggestion.reason.clone()),
            decided: if accept { Decision::Accepted } else { Decision::Declined },
            decided_at,
        }
    }

    /// A level the person chose by hand, already checked by [`validate_level_choice`].
    pub fn chosen(family: &ExerciseFamily, from: Level, to: Level, decided_at: DateTime<FixedOffset>) -> Self {
        NewLevelChange {
            family_id: family.id.clone(),
            from_level: from,
            to_level: Some(to),
            day: decided_at.date_naive(),
            direction: Direction::Manual,
            reason: manual_change_reason(&family.name, from, to),
            reason_data: None,
            decided: Decision::Accepted,
            decided_at,
        }
    }
}

/// The sentence kept with a level the person chose by hand, in the language in force when it
/// was chosen.
pub fn manual_change_reason(family_name: &str, from: Level, to: Level) -> String {
    crate::t!("program-moved-level", family = family_name, from = from.wire_name(), to = to.wire_name())
}

/// Checks a level the person picked by hand: the family must exist, have that level, and not
/// be at it already. Field names: `familyId`, `level`.
pub fn validate_level_choice<'a>(
    catalog: &'a Catalog,
    family_id: &str,
    level: &str,
    current: &[FamilyLevel],
) -> Result<(&'a ExerciseFamily, Level, Level), ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let family = catalog.family(family_id.trim());
    if family.is_none() {
        errors.push("familyId", crate::t!("program-unknown-family", family_id = family_id));
    }
    let chosen = Level::from_wire(level.trim());
    if chosen.is_none() {
        errors.push("level", crate::t!("program-not-a-level", level = level));
    }
    let (Some(family), Some(chosen)) = (family, chosen) else {
        return Err(errors);
    };
    if family.level(chosen).is_none() {
        errors.push("level", crate::t!("program-family-lacks-level", family = family.name.as_str(), level = chosen.wire_name()));
        return Err(errors);
    }
    let from = current.iter().find(|l| l.family_id == family.id).map_or(Level::Standard, |l| l.level);
    if from == chosen {
        errors.push("level", crate::t!("program-family-already-at-level", family = family.name.as_str(), level = chosen.wire_name()));
        return Err(errors);
    }
    Ok((family, from, chosen))
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::domain::program::progression::StepBackReason;
    use crate::domain::program::suggestions::SuggestionReason;

    fn step_back(family_id: &str, to_level: Option<Level>) -> Suggestion {
        Suggestion {
            family_id: family_id.to_owned(),
            family_name: "Squats".to_owned(),
            direction: Direction::StepBack,
            from_level: Level::Standard,
            to_level,
            message: "Your pain went up during squats.".to_owned(),
            reason: SuggestionReason::StepBack { reason: StepBackReason::AboveCeiling { during: 7, ceiling: 5 } },
        }
    }

    fn evening() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-03-14T21:30:00-07:00").expect("bad test time")
    }

    #[test]
    fn a_decision_must_name_the_suggestion_as_it_is_now() {
        let waiting = [step_back("squat", Some(Level::Modified))];
        assert_eq!(waiting_suggestion(&waiting, "squat", Direction::StepBack, Some(Level::Modified)), Ok(&waiting[0]));
        assert_eq!(waiting_suggestion(&waiting, "squat", Direction::StepBack, None), Err(StaleSuggestion::Changed));
        assert_eq!(waiting_suggestion(&waiting, "squat", Direction::StepUp, Some(Level::Modified)), Err(StaleSuggestion::Gone));
        assert_eq!(waiting_suggestion(&waiting, "bridge", Direction::StepBack, Some(Level::Modified)), Err(StaleSuggestion::Gone));
        assert_eq!(waiting_suggestion(&[], "squat", Direction::StepBack, Some(Level::Modified)), Err(StaleSuggestion::Gone));
    }

    #[test]
    fn an_answer_keeps_the_apps_reason_and_the_local_day() {
        let suggestion = step_back("squat", Some(Level::Modified));
        let declined = NewLevelChange::answering(&suggestion, false, evening());
        assert_eq!(declined.decided, Decision::Declined);
        assert_eq!(declined.reason, suggestion.message);
        assert_eq!(declined.reason_data, Some(suggestion.reason.clone()));
        assert_eq!(declined.resulting_level(), Level::Standard, "a declined step back leaves the level");
        // 21:30 in Los Angeles is already the next day in UTC: the day kept is the local one.
        assert_eq!(declined.day.to_string(), "2026-03-14");
        assert_eq!(NewLevelChange::answering(&suggestion, true, evening()).resulting_level(), Level::Modified);
    }
}
