"""Reminder figures on the real app: idle CPU with reminders on, and the delay from a reminder's
scheduled minute to its Notify call on D-Bus (python-dbusmock's notification daemon).

Run by scripts/bench-reminders.sh inside Xvfb and a private D-Bus session. Takes about 5 minutes:
three reminders one minute apart, and a quiet minute for the CPU figure.
"""

import datetime as dt
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "target" / "debug" / "backtrack"
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """CPU time of `pid` and its children (WebKit's web and network processes)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    own = (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime
    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += [int(c) for c in (task / "children").read_text().split()]
    return own + sum(cpu_seconds(child) for child in children)


def wait_for(predicate, timeout, what):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    sys.exit(f"bench-reminders: timed out waiting for {what}")


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="backtrack-bench-reminders-"))
    log = work / "notify.log"
    data = work / "data"
    data.mkdir()
    daemon = subprocess.Popen([sys.executable, "-m", "dbusmock", "--session", "-t", "notification_daemon", "-l", str(log)])
    time.sleep(2)
    env = {**os.environ, "BACKTRACK_DATA_DIR": str(data), "TZ": "UTC", "HOME": str(work), "RUST_LOG": "warn"}
    app = subprocess.Popen([str(APP)], env=env, stderr=subprocess.DEVNULL)
    db = data / "backtrack.db"
    wait_for(lambda: db.exists(), 30, "the diary file")
    time.sleep(3)

    # Three workout reminders at the next three whole minutes that are at least 70 s away, so the
    # scheduler (which re-reads the rules at least every minute) has seen them before they fire.
    first = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=70)).replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
    slots = [first + dt.timedelta(minutes=i) for i in range(3)]
    with sqlite3.connect(db) as conn:
        for slot in slots:
            conn.execute(
                "INSERT INTO reminder_rule (id, kind, times, weekdays, enabled) VALUES (?, 'workout', ?, '1,2,3,4,5,6,7', 1)",
                (str(uuid.uuid4()), slot.strftime("%H:%M")),
            )

    # Idle CPU over a quiet minute before the first slot.
    time.sleep(max(0.0, (first - dt.datetime.now(dt.timezone.utc)).total_seconds() - 65))
    before, start = cpu_seconds(app.pid), time.time()
    time.sleep(60)
    idle = (cpu_seconds(app.pid) - before) / (time.time() - start) * 100

    wait_for(lambda: log.exists() and log.read_text().count(" Notify ") >= 3, (slots[-1] - dt.datetime.now(dt.timezone.utc)).total_seconds() + 30, "three notifications")
    stamps = [float(m.group(1)) for m in re.finditer(r"^([\d.]+) Notify ", log.read_text(), re.M)]
    delays = [(stamp - slot.timestamp()) * 1000 for stamp, slot in zip(stamps, slots)]
    app.terminate()
    daemon.terminate()
    print(f"idle CPU of the app and its WebKit processes with 3 reminders on: {idle:.2f} % of one core over 60 s")
    print("wake-to-notify delays (ms): " + ", ".join(f"{d:.0f}" for d in delays))
    print(f"median wake-to-notify delay: {statistics.median(delays):.0f} ms")


if __name__ == "__main__":
    main()
