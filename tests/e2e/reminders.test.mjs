// Reminders end to end, with a real D-Bus peer: python-dbusmock's notification daemon (without
// the `actions` capability, as XFCE's server) on the private session bus that `make test-e2e` starts. The app is driven through its screens; what
// reaches the daemon is read from the daemon's own log. Real minutes pass (about four). The app
// runs on the harness's pinned clock, so its instants turn into the daemon's real ones exactly.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { appClock, checkA11y, pinnedClock, startApp, waitForReady } from './harness.mjs';
import {
  DIARY_TITLE,
  WORKOUT_TITLE,
  addEveryDayReminder,
  notifications,
  sleep,
  startNotificationDaemon,
  stopNotificationDaemon,
} from './notifications.mjs';
import { byTestId, choose, openScreen, openToday, quickLog, waitForEntryCount } from './screens.mjs';

/** The app's next whole minute at least `marginMs` away, as an app instant. */
function nextMinute(marginMs) {
  return new Date(Math.ceil((appClock.now().getTime() + marginMs) / 60000) * 60000);
}

/** The app's wall-clock `HH:MM` at an app instant. */
const hhmm = (date) => appClock.localTime(date);

/** Real milliseconds until the app's clock shows `date`. */
const realMsUntil = (date, clock = appClock) => clock.toReal(date).getTime() - Date.now();

describe('reminders', () => {
  let daemon;
  let logPath;
  let app;

  before(async () => {
    logPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'backtrack-notify-')), 'notify.log');
    daemon = await startNotificationDaemon(logPath);
  });

  after(async () => {
    await app?.stop();
    await stopNotificationDaemon(daemon);
  });

  it('offers suggested reminders at first run without forcing them', async () => {
    app = await startApp();
    await waitForReady(app.browser);
    await openToday(app.browser);
    await (await byTestId(app.browser, 'reminder-offer')).waitForExist({ timeout: 5000 });
    await (await byTestId(app.browser, 'reminder-offer-dismiss')).click();
    await (await byTestId(app.browser, 'reminder-offer')).waitForExist({ reverse: true, timeout: 5000 });
    await openScreen(app.browser, 'reminders');
    assert.equal(await (await byTestId(app.browser, 'reminder-offer')).isExisting(), false, 'declined once, not offered again');
    await (await byTestId(app.browser, 'reminders-empty')).waitForExist({ timeout: 5000 });
    await checkA11y(app.browser, 'reminders screen');
  });

  it('starts at login in the tray when asked, through a login item it can remove again', async () => {
    const { browser, dataDir } = app;
    const autostartDir = path.join(`${dataDir}-xdg`, '.config', 'autostart');
    const loginItem = () => (existsSync(autostartDir) ? readdirSync(autostartDir).filter((f) => f.endsWith('.desktop')) : []);
    // Reminders points to Settings, where the choice lives.
    await (await byTestId(browser, 'reminders-open-settings')).click();
    await browser.waitUntil(async () => (await browser.getTitle()).startsWith('Settings'), { timeout: 5000, timeoutMsg: 'Settings did not open' });
    const toggle = await byTestId(browser, 'start-at-login');
    await toggle.waitForExist({ timeout: 5000 });
    assert.equal(await toggle.isSelected(), false, 'off until the person turns it on');
    await toggle.click();
    await browser.waitUntil(async () => loginItem().length === 1, { timeout: 5000, timeoutMsg: 'no login item was written' });
    const desktopFile = readFileSync(path.join(autostartDir, loginItem()[0]), 'utf8');
    assert.match(desktopFile, /--background/, 'started at login, BackTrack opens quietly in the tray');
    await toggle.click();
    await browser.waitUntil(async () => loginItem().length === 0, { timeout: 5000, timeoutMsg: 'the login item was not removed' });
    await openScreen(browser, 'reminders');
  });

  it('refuses a reminder with no days, with the message beside the field', async () => {
    const { browser } = app;
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) {
      await (await byTestId(browser, `reminder-new-day-${day}`)).click();
    }
    await (await byTestId(browser, 'reminder-new-save')).click();
    const message = await byTestId(browser, 'error-reminder-new-weekdays-error');
    await message.waitForExist({ timeout: 5000 });
    assert.match(await message.getText(), /at least one day/);
    assert.equal((await browser.$$('[data-testid="reminder"]')).length, 0, 'nothing was saved');
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) {
      await (await byTestId(browser, `reminder-new-day-${day}`)).click();
    }
  });

  it('sends a due workout reminder on time and keeps the diary one quiet after an entry', async () => {
    const { browser } = app;
    const due = nextMinute(25000);
    await addEveryDayReminder(browser, 'workout', hhmm(due));
    await addEveryDayReminder(browser, 'diary', hhmm(due));
    await openToday(browser);
    await quickLog(browser, 3);
    await waitForEntryCount(browser, 1);

    await browser.waitUntil(async () => notifications(logPath).some((n) => n.title === WORKOUT_TITLE), {
      timeout: realMsUntil(due) + 15000,
      interval: 250,
      timeoutMsg: `no workout reminder reached the notification daemon for ${hhmm(due)} (app time)`,
    });
    await sleep(3000); // room for a wrongly sent diary reminder to show up
    const sent = notifications(logPath);
    const workout = sent.filter((n) => n.title === WORKOUT_TITLE);
    assert.equal(workout.length, 1, 'the workout reminder is sent once');
    assert.match(workout[0].body, /10 to 15 minutes|short or gentle session/);
    assert.deepEqual(workout[0].actions, [], 'this server lists no actions: a plain notification, as before');
    const delay = workout[0].at - appClock.toReal(due).getTime();
    console.log(`# wake-to-notify delay: ${delay.toFixed(0)} ms after ${hhmm(due)}:00 app time`);
    assert.ok(delay >= 0, `not early (${delay} ms)`);
    assert.ok(delay < 2000, `on time: within 2 s of the minute (${delay} ms)`);
    assert.equal(sent.filter((n) => n.title === DIARY_TITLE).length, 0, 'today is logged: the diary reminder stays quiet');

    await openScreen(browser, 'reminders');
    const outcomes = await browser.$$('[data-testid="reminder-log-item"]').map((item) => item.getAttribute('data-outcome'));
    assert.deepEqual([...outcomes].sort(), ['quietLogged', 'sent'], 'the screen shows what was sent and what stayed quiet');
  });

  it('does not repeat after a restart, and sends once a reminder missed while closed', async () => {
    await openScreen(app.browser, 'reminders');
    const missed = nextMinute(20000);
    await addEveryDayReminder(app.browser, 'workout', hhmm(missed));
    const before = notifications(logPath).length;
    const { dataDir } = app;
    await app.stop();
    app = null;
    await sleep(Math.max(0, realMsUntil(missed) + 2000)); // the slot passes while closed

    app = await startApp({ dataDir });
    await waitForReady(app.browser);
    await app.browser.waitUntil(async () => notifications(logPath).length > before, {
      timeout: 15000,
      interval: 250,
      timeoutMsg: 'the reminder missed while closed was not sent at start-up',
    });
    await sleep(4000); // room for any repeat to show up
    const after = notifications(logPath).slice(before);
    assert.equal(after.length, 1, `one late reminder and no repeat of the earlier one: ${JSON.stringify(after)}`);
    assert.equal(after[0].title, WORKOUT_TITLE);
  });
  it('on the night the clocks go forward, sends a reminder for 01:30, a time that does not exist, at 02:00 BST', async () => {
    await app?.stop();
    // London jumps from 01:00 GMT to 02:00 BST on Sunday 29 March 2026; this clock starts 75 s before.
    const night = pinnedClock('2026-03-29T00:58:45Z', 'Europe/London');
    const jump = new Date('2026-03-29T01:00:00Z');
    app = await startApp({ clock: night });
    const { browser } = app;
    await waitForReady(browser);
    await openScreen(browser, 'reminders');
    await addEveryDayReminder(browser, 'workout', '01:30');
    const before = notifications(logPath).length;
    assert.ok(night.now() < jump, 'the reminder was saved before the clocks went forward');

    await browser.waitUntil(async () => notifications(logPath).length > before, {
      timeout: realMsUntil(jump, night) + 15000,
      interval: 250,
      timeoutMsg: 'no reminder came once the clocks had gone forward',
    });
    const [sent] = notifications(logPath).slice(before);
    assert.equal(sent.title, WORKOUT_TITLE);
    const delay = sent.at - night.toReal(jump).getTime();
    assert.ok(delay >= 0 && delay < 2000, `at 02:00 BST, the first minute after the gap, within 2 s (${delay} ms)`);
    assert.equal(night.localTime(jump), '02:00');
  });

  it('a flare marked on Today pauses the program and keeps a due workout reminder quiet', async () => {
    await app?.stop();
    app = await startApp();
    const { browser } = app;
    await waitForReady(browser);
    await openToday(browser);
    await (await byTestId(browser, 'flare-open')).click();
    await choose(browser, 'flare-days-3');
    await choose(browser, 'flare-mode-pause');
    await checkA11y(browser, 'flare form');
    await (await byTestId(browser, 'flare-start')).click();
    await (await byTestId(browser, 'flare-progress')).waitForExist({ timeout: 5000 });
    assert.match(await (await byTestId(browser, 'flare-progress')).getText(), /^Day 1 of 3, until .*workout reminders are quiet/);
    await checkA11y(browser, 'today during a flare');

    await openScreen(browser, 'program');
    const notice = await byTestId(browser, 'program-flare');
    await notice.waitForExist({ timeout: 5000 });
    assert.match(await notice.getText(), /program is paused/);
    assert.equal(await (await byTestId(browser, 'routine-gentle')).isSelected(), true, 'the gentle routine is offered first');

    await openScreen(browser, 'reminders');
    const due = nextMinute(20000);
    await addEveryDayReminder(browser, 'workout', hhmm(due));
    const before = notifications(logPath).length;
    await sleep(Math.max(0, realMsUntil(due) + 4000));
    assert.equal(notifications(logPath).slice(before).filter((n) => n.title === WORKOUT_TITLE).length, 0, 'no workout reminder in a flare');
    await openToday(browser);
    await openScreen(browser, 'reminders');
    await browser.waitUntil(
      async () => (await browser.$$('[data-testid="reminder-log-item"]').map((i) => i.getAttribute('data-outcome'))).includes('quietPaused'),
      { timeout: 5000, timeoutMsg: 'the reminders log does not show the workout reminder kept quiet for the flare' },
    );
  });
});
