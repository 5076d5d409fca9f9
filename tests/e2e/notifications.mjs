// A real notification server for the end-to-end tests: python-dbusmock's notification daemon on
// the private session bus that `make test-e2e` starts. What the app sends is read from the
// daemon's own log; what a person does with a notification is the daemon emitting the signal a
// real server would (its mock interface's EmitSignal).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byTestId } from './screens.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const python = path.join(root, '.venv/bin/python');

export const WORKOUT_TITLE = 'Time for your glute and core routine';
export const DIARY_TITLE = 'How is your back today?';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the mock notification daemon and waits until it owns its bus name. With `actions`, it
 * lists the `actions` capability, as GNOME's and KDE's servers do; without, it is a server
 * without buttons (as XFCE's is).
 */
export async function startNotificationDaemon(logPath, { actions = false } = {}) {
  const args = ['-m', 'dbusmock', '--session', '-t', 'notification_daemon', '-l', logPath];
  if (actions) args.push('-p', JSON.stringify({ capabilities: 'body actions' }));
  const daemon = spawn(python, args, { stdio: 'ignore' });
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    const owner = spawnSync('dbus-send', [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      'string:org.freedesktop.Notifications',
    ]);
    if (owner.stdout?.toString().includes('boolean true')) return daemon;
    await sleep(200);
  }
  daemon.kill();
  throw new Error('the mock notification daemon did not start (is DBUS_SESSION_BUS_ADDRESS set?)');
}

/** Stops a daemon and waits until its bus name is free for the next one. */
export async function stopNotificationDaemon(daemon) {
  if (!daemon || daemon.exitCode !== null) return;
  const exited = new Promise((resolve) => daemon.once('exit', resolve));
  daemon.kill();
  await exited;
}

/**
 * The Notify calls logged so far: `{ id, at (ms since epoch), title, body, actions }`. dbusmock
 * writes each call as `<epoch seconds> Notify "<app>" 0 "<icon>" "<title>" "<body>" [<actions>] {...} -1`
 * and numbers them from 1, so the id is the call's place in the log.
 */
export function notifications(logPath) {
  if (!existsSync(logPath)) return [];
  return readFileSync(logPath, 'utf8')
    .split('\n')
    .map((line) => /^([\d.]+) Notify "[^"]*" \d+ "[^"]*" "([^"]*)" "([^"]*)" \[(.*?)\] \{/.exec(line))
    .filter(Boolean)
    .map(([, at, title, body, actions], index) => ({
      id: index + 1,
      at: Number(at) * 1000,
      title,
      body,
      actions: actions === '' ? [] : actions.slice(1, -1).split('", "'),
    }));
}

/** Waits until a notification titled `title` beyond the first `after` is logged, and returns it. */
export async function waitForNotification(browser, logPath, title, { after = 0, timeout = 15000 } = {}) {
  let found;
  await browser.waitUntil(
    async () => {
      found = notifications(logPath).slice(after).find((n) => n.title === title);
      return Boolean(found);
    },
    { timeout, interval: 100, timeoutMsg: `no "${title}" notification reached the daemon` },
  );
  return found;
}

/** What a person clicking a button (or the notification itself, `default`) makes the server say. */
export function invokeAction(id, key) {
  emitSignal('ActionInvoked', 'us', `[dbus.UInt32(${id}), ${JSON.stringify(key)}]`);
}

/** What the server says when a notification goes away (reason 2: dismissed by the person). */
export function closeNotification(id) {
  emitSignal('NotificationClosed', 'uu', `[dbus.UInt32(${id}), dbus.UInt32(2)]`);
}

function emitSignal(name, signature, args) {
  const script = [
    'import dbus',
    "mock = dbus.SessionBus().get_object('org.freedesktop.Notifications', '/org/freedesktop/Notifications')",
    `mock.EmitSignal('org.freedesktop.Notifications', '${name}', '${signature}', ${args}, dbus_interface='org.freedesktop.DBus.Mock')`,
  ].join('\n');
  const done = spawnSync(python, ['-c', script], { encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`the mock daemon did not emit ${name}: ${done.stderr}`);
}

/** Adds a reminder for every day at the wall-clock time `time` (`HH:MM`), on the Reminders screen. */
export async function addEveryDayReminder(browser, kind, time) {
  await (await byTestId(browser, `reminder-new-kind-${kind}`)).parentElement().then((label) => label.click());
  await browser.execute(
    (selector, value) => {
      const input = document.querySelector(selector);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    '[data-testid="reminder-new-time-0"]',
    time,
  );
  const before = (await browser.$$('[data-testid="reminder"]')).length;
  await (await byTestId(browser, 'reminder-new-save')).click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid="reminder"]')).length === before + 1, {
    timeout: 5000,
    timeoutMsg: `the ${kind} reminder at ${time} was not added`,
  });
}
