#!/usr/bin/env bash
# Benchmark (not a test): an automatic backup of ten seeded years (14,612 entries), as the app's
# backup thread makes it at start-up: read every table, write the file atomically, read it back
# and check every row, remove the oldest. Each run is a fresh launch on a copy of the diary with
# a daily schedule set; the figure is the thread's own timing from its log line. Median of 5.
# BACKTRACK_BIN picks the binary (default: the debug build). Needs a display or xvfb-run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${BACKTRACK_BIN:-target/debug/backtrack}
[[ -x $bin ]] || { echo "no app binary at $bin: run cargo build" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export TZ=Europe/London
cargo run --quiet --example seed -- --years 10 --data-dir "$work/seed" >/dev/null

times=()
for run in 1 2 3 4 5; do
  rm -rf "$work/data" "$work/usb" && cp -r "$work/seed" "$work/data" && mkdir "$work/usb"
  python3 -c 'import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute("INSERT INTO backup_schedule (id, every, folder, keep) VALUES (1, ?, ?, 10)", ("daily", sys.argv[2])); db.commit()' \
    "$work/data/backtrack.db" "$work/usb"
  BACKTRACK_DATA_DIR="$work/data" XDG_CONFIG_HOME="$work/config" RUST_LOG=backtrack=info NO_COLOR=1 \
    xvfb-run -a dbus-run-session -- "$bin" >"$work/log" 2>&1 &
  launcher=$!
  for _ in $(seq 1 600); do grep -q "automatic backup written" "$work/log" && break; sleep 0.1; done
  ms=$(grep -o 'ms=[0-9]*' "$work/log" | head -1 | cut -d= -f2)
  pkill -P "$launcher" -f "$bin" 2>/dev/null || true
  kill "$launcher" 2>/dev/null || true
  wait "$launcher" 2>/dev/null || true
  [[ -n $ms ]] || { echo "run $run: no backup was logged" >&2; tail -5 "$work/log" >&2; exit 1; }
  times+=("$ms")
done
size=$(du -h "$work"/usb/backtrack-auto-backup-*.json | cut -f1 | head -1)
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
printf '| automatic backup of 10 years (%s) | %s | median of 5: %s ms | runs: %s ms |\n' "$size" "$bin" "$median" "$(IFS=,; echo "${times[*]}")"
