// Answering a reminder where it appears, end to end, with a notification server that offers
// buttons (python-dbusmock's daemon listing the `actions` capability): "Log pain" opens Today's
// quick log with focus on the scale, "Later" brings the reminder back once an hour later (the
// app restarts on a clock an hour on: the pinned debug clock, not a real hour's wait) and a
// restart neither loses nor repeats it, and "Start session" opens the player. Then
// `backtrack log` on the command line shows its entry in the running window.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { checkA11y, pinnedClock, startApp, waitForReady } from './harness.mjs';
import {
  DIARY_TITLE,
  WORKOUT_TITLE,
  addEveryDayReminder,
  invokeAction,
  notifications,
  sleep,
  startNotificationDaemon,
  stopNotificationDaemon,
  waitForNotification,
} from './notifications.mjs';
import { byTestId, listedEntries, openProgram, openScreen, openToday, waitForEntryCount } from './screens.mjs';

const appBin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../target/debug/backtrack');

/** Wednesday 10 June 2026, 25 s before noon in London: time to add two reminders for 12:00. */
const beforeNoon = pinnedClock('2026-06-10T11:59:35+01:00', 'Europe/London');
/** The same day an hour and a bit later, when a reminder put off at noon is due again. */
const afterOne = pinnedClock('2026-06-10T13:01:30+01:00', 'Europe/London');

/** The id of the element that has focus, or its name for a radio button. */
const focused = (browser) => browser.execute(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.id ?? '');

describe('answering a reminder', () => {
  let daemon;
  let logPath;
  let app;
  let dataDir;
  let workoutCount = 0;

  before(async () => {
    logPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'backtrack-answers-')), 'notify.log');
    daemon = await startNotificationDaemon(logPath, { actions: true });
  });

  after(async () => {
    await app?.stop();
    await stopNotificationDaemon(daemon);
  });

  it('sends reminders with their buttons, and "Log pain" opens the quick log with focus on the scale', async () => {
    app = await startApp({ clock: beforeNoon });
    ({ dataDir } = app);
    const { browser } = app;
    await waitForReady(browser);
    await openProgram(browser); // the safety check, answered once, so "Start session" can start
    await openScreen(browser, 'reminders');
    await addEveryDayReminder(browser, 'diary', '12:00');
    await addEveryDayReminder(browser, 'workout', '12:00');
    assert.ok(beforeNoon.localTime(beforeNoon.now()) === '11:59', 'both were saved before their minute');

    const noonMs = beforeNoon.toReal(new Date('2026-06-10T12:00:00+01:00')).getTime() - Date.now();
    const diary = await waitForNotification(browser, logPath, DIARY_TITLE, { timeout: noonMs + 15000 });
    assert.deepEqual(diary.actions, ['default', 'Open BackTrack', 'log-pain', 'Log pain', 'later', 'Later']);
    const workout = await waitForNotification(browser, logPath, WORKOUT_TITLE);
    assert.deepEqual(workout.actions, ['default', 'Open BackTrack', 'start-session', 'Start session', 'later', 'Later']);
    workoutCount = 1;

    await openScreen(browser, 'learn');
    const asked = Date.now();
    invokeAction(diary.id, 'log-pain');
    await browser.waitUntil(async () => (await focused(browser)) === 'new-entry-intensity', {
      timeout: 5000,
      interval: 10,
      timeoutMsg: '"Log pain" did not bring up the quick log with focus on the scale',
    });
    console.log(`# ActionInvoked to quick log focused: ${Date.now() - asked} ms`);
    assert.match(await (await byTestId(browser, 'screen-title')).getText(), /^Today/);
    await checkA11y(browser, 'today opened from a reminder');

    // The same answer twice (a server repeating itself) does nothing more.
    await openScreen(browser, 'learn');
    invokeAction(diary.id, 'log-pain');
    await sleep(1000);
    assert.doesNotMatch(await (await byTestId(browser, 'screen-title')).getText(), /^Today/, 'an answered reminder is not answered again');

    invokeAction(workout.id, 'later');
    await sleep(1000); // the snooze is written before the app goes
    assert.equal(notifications(logPath).filter((n) => n.title === WORKOUT_TITLE).length, workoutCount, 'not back yet');
    await app.stop();
    app = null;
  });

  it('"Later" brings the reminder back once after the hour, without "Later", across restarts', async () => {
    const before = notifications(logPath).length;
    app = await startApp({ dataDir, clock: afterOne });
    const { browser } = app;
    await waitForReady(browser);
    const back = await waitForNotification(browser, logPath, WORKOUT_TITLE, { after: before });
    assert.deepEqual(back.actions, ['default', 'Open BackTrack', 'start-session', 'Start session'], 'it cannot be put off twice');
    assert.equal(notifications(logPath).slice(before).filter((n) => n.title === DIARY_TITLE).length, 0, 'only what was put off comes back');

    invokeAction(back.id, 'start-session');
    await (await byTestId(browser, 'player')).waitForExist({ timeout: 5000, timeoutMsg: '"Start session" did not open the player' });
    await (await byTestId(browser, 'player-cancel')).click();

    await app.stop();
    app = await startApp({ dataDir, clock: afterOne });
    await waitForReady(app.browser);
    await sleep(3000); // room for a repeat to show up
    assert.equal(notifications(logPath).length, before + 1, 'the restart does not send it again');
  });

  it('`backtrack log` shows its entry in the running window', async () => {
    const { browser } = app;
    await openToday(browser);
    const count = (await listedEntries(browser)).length;
    const asked = Date.now();
    const run = spawnSync(appBin, ['log', '5', '--note', 'from the keyboard shortcut'], {
      env: { ...process.env, ...afterOne.env(), BACKTRACK_DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Saved: pain 5 out of 10 at 2026-06-10 13:0\d\./);
    await waitForEntryCount(browser, count + 1, 'entries after the command-line log');
    // Without the word from the command line the window would never list it: Today loads once.
    console.log(`# backtrack log to entry on screen: ${Date.now() - asked} ms`);
    const [entry] = (await listedEntries(browser)).filter((e) => e.intensity === 5);
    assert.ok(entry, 'the new entry is the one listed');
  });
});
