#!/usr/bin/env bash
# Benchmark (not a test): size of the release binary as shipped, stripped.
# `tauri build --no-bundle` runs the UI build (beforeBuildCommand) and compiles with the
# custom-protocol feature and the release profile (LTO, opt-level "s"), without packaging.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bin=target/release/backtrack
start=$(date +%s)
npx tauri build --no-bundle --ci >/dev/null
echo "release build: $(($(date +%s) - start)) s"

# The release profile already strips; strip a copy anyway so the figure never includes symbols.
stripped="$(mktemp)"
trap 'rm -f "$stripped"' EXIT
strip -o "$stripped" "$bin"
bytes=$(stat -c %s "$stripped")
printf '| binary | stripped size |\n|---|---|\n| %s | %s MB |\n' "$bin" \
  "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')"
