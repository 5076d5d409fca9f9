//! The Fluent catalogs, one file per area in each language, parsed once on first use.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::{Language, PerLanguage};

/// Declares the catalog areas: each is `assets/locales/<lang>/<area>.ftl` in every language.
macro_rules! areas {
    ($($area:literal),+ $(,)?) => {
        /// (area, English source, Spanish source)
        pub(super) const AREAS: &[(&str, &str, &str)] = &[
            $(($area,
               include_str!(concat!("../../assets/locales/en/", $area, ".ftl")),
               include_str!(concat!("../../assets/locales/es/", $area, ".ftl")))),+
        ];
    };
}

areas![
    "common",
    "dates",
    "errors",
    "diary",
    "program",
    "learn",
    "content",
    "reminders",
    "report",
    "export",
    "cli",
    "privacy",
    "insights",
    "shell",
    "settings"
];

struct Catalog {
    bundle: FluentBundle<FluentResource>,
    ids: Vec<String>,
}

// Each language is parsed on its first message, so a process that only speaks one parses one.
static CATALOGS: PerLanguage<Catalog> = PerLanguage::new();

fn load(language: Language) -> Catalog {
    let locale = language.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Unicode isolation marks around arguments help mixed-direction text; BackTrack's two
    // languages are both left-to-right, and the marks would show up in the CLI and the PDF.
    bundle.set_use_isolating(false);
    let mut ids = Vec::new();
    for (area, en, es) in AREAS {
        let source = match language {
            Language::En => en,
            Language::Es => es,
        };
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(resource, errors)| {
            tracing::error!(area, language = language.code(), ?errors, "a catalog file has syntax errors");
            resource
        });
        ids.extend(message_ids_of(&resource));
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(area, language = language.code(), ?errors, "a catalog file repeats a message id");
        }
    }
    Catalog { bundle, ids }
}

fn message_ids_of(resource: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

fn catalog(language: Language) -> &'static Catalog {
    CATALOGS.get_or_init(language, || load(language))
}

pub(super) fn format(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = &catalog(language).bundle;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::warn!(id, language = language.code(), ?errors, "a message was missing an argument");
    }
    Some(text.into_owned())
}

pub(super) fn ids(language: Language) -> Vec<String> {
    catalog(language).ids.clone()
}

/// Syntax errors of every catalog file, as "lang/area: error", for the tests.
#[cfg(test)]
pub(super) fn syntax_errors() -> Vec<String> {
    let mut found = Vec::new();
    for (area, en, es) in AREAS {
        for (code, source) in [("en", en), ("es", es)] {
            if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                found.extend(errors.iter().map(|error| format!("{code}/{area}: {error:?}")));
            }
        }
    }
    found
}
