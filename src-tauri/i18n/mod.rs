//! Rust's own words in the person's language: validation messages, reminders, the surgeon's
//! report and the command line all come from the Fluent catalogs in `assets/locales/<lang>/`,
//! embedded at build time. No user-facing sentence is written in Rust code; it names a message.
//!
//! The language in force is process-wide, like the clock in `clock.rs`: the window sets it
//! from the diary's setting (or the system's language), the CLI from the system. A piece of
//! work that needs another language (the report in the surgeon's language, a test) runs inside
//! [`scoped`], which overrides it on that thread only.
//!
//! Invariant: every catalog file exists in every language with the same message ids; a test
//! checks it, and another checks that every id named in the code exists.

mod catalogs;
pub mod dates;

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use fluent_bundle::{FluentArgs, FluentValue};

/// A language BackTrack is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Language {
    En,
    Es,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::En, Language::Es];

    /// The short code kept in the diary and used in file names: `en`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
        }
    }

    /// The locale whose conventions BackTrack follows: US English, and Spanish as written in
    /// the US (which, unlike Spain's, keeps the decimal point and the 12-hour clock).
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en-US",
            Language::Es => "es-US",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|language| language.code() == code)
    }

    /// The language for a locale name such as `es_MX.UTF-8`, `es-US` or `C`: Spanish for any
    /// Spanish locale, English for anything else.
    pub fn from_locale(locale: &str) -> Language {
        let primary = locale.split(['_', '-', '.', '@']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("es") {
            Language::Es
        } else {
            Language::En
        }
    }

    /// The system's language (on desktops, from `LC_ALL`, `LC_MESSAGES` and `LANG`).
    pub fn system() -> Language {
        sys_locale::get_locale().map(|locale| Language::from_locale(&locale)).unwrap_or(Language::En)
    }

    fn from_index(index: u8) -> Language {
        if index == 1 {
            Language::Es
        } else {
            Language::En
        }
    }

    fn index(self) -> u8 {
        match self {
            Language::En => 0,
            Language::Es => 1,
        }
    }
}

/// One value per language, made the first time that language asks for it: a parsed catalog,
/// the article library, the exercise catalog. A process that speaks one language makes one.
pub struct PerLanguage<T> {
    english: OnceLock<T>,
    spanish: OnceLock<T>,
}

impl<T> PerLanguage<T> {
    pub const fn new() -> Self {
        PerLanguage { english: OnceLock::new(), spanish: OnceLock::new() }
    }

    /// The value for `language`, made by `make` on the first call for that language.
    pub fn get_or_init(&self, language: Language, make: impl FnOnce() -> T) -> &T {
        match language {
            Language::En => self.english.get_or_init(make),
            Language::Es => self.spanish.get_or_init(make),
        }
    }
}

impl<T> Default for PerLanguage<T> {
    fn default() -> Self {
        Self::new()
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static SCOPED: Cell<Option<Language>> = const { Cell::new(None) };
}

/// The language Rust speaks in now on this thread.
pub fn current() -> Language {
    SCOPED.with(Cell::get).unwrap_or_else(|| Language::from_index(CURRENT.load(Ordering::Relaxed)))
}

/// Sets the language of the whole process (the window's choice, or the system's).
pub fn set_current(language: Language) {
    CURRENT.store(language.index(), Ordering::Relaxed);
}

/// Runs `work` speaking `language` on this thread, then speaks as before (even if it panics).
pub fn scoped<T>(language: Language, work: impl FnOnce() -> T) -> T {
    struct Restore(Option<Language>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|scoped| scoped.set(self.0));
        }
    }
    let _restore = Restore(SCOPED.with(|scoped| scoped.replace(Some(language))));
    work()
}

/// The message `id` in the current language, with `args` filled in. Prefer the [`t!`] macro.
pub fn message(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    message_in(current(), id, args)
}

/// The message `id` in `language`. An id missing from the catalog (which the tests forbid)
/// shows the id itself, so the person sees something and the log says what is missing.
pub fn message_in(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    catalogs::format(language, id, args).unwrap_or_else(|| {
        tracing::warn!(id, language = language.code(), "a message is missing from the catalog");
        id.to_owned()
    })
}

/// `t!("id")` or `t!("id", name = value, ...)`: the message in the current language. Argument
/// names are written in the catalog as `{ $name }`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::FluentValue::from($value)); )+
        $crate::i18n::message($id, Some(&args))
    }};
}

/// Every message id of `language`'s catalogs, for the tests that compare languages.
pub fn message_ids(language: Language) -> Vec<String> {
    catalogs::ids(language)
}

#[cfg(test)]
mod tests;
