//! The line of page one that names Insights' clearest differences: the same associations, from
//! the same function, that the person sees on the Insights screen.

use crate::domain::insights::{FactorAssociation, FactorGroup};
use crate::domain::vocabulary::{BetterFactor, BodySite, PainQuality, WorseFactor};

use super::plain;
use crate::t;

/// How many clear differences page one names: the largest, so the line stays one line or two.
const CLEAR_DIFFERENCES_SHOWN: usize = 3;

/// The largest clear differences of Insights, as one line: "Clear differences in pain, days with
/// vs without (...): worse with sitting 6.1 vs 4.0 (12 / 30 days); ...", in the report's language.
pub(super) fn clear_differences(associations: &[FactorAssociation]) -> Option<String> {
    let clear: Vec<String> = associations
        .iter()
        .filter(|a| a.noteworthy)
        .take(CLEAR_DIFFERENCES_SHOWN)
        .map(|a| {
            t!(
                "report-clear-difference",
                factor = factor_label(a),
                with = format!("{:.1}", a.with_average),
                without = format!("{:.1}", a.without_average),
                with_days = a.with_days,
                without_days = a.without_days
            )
        })
        .collect();
    (!clear.is_empty()).then(|| t!("report-clear-differences", list = clear.join("; ")))
}

fn factor_label(a: &FactorAssociation) -> String {
    let name = a.name.as_str();
    match a.group {
        FactorGroup::Worse => {
            t!("report-factor-worse", name = WorseFactor::from_wire(name).map_or_else(|| plain(name), |w| w.text().to_lowercase()))
        }
        FactorGroup::Better => {
            t!("report-factor-better", name = BetterFactor::from_wire(name).map_or_else(|| plain(name), |b| b.text().to_lowercase()))
        }
        FactorGroup::Quality => {
            t!("report-factor-quality", name = PainQuality::from_wire(name).map_or_else(|| plain(name), |q| q.text().to_lowercase()))
        }
        FactorGroup::Site => BodySite::from_wire(name).map_or_else(|| plain(name), |b| b.text()),
        FactorGroup::Medication => t!("report-factor-medication", name = name),
        FactorGroup::Sleep => t!("report-factor-sleep", band = name),
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

    #[test]
    fn a_spanish_report_names_its_clear_differences_in_spanish() {
        let line = crate::i18n::scoped(crate::i18n::Language::Es, || {
            clear_differences(&[association(FactorGroup::Sleep, "poor", true), association(FactorGroup::Medication, "Ibuprofen", true)])
        })
        .expect("two clear differences");
        assert!(line.starts_with("Diferencias claras en el dolor"), "the line's frame is Spanish: {line}");
        assert!(line.contains("mal sueño la noche anterior 6.1 frente a 4.0 (12 / 30 días)"), "a sleep band is a Spanish phrase: {line}");
        assert!(line.contains("tomó Ibuprofen"), "a medication keeps the name the person gave it: {line}");
    }

    #[test]
    fn an_english_sleep_band_reads_as_before() {
        let line = crate::i18n::scoped(crate::i18n::Language::En, || clear_differences(&[association(FactorGroup::Sleep, "poor", true)]))
            .expect("one clear difference");
        assert!(line.contains("poor sleep the night before 6.1 vs 4.0 (12 / 30 days)"), "{line}");
    }
}
