// Benchmark (not a test): answering a reminder and logging from the command line, over a
// ten-year diary (about 14,600 entries), in the real window, with python-dbusmock's notification
// daemon listing the `actions` capability. Each run is a fresh launch on a copy of the diary:
//   (a) "Log pain": ms from the daemon emitting ActionInvoked (the emit call returning) to the
//       first animation frame after focus lands on the quick log's pain scale, the window on
//       another screen (Learn) before;
//   (b) `backtrack log 5`: ms from starting the command to the frame after its entry is listed
//       on Today (the process, the save and the word to the running window).
// Needs a built debug app and seed example (`cargo build --example seed`), the test venv
// (`scripts/setup.sh test`), a display and a session bus: `make bench` runs it under xvfb-run
// and dbus-run-session. BENCH_ANSWER_RUNS (default 5) changes the count.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { appClock, pinnedClock, startApp, tempDataDir, waitForReady } from '../tests/e2e/harness.mjs';
import { DIARY_TITLE, notifications, startNotificationDaemon, stopNotificationDaemon, waitForNotification } from '../tests/e2e/notifications.mjs';
import { openScreen, openToday } from '../tests/e2e/screens.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedBin = path.join(repoRoot, 'target/debug/examples/seed');
const appBin = path.join(repoRoot, 'target/debug/backtrack');
const python = path.join(repoRoot, '.venv/bin/python');
const runs = Number(process.env.BENCH_ANSWER_RUNS ?? 5);

if (!existsSync(seedBin)) throw new Error(`no seed example at ${seedBin}: run \`cargo build --example seed\``);
const template = tempDataDir();
execFileSync(seedBin, ['--years', '10', '--data-dir', template], { env: { ...process.env, ...appClock.env() } });

/** Empties 10 June 2026 (so the diary reminder is due) and adds a diary reminder at 12:00. */
function prepare(dataDir) {
  const script = `
import sqlite3, sys, uuid
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA foreign_keys = ON")
db.execute("DELETE FROM pain_entry WHERE day = '2026-06-10'")
db.execute("DELETE FROM reminder_rule")
db.execute("INSERT INTO reminder_rule (id, kind, times, weekdays) VALUES (?, 'diary', '12:00', '1,2,3,4,5,6,7')", (str(uuid.uuid4()),))
db.commit()
`;
  execFileSync('python3', ['-c', script, path.join(dataDir, 'backtrack.db')]);
}

/** A long-lived emitter, so a Python start-up is not part of the figure: each line "id key"
 * on its stdin emits ActionInvoked and answers with the real time (ms) the emit returned. */
function startEmitter() {
  const script = `
import sys, time, dbus
mock = dbus.SessionBus().get_object('org.freedesktop.Notifications', '/org/freedesktop/Notifications')
for line in sys.stdin:
    nid, key = line.split()
    mock.EmitSignal('org.freedesktop.Notifications', 'ActionInvoked', 'us', [dbus.UInt32(int(nid)), key], dbus_interface='org.freedesktop.DBus.Mock')
    print(time.time() * 1000, flush=True)
`;
  const child = spawn(python, ['-c', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async emit(id, key) {
      child.stdin.write(`${id} ${key}\n`);
      return Number((await lines.next()).value);
    },
    stop: () => child.kill(),
  };
}

/** Starts watching, inside the window, for `until`; the real time of the next frame after it lands in `window.__benchAt`. */
async function watchFor(browser, until) {
  await browser.execute((until) => {
    window.__benchAt = null;
    const count = () => document.querySelectorAll('[data-testid="entry"]').length;
    const start = count();
    const done = () => requestAnimationFrame(() => (window.__benchAt ??= Date.now()));
    if (until === 'scale') {
      document.addEventListener('focusin', (event) => event.target?.name === 'new-entry-intensity' && done());
    } else {
      const observer = new MutationObserver(() => {
        if (count() > start) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    }
  }, until);
}

async function landedAt(browser) {
  let at = null;
  await browser.waitUntil(async () => (at = await browser.execute(() => window.__benchAt)) !== null, { timeout: 10000, interval: 20 });
  return at;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const logPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'backtrack-bench-answer-')), 'notify.log');
const daemon = await startNotificationDaemon(logPath, { actions: true });
const emitter = startEmitter();
const answer = [];
const cliLog = [];
try {
  for (let run = 0; run < runs; run++) {
    const dataDir = tempDataDir();
    cpSync(template, dataDir, { recursive: true });
    prepare(dataDir);
    const clock = pinnedClock('2026-06-10T11:59:45+01:00', 'Europe/London');
    const app = await startApp({ dataDir, clock });
    try {
      const { browser } = app;
      await waitForReady(browser, 60000);
      await openScreen(browser, 'learn');
      const before = notifications(logPath).length;
      const reminder = await waitForNotification(browser, logPath, DIARY_TITLE, { after: before, timeout: 30000 });
      await watchFor(browser, 'scale');
      const emitted = await emitter.emit(reminder.id, 'log-pain');
      answer.push((await landedAt(browser)) - emitted);

      await openToday(browser);
      await watchFor(browser, 'entry');
      const started = Date.now();
      const cli = spawnSync(appBin, ['log', '5'], { env: { ...process.env, ...clock.env(), BACKTRACK_DATA_DIR: dataDir } });
      if (cli.status !== 0) throw new Error(`backtrack log failed: ${cli.stderr}`);
      cliLog.push((await landedAt(browser)) - started);
    } finally {
      await app.stop();
    }
    if (process.env.BENCH_VERBOSE) process.stderr.write(`run ${run + 1}: answer ${answer.at(-1)} ms, log ${cliLog.at(-1)} ms\n`);
  }
} finally {
  emitter.stop();
  await stopNotificationDaemon(daemon);
}

const range = (values) => `${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)}`;
console.log(`Answering a reminder over 10 years seeded, debug build, ${runs} launches`);
console.log('| action | median | range |\n|---|---|---|');
console.log(`| ActionInvoked "Log pain" to the quick log's scale focused | ${median(answer).toFixed(0)} ms | ${range(answer)} ms |`);
console.log(`| \`backtrack log 5\` started to the entry listed on Today | ${median(cliLog).toFixed(0)} ms | ${range(cliLog)} ms |`);
