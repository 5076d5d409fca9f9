//! Which language BackTrack speaks, and which one the surgeon's report is written in. Both are
//! kept in the diary (and its backups). "Same as my device" follows the system's language; the
//! report follows the app unless the person picks another, since a surgeon may read another
//! language than the patient.
//!
//! Invariant: only the choices below are ever stored; a stored word from elsewhere reads as the
//! default.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::AppError;
use crate::i18n::{self, Language};
use crate::store::{self, Setting};

/// The app's language as chosen on Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum LanguageChoice {
    /// The device's language (Spanish for any Spanish locale, else English).
    System,
    En,
    Es,
}

/// The report's language as chosen on Export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ReportLanguageChoice {
    /// Whatever the app speaks.
    App,
    En,
    Es,
}

/// Both choices, as Settings and Export save them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LanguageSettings {
    pub language: LanguageChoice,
    pub report_language: ReportLanguageChoice,
}

impl Default for LanguageSettings {
    fn default() -> Self {
        LanguageSettings { language: LanguageChoice::System, report_language: ReportLanguageChoice::App }
    }
}

/// The choices and what they come to on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LanguageView {
    pub settings: LanguageSettings,
    /// The language the app speaks now.
    pub in_use: Language,
    /// The language the report will be written in.
    pub report: Language,
    /// The device's own language.
    pub system: Language,
}

impl LanguageSettings {
    /// What the choices come to when the device speaks `system`.
    pub fn resolve(self, system: Language) -> LanguageView {
        let in_use = match self.language {
            LanguageChoice::System => system,
            LanguageChoice::En => Language::En,
            LanguageChoice::Es => Language::Es,
        };
        let report = match self.report_language {
            ReportLanguageChoice::App => in_use,
            ReportLanguageChoice::En => Language::En,
            ReportLanguageChoice::Es => Language::Es,
        };
        LanguageView { settings: self, in_use, report, system }
    }
}

fn choice_word(choice: LanguageChoice) -> &'static str {
    match choice {
        LanguageChoice::System => "system",
        LanguageChoice::En => "en",
        LanguageChoice::Es => "es",
    }
}

fn report_word(choice: ReportLanguageChoice) -> &'static str {
    match choice {
        ReportLanguageChoice::App => "app",
        ReportLanguageChoice::En => "en",
        ReportLanguageChoice::Es => "es",
    }
}

/// The stored choices; a choice never made (or not one BackTrack wrote) reads as the default.
pub fn language_settings(conn: &Connection) -> Result<LanguageSettings, AppError> {
    let default = LanguageSettings::default();
    let language = store::get_setting(conn, Setting::Language)?
        .and_then(|word| [LanguageChoice::System, LanguageChoice::En, LanguageChoice::Es].into_iter().find(|c| choice_word(*c) == word))
        .unwrap_or(default.language);
    let report_language = store::get_setting(conn, Setting::ReportLanguage)?
        .and_then(|word| {
            [ReportLanguageChoice::App, ReportLanguageChoice::En, ReportLanguageChoice::Es].into_iter().find(|c| report_word(*c) == word)
        })
        .unwrap_or(default.report_language);
    Ok(LanguageSettings { language, report_language })
}

/// The choices and what they come to, for a device that speaks `system`.
pub fn language_view(conn: &Connection, system: Language) -> Result<LanguageView, AppError> {
    Ok(language_settings(conn)?.resolve(system))
}

/// Stores both choices in one transaction. The face that asked then speaks `in_use` (see
/// [`i18n::set_current`]); this function leaves the process's language alone, so tests stay
/// independent.
pub fn set_language(conn: &mut Connection, chosen: LanguageSettings, system: Language) -> Result<LanguageView, AppError> {
    let tx = conn.transaction().map_err(store::StoreError::from)?;
    store::set_setting(&tx, Setting::Language, choice_word(chosen.language))?;
    store::set_setting(&tx, Setting::ReportLanguage, report_word(chosen.report_language))?;
    tx.commit().map_err(store::StoreError::from)?;
    language_view(conn, system)
}

/// Makes the process speak the diary's language (at start-up, after an unlock or a restore).
pub fn speak_diary_language(conn: &Connection) -> Result<Language, AppError> {
    let language = language_view(conn, Language::system())?.in_use;
    i18n::set_current(language);
    Ok(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diary() -> Connection {
        store::open(std::path::Path::new(":memory:")).expect("a diary in memory opens")
    }

    #[test]
    fn a_new_diary_follows_the_device_and_the_report_follows_the_app() {
        let view = language_view(&diary(), Language::Es).expect("reads");
        assert_eq!(view.settings, LanguageSettings::default());
        assert_eq!((view.in_use, view.report), (Language::Es, Language::Es), "a Spanish device gets Spanish everywhere");
    }

    #[test]
    fn the_report_can_speak_another_language_than_the_app() {
        let chosen = LanguageSettings { language: LanguageChoice::Es, report_language: ReportLanguageChoice::En };
        let view = chosen.resolve(Language::En);
        assert_eq!((view.in_use, view.report), (Language::Es, Language::En));
    }

    #[test]
    fn every_choice_is_kept() {
        let mut conn = diary();
        for language in [LanguageChoice::System, LanguageChoice::En, LanguageChoice::Es] {
            for report_language in [ReportLanguageChoice::App, ReportLanguageChoice::En, ReportLanguageChoice::Es] {
                let chosen = LanguageSettings { language, report_language };
                let view = set_language(&mut conn, chosen, Language::En).expect("saves");
                assert_eq!(view.settings, chosen, "{chosen:?} reads back as saved");
            }
        }
    }

    #[test]
    fn a_stored_word_from_elsewhere_reads_as_the_default() {
        let conn = diary();
        store::set_setting(&conn, Setting::Language, "fr").expect("the schema allows any short value");
        store::set_setting(&conn, Setting::ReportLanguage, "klingon").expect("stored");
        assert_eq!(language_settings(&conn).expect("reads"), LanguageSettings::default());
    }
}
