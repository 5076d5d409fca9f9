//! How the window looks, as the person set it on the Settings screen: its colours and its text
//! size. Both are kept in the diary (and so in its backups); the window also remembers the last
//! ones it applied, so the unlock screen of a locked diary looks the same.
//!
//! Invariant: only the choices below are ever stored; anything else is refused, unchanged.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::AppError;
use crate::store::{self, Setting};

/// The window's colours. `System` follows the desktop's light or dark setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Theme {
    System,
    Light,
    Dark,
    /// Black on white with strong edges, for low vision.
    Contrast,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::System, Theme::Light, Theme::Dark, Theme::Contrast];

    fn word(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Contrast => "contrast",
        }
    }

    fn from_word(word: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.word() == word)
    }
}

/// The text sizes a person can choose, in percent of the system's own text size.
pub const TEXT_SIZES: [u16; 5] = [100, 125, 150, 175, 200];

/// The colours and the text size together, as the Settings screen shows and saves them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Appearance {
    pub theme: Theme,
    /// Percent of the system's text size; one of [`TEXT_SIZES`].
    pub text_size: u16,
}

impl Default for Appearance {
    fn default() -> Self {
        Appearance { theme: Theme::System, text_size: 100 }
    }
}

/// The stored appearance; a choice never made (or no longer offered) reads as the default.
pub fn appearance(conn: &Connection) -> Result<Appearance, AppError> {
    let default = Appearance::default();
    let theme = store::get_setting(conn, Setting::Theme)?.as_deref().and_then(Theme::from_word).unwrap_or(default.theme);
    let text_size = store::get_setting(conn, Setting::TextSize)?
        .and_then(|text| text.parse().ok())
        .filter(|size| TEXT_SIZES.contains(size))
        .unwrap_or(default.text_size);
    Ok(Appearance { theme, text_size })
}

/// Stores both choices in one transaction, after checking the text size is one offered.
pub fn set_appearance(conn: &mut Connection, chosen: Appearance) -> Result<Appearance, AppError> {
    if !TEXT_SIZES.contains(&chosen.text_size) {
        return Err(AppError::field("textSize", crate::t!("settings-text-size-range")));
    }
    let tx = conn.transaction().map_err(store::StoreError::from)?;
    store::set_setting(&tx, Setting::Theme, chosen.theme.word())?;
    store::set_setting(&tx, Setting::TextSize, &chosen.text_size.to_string())?;
    tx.commit().map_err(store::StoreError::from)?;
    appearance(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diary() -> Connection {
        store::open(std::path::Path::new(":memory:")).expect("a diary in memory opens")
    }

    #[test]
    fn a_new_diary_follows_the_system_at_its_text_size() {
        assert_eq!(appearance(&diary()).expect("reads"), Appearance { theme: Theme::System, text_size: 100 });
    }

    #[test]
    fn every_theme_and_size_is_kept() {
        let mut conn = diary();
        for theme in Theme::ALL {
            for text_size in TEXT_SIZES {
                let chosen = Appearance { theme, text_size };
                assert_eq!(set_appearance(&mut conn, chosen).expect("saves"), chosen, "{chosen:?} reads back as saved");
            }
        }
    }

    #[test]
    fn a_size_not_offered_is_refused_and_changes_nothing() {
        let mut conn = diary();
        let before = set_appearance(&mut conn, Appearance { theme: Theme::Dark, text_size: 150 }).expect("saves");
        let error = set_appearance(&mut conn, Appearance { theme: Theme::Light, text_size: 130 }).expect_err("130% is not offered");
        assert!(matches!(&error, AppError::Validation { fields, .. } if fields[0].field == "textSize"), "{error:?}");
        assert_eq!(appearance(&conn).expect("reads"), before, "the refused choice left the theme too");
    }

    #[test]
    fn a_stored_word_from_elsewhere_reads_as_the_default() {
        let conn = diary();
        store::set_setting(&conn, Setting::Theme, "sepia").expect("the schema allows any short value");
        store::set_setting(&conn, Setting::TextSize, "900").expect("stored");
        assert_eq!(appearance(&conn).expect("reads"), Appearance::default());
    }
}
