#!/usr/bin/env bash
# Benchmark (not a test): the entries CSV of ten seeded years (4 entries a day), written by the
# release binary's command line, against the sqlite3 shell writing the same rows and columns
# (lists joined with group_concat) from the same file. Median of 7 runs each, whole processes
# timed. The limit (issue 6) is 2x the sqlite3 shell.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: run scripts/setup.sh test" >&2; exit 1; }
bin=target/release/backtrack
# The shipped build (as bench-size.sh makes it); quick when nothing changed.
npx tauri build --no-bundle --ci >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo run --quiet --example seed -- --years 10 --data-dir "$work/data" >/dev/null
db="$work/data/backtrack.db"

query="SELECT e.id, e.day, e.occurred_at, e.time_zone, e.intensity,
  (SELECT group_concat(value, '|') FROM pain_entry_tag WHERE entry_id = e.id AND kind = 'site') AS sites,
  e.leg_radiation,
  (SELECT group_concat(value, '|') FROM pain_entry_tag WHERE entry_id = e.id AND kind = 'quality') AS qualities,
  (SELECT group_concat(value, '|') FROM pain_entry_tag WHERE entry_id = e.id AND kind = 'worse') AS worse,
  (SELECT group_concat(value, '|') FROM pain_entry_tag WHERE entry_id = e.id AND kind = 'better') AS better,
  (SELECT group_concat(m.name || ' ' || pm.dose, '|') FROM pain_entry_medication pm JOIN medication m ON m.id = pm.medication_id
     WHERE pm.entry_id = e.id) AS medications,
  e.sleep_quality, e.interference, e.mood, e.for_surgeon, e.note
  FROM pain_entry e WHERE e.deleted_at IS NULL ORDER BY e.day, e.occurred_at;"

median_ms() {  # runs "$@" 7 times, prints the median wall time in ms
  local times=()
  for _ in 1 2 3 4 5 6 7; do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 4p
}

ours=$(median_ms env BACKTRACK_DATA_DIR="$work/data" "$bin" export --format csv --out "$work/ours.csv")
shell=$(median_ms sh -c "sqlite3 -csv -header '$db' \"$query\" > '$work/shell.csv'")
rows=$(( $(wc -l < "$work/ours.csv") - 1 ))
ratio=$(awk -v a="$ours" -v b="$shell" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 1) }')
printf '| entries CSV, 10 years (%s rows) | backtrack | sqlite3 shell | ratio |\n|---|---|---|---|\n| median of 7 | %s ms | %s ms | %sx |\n' \
  "$rows" "$ours" "$shell" "$ratio"
awk -v r="$ratio" 'BEGIN { exit (r <= 2.0 ? 0 : 1) }' || { echo "over the 2x limit" >&2; exit 1; }
