//! The app's command names are written in four places that must agree: the IPC handler
//! (`commands/mod.rs`), the permission list (`build.rs`), the main window's capability and the
//! UI's only IPC module (`ui/src/lib/api.ts`). A command missing from one of them is either
//! uncallable or granted without being used; this test names the one that drifted.

// This whole crate is test code, helpers outside #[test] functions included: a
// surprise stops it, and `.expect("why")` says what was expected (clippy.toml allows it in #[test]).
#![allow(clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every `prefix<name>suffix` in `text`, where a name is made of `[a-z0-9_-]`.
fn names_between(text: &str, prefix: &str, suffix: char) -> BTreeSet<String> {
    text.match_indices(prefix)
        .filter_map(|(at, _)| {
            let rest = &text[at + prefix.len()..];
            let end = rest.find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-'))?;
            (rest[end..].starts_with(suffix) && end > 0).then(|| rest[..end].replace('-', "_"))
        })
        .collect()
}

fn handler_commands() -> BTreeSet<String> {
    let source = read("src-tauri/commands/mod.rs");
    let start = source.find("generate_handler![").expect("commands/mod.rs has no generate_handler!");
    let list = &source[start..start + source[start..].find(']').unwrap_or(0)];
    list.split(',').filter_map(|item| item.trim().rsplit("::").next().map(str::to_owned)).filter(|n| !n.is_empty() && !n.contains('[')).collect()
}

fn build_commands() -> BTreeSet<String> {
    let source = read("src-tauri/build.rs");
    let start = source.find("APP_COMMANDS").expect("build.rs has no APP_COMMANDS");
    let list = &source[start..start + source[start..].find("];").unwrap_or(0)];
    names_between(list, "\"", '"')
}

fn granted_commands() -> BTreeSet<String> {
    names_between(&read("src-tauri/capabilities/main-window.json"), "\"allow-", '"')
}

fn called_commands() -> BTreeSet<String> {
    names_between(&read("ui/src/lib/api.ts"), "call('", '\'')
}

#[test]
fn the_handler_the_permissions_the_capability_and_the_ui_name_the_same_commands() {
    let handler = handler_commands();
    assert!(handler.len() > 40, "the handler list was read ({} commands)", handler.len());
    for (place, names) in
        [("build.rs", build_commands()), ("capabilities/main-window.json", granted_commands()), ("ui/src/lib/api.ts", called_commands())]
    {
        let missing: Vec<_> = handler.difference(&names).collect();
        let extra: Vec<_> = names.difference(&handler).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{place} disagrees with commands/mod.rs: missing {missing:?}, not in the handler {extra:?}");
    }
}
