// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use backtrack::cli::{self, Invocation};

/// Every argument list goes through the command line's parser: no arguments opens the app, a
/// command such as `export` works on the diary without a window (see `cli/`), and anything
/// else is a usage error (exit status 2) rather than a window.
fn main() {
    match cli::parse(std::env::args_os()) {
        Ok(Invocation::App { .. }) => backtrack::run(),
        Ok(Invocation::Command(command)) => std::process::exit(cli::main(command)),
        Err(usage) => {
            let _ = usage.print();
            std::process::exit(usage.exit_code());
        }
    }
}
