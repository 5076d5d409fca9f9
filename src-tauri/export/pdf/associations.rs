//! The line of page one that names Insights' clearest differences: the same associations, from
//! the same function, that the person sees on the Insights screen.

use crate::domain::insights::{FactorAssociation, FactorGroup};
use crate::domain::vocabulary::{BetterFactor, BodySite, PainQuality, WorseFactor};

use super::plain;

/// How many clear differences page one names: the largest, so the line stays one line or two.
const CLEAR_DIFFERENCES_SHOWN: usize = 3;

/// The largest clear differences of Insights, as one line: "Goes with more pain (average on
/// days with vs without; 95% interval leaves out 0): Sitting 6.1 vs 4.0 (12 / 30 days); ...".
pub(super) fn clear_differences(associations: &[FactorAssociation]) -> Option<String> {
    let clear: Vec<String> = associations
        .iter()
        .filter(|a| a.noteworthy)
        .take(CLEAR_DIFFERENCES_SHOWN)
        .map(|a| format!("{} {:.1} vs {:.1} ({} / {} days)", factor_label(a), a.with_average, a.without_average, a.with_days, a.without_days))
        .collect();
    (!clear.is_empty()).then(|| {
        format!("Clear differences in pain, days with vs without (95% interval leaves out 0; association, not cause): {}.", clear.join("; "))
    })
}

fn factor_label(a: &FactorAssociation) -> String {
    let name = a.name.as_str();
    match a.group {
        FactorGroup::Worse => format!("worse with {}", WorseFactor::from_wire(name).map_or_else(|| plain(name), |w| w.label().to_lowercase())),
        FactorGroup::Better => format!("helped by {}", BetterFactor::from_wire(name).map_or_else(|| plain(name), |b| b.label().to_lowercase())),
        FactorGroup::Quality => format!("felt {}", PainQuality::from_wire(name).map_or_else(|| plain(name), |q| q.label().to_lowercase())),
        FactorGroup::Site => BodySite::from_wire(name).map_or_else(|| plain(name), |b| b.label().to_owned()),
        FactorGroup::Medication => format!("took {name}"),
        FactorGroup::Sleep => format!("{name} sleep the night before"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::Interval;

    fn association(group: FactorGroup, name: &str, noteworthy: bool) -> FactorAssociation {
        FactorAssociation {
            group,
            name: name.into(),
            with_days: 12,
            without_days: 30,
            with_average: 6.1,
            without_average: 4.0,
            difference: 2.1,
            interval: Interval { low: 1.2, high: 3.0 },
            noteworthy,
        }
    }

    #[test]
    fn page_one_names_only_the_clear_differences_of_insights() {
        let line = clear_differences(&[association(FactorGroup::Worse, "sitting", true), association(FactorGroup::Better, "heat", false)])
            .expect("one clear difference");
        assert!(line.contains("worse with sitting 6.1 vs 4.0 (12 / 30 days)"), "{line}");
        assert!(!line.contains("heat"), "a difference whose interval takes in 0 is left out: {line}");
        assert!(line.contains("association, not cause"));
        assert_eq!(clear_differences(&[association(FactorGroup::Site, "buttock_left", false)]), None, "no line without a clear one");
    }
}
