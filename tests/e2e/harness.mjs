// End-to-end harness: starts the real BackTrack binary under WebDriver for node:test files.
//
// One app launch = one tauri-driver process = one WebDriver session. The driver (and so the
// WebKitWebDriver and the app it starts) inherits BACKTRACK_DATA_DIR, so every launch writes to
// its own throwaway diary and no test can touch a real user's data.
//
// Invariants:
// - every driver runs in its own process group; stop() and process exit (normal, error or
//   signal) kill that whole group, so a failing test leaves no driver, app or WebKit process;
// - WebKit's own storage (XDG data/cache/config) lives in <dataDir>-xdg, so launches share nothing
//   with each other or with the real user's profile;
// - temp data dirs made here are deleted when the test process exits
//   (set BACKTRACK_E2E_KEEP_DATA=1 to keep them for debugging).
//
// Needs: a built app (`npm run build:ui && cargo build`, or BACKTRACK_BIN=/abs/path), Debian's
// webkit2gtk-driver (/usr/bin/WebKitWebDriver), a display (run under xvfb-run) and a session bus
// (dbus-run-session). `make test` provides all of these.

import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifactsDir = path.join(repoRoot, 'tests/e2e/artifacts');
const driverBin = path.join(repoRoot, 'node_modules/.bin/tauri-driver');
const nativeDriver = process.env.BACKTRACK_NATIVE_DRIVER ?? '/usr/bin/WebKitWebDriver';
const appBin = process.env.BACKTRACK_BIN
  ? path.resolve(process.env.BACKTRACK_BIN)
  : path.join(repoRoot, 'target/debug/backtrack');

/**
 * A clock for the app: the instant `at` (RFC 3339) in the IANA `zone`, pinned at the real moment
 * this is called. Every launch given it runs in `zone` with `BACKTRACK_DEBUG_NOW=<at>@<real moment>`
 * (src-tauri/clock.rs; debug builds only), so all of them share one clock that runs on in real
 * time from `at`: a restart does not move it back, and a test can turn the app's instants into
 * real ones to the millisecond (the notification daemon logs real time).
 */
export function pinnedClock(at, zone) {
  const pinned = new Date(at);
  if (Number.isNaN(pinned.getTime())) throw new Error(`not an instant: ${at}`);
  const realStart = Date.now();
  const parts = (date, options) =>
    Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', ...options })
        .formatToParts(date)
        .map((part) => [part.type, part.value]),
    );
  const now = () => new Date(pinned.getTime() + (Date.now() - realStart));
  return {
    zone,
    pinned,
    /** The app's instant now. */
    now,
    /** The real instant at which the app's clock shows `date`. */
    toReal: (date) => new Date(date.getTime() - pinned.getTime() + realStart),
    /** The app's local calendar day of an app instant (now by default), `YYYY-MM-DD`. */
    localDay(date = now()) {
      const { year, month, day } = parts(date, { year: 'numeric', month: '2-digit', day: '2-digit' });
      return `${year}-${month}-${day}`;
    },
    /** The app's wall-clock `HH:MM` at an app instant. */
    localTime: (date) => {
      const { hour, minute } = parts(date, { hour: '2-digit', minute: '2-digit' });
      return `${hour}:${minute}`;
    },
    /** The environment that puts a process (the app, the seed example) on this clock. */
    env: () => ({ TZ: zone, BACKTRACK_DEBUG_NOW: `${pinned.toISOString()}@${new Date(realStart).toISOString()}` }),
  };
}

/**
 * The clock every launch runs on unless a test passes its own: Wednesday 10 June 2026 at noon in
 * London, the same for every test file and every run. Far from midnight, so "today" never changes
 * under a test, and far from a DST change; a test that wants a midnight or a DST night pins its
 * own (reminders.test.mjs).
 */
export const appClock = pinnedClock('2026-06-10T12:00:00+01:00', 'Europe/London');

const liveDrivers = new Set(); // child processes not yet stopped
const madeDataDirs = new Set(); // temp dirs this process created

/** A fresh, empty data directory under the OS temp dir (removed when the test process exits). */
export function tempDataDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backtrack-e2e-'));
  madeDataDirs.add(dir);
  return dir;
}

/**
 * Launches the app and opens a WebDriver session on it.
 * Pass the `dataDir` of an earlier launch to restart the app on the same diary, `clock` for
 * another clock than `appClock` (see `pinnedClock`), and `env` for extra environment variables.
 * @returns {Promise<{ browser: WebdriverIO.Browser, dataDir: string, stop: () => Promise<void> }>}
 */
export async function startApp({ dataDir, clock = appClock, env = {} } = {}) {
  if (!existsSync(appBin)) {
    throw new Error(`no app binary at ${appBin}: run \`npm run build:ui && cargo build\` (or set BACKTRACK_BIN)`);
  }
  dataDir ??= tempDataDir();
  // WebKit keeps its own caches and storage under the XDG dirs, not in BACKTRACK_DATA_DIR; give
  // them a home beside the data dir so launches share nothing with each other or the real user.
  const xdgHome = `${dataDir}-xdg`;
  if (madeDataDirs.has(dataDir)) madeDataDirs.add(xdgHome);
  mkdirSync(xdgHome, { recursive: true });
  const [port, nativePort] = await freePorts(2);

  mkdirSync(path.join(artifactsDir, 'logs'), { recursive: true });
  const logPath = path.join(artifactsDir, 'logs', `driver-${process.pid}-${port}.log`);
  // Output goes straight to a file (no pipes), and the child is unref'd: a test that fails
  // before stop() must not keep its process alive, or the exit clean-up below would never run.
  const logFd = openSync(logPath, 'w');
  const driver = spawn(
    driverBin,
    ['--port', String(port), '--native-port', String(nativePort), '--native-driver', nativeDriver],
    {
      env: {
        ...process.env,
        BACKTRACK_DATA_DIR: dataDir,
        XDG_DATA_HOME: path.join(xdgHome, 'data'),
        XDG_CACHE_HOME: path.join(xdgHome, 'cache'),
        XDG_CONFIG_HOME: path.join(xdgHome, 'config'),
        // The login item goes to $HOME/.config/autostart whatever XDG_CONFIG_HOME says.
        HOME: xdgHome,
        NO_COLOR: '1',
        ...clock.env(),
        ...env,
      },
      stdio: ['ignore', logFd, logFd],
      detached: true, // own process group: killing -pid also takes WebKitWebDriver and the app
    },
  );
  closeSync(logFd);
  driver.unref();
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  liveDrivers.add(driver);

  let browser;
  try {
    await waitForPort(port, exited, 15000);
    browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryCount: 0,
      connectionRetryTimeout: 45000, // per WebDriver request; a launch that never comes up fails here
      capabilities: { 'tauri:options': { application: appBin } },
    });
  } catch (error) {
    await killDriver(driver, exited);
    // CI shows only the output, so put the end of the driver/app log into the error itself.
    const logTail = readFileSync(logPath, 'utf8').slice(-2000);
    throw new Error(`could not start the app: ${error.message}\n--- ${logPath} (end) ---\n${logTail}`, {
      cause: error,
    });
  }

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    try {
      await browser.deleteSession(); // WebKitWebDriver closes the app
    } catch {
      // the app may already be gone; killing the group below still cleans up
    }
    await killDriver(driver, exited);
  }
  return { browser, dataDir, stop };
}

/** Waits until the UI marks itself ready with `data-ready="true"` (set once the first data loaded). */
export async function waitForReady(browser, timeout = 20000) {
  await browser.$('[data-ready="true"]').waitForExist({
    timeout,
    timeoutMsg: `the app did not show [data-ready="true"] within ${timeout} ms`,
  });
}

let axeSource;

/**
 * Runs axe-core on the current screen against WCAG 2.0/2.1 A and AA and 2.2 AA; throws listing
 * every violation. Scripts sent over WebDriver are not subject to the page's CSP, so this works
 * under the app's strict `script-src 'self'`.
 */
export async function checkA11y(browser, label) {
  axeSource ??= readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const loaded = await browser.execute(() => typeof window.axe === 'object');
  if (!loaded) await browser.execute(axeSource);
  const result = await browser.executeAsync((tags, done) => {
    window.axe
      .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((r) =>
        done({
          violations: r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map((n) => n.target.join(' ')),
          })),
        }),
      )
      .catch((e) => done({ error: String(e && e.stack ? e.stack : e) }));
  }, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);

  if (result.error) throw new Error(`axe could not run on "${label}": ${result.error}`);
  if (result.violations.length > 0) {
    const lines = result.violations.map(
      (v) => `- ${v.id} (${v.impact}): ${v.help}\n    at ${v.targets.join('\n    at ')}`,
    );
    throw new Error(`${result.violations.length} accessibility violation(s) on "${label}":\n${lines.join('\n')}`);
  }
}

/** Saves the window as tests/e2e/artifacts/<name>.png (git-ignored) for debugging. */
export async function screenshot(browser, name) {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await browser.saveScreenshot(file);
  return file;
}

// --- process plumbing ---------------------------------------------------------------------------

async function freePorts(count) {
  // Hold all listeners open together so the OS hands out distinct ports.
  const servers = await Promise.all(
    Array.from({ length: count }, () =>
      new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server));
      }),
    ),
  );
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

async function waitForPort(port, exited, timeout) {
  const deadline = Date.now() + timeout;
  let exitCode;
  exited.then((code) => (exitCode = code ?? 'signal'));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`tauri-driver exited (${exitCode}) before listening`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`tauri-driver did not listen on port ${port} within ${timeout} ms`);
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // group already gone
  }
}

async function killDriver(driver, exited) {
  liveDrivers.delete(driver);
  driver.ref(); // keep the process alive while we wait for the driver to go
  signalGroup(driver, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(driver, 'SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
  // The driver is gone; make sure nothing it started outlives it.
  signalGroup(driver, 'SIGKILL');
}

function cleanUpNow() {
  for (const driver of liveDrivers) signalGroup(driver, 'SIGKILL');
  liveDrivers.clear();
  if (process.env.BACKTRACK_E2E_KEEP_DATA !== '1') {
    for (const dir of madeDataDirs) rmSync(dir, { recursive: true, force: true });
  }
}

process.once('exit', cleanUpNow);
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.once(signal, () => {
    cleanUpNow();
    process.exit(128 + number);
  });
}
