// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// With a command such as `export` or `backup` the binary works on the diary without a window
/// (see `cli.rs`); otherwise it opens the app.
fn main() {
    if backtrack::cli::wants_cli() {
        std::process::exit(backtrack::cli::main());
    }
    backtrack::run();
}
