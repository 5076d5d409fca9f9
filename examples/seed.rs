//! Fills a data folder with realistic synthetic history, for demos and benchmarks.
//!
//!     cargo run --example seed -- --years 10 --data-dir /tmp/demo-diary [--entries-per-day 4] [--seed 7]
//!
//! The folder must not hold a diary yet (the generator never mixes with real entries). Without
//! --data-dir, BACKTRACK_DATA_DIR is used. The history ends today.

#[path = "../benches/support/seed.rs"]
mod seed;

use std::path::PathBuf;

fn main() {
    if let Err(message) = run() {
        eprintln!("seed: {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let mut years = 1.0f64;
    let mut entries_per_day = 4u32;
    let mut data_dir = std::env::var_os("BACKTRACK_DATA_DIR").map(PathBuf::from);
    let mut rng_seed = 7u64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--years" => years = value()?.parse().map_err(|_| "--years takes a number such as 10")?,
            "--entries-per-day" => entries_per_day = value()?.parse().map_err(|_| "--entries-per-day takes a whole number")?,
            "--data-dir" => data_dir = Some(PathBuf::from(value()?)),
            "--seed" => rng_seed = value()?.parse().map_err(|_| "--seed takes a whole number")?,
            "--help" | "-h" => {
                println!("cargo run --example seed -- --years N --data-dir DIR [--entries-per-day N] [--seed N]");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let dir = data_dir.ok_or("give --data-dir DIR (or set BACKTRACK_DATA_DIR)")?;
    let path = dir.join(backtrack::store::DB_FILE_NAME);
    if path.exists() {
        return Err(format!("{} already exists; seed an empty folder", path.display()));
    }
    let mut conn = backtrack::store::open(&path).map_err(|e| e.to_string())?;
    let options =
        seed::SeedOptions { days: (years * 365.25).round() as u32, last_day: backtrack::clock::now().date_naive(), entries_per_day, seed: rng_seed };
    let entries = seed::seed(&mut conn, &options).map_err(|e| e.to_string())?;
    println!("Wrote {entries} pain entries over {} days to {}", options.days, path.display());
    Ok(())
}
