#!/usr/bin/env bash
# Reminder figures (idle CPU, wake-to-notify delay) on the real app under Xvfb and a private
# D-Bus session with python-dbusmock as the notification server. Needs `make test`'s setup
# (the .venv) and a built target/debug/backtrack. About 5 minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- .venv/bin/python scripts/bench-reminders.py
