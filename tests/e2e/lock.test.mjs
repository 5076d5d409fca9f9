// The encrypted diary in the real window: turning encryption on from Export (the recovery code
// shown once), the Lock button swapping every screen for the unlock screen, a reminder arriving
// at the D-Bus notification peer while the diary is locked, a wrong passphrase refused beside
// its field, unlocking, the unlock screen first after a restart, and the idle lock.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkA11y, pinnedClock, startApp, waitForReady } from './harness.mjs';
import { DIARY_TITLE, addEveryDayReminder, notifications, sleep, startNotificationDaemon, stopNotificationDaemon, waitForNotification } from './notifications.mjs';
import { byTestId, openScreen, openToday, quickLog, setField, waitForEntryCount } from './screens.mjs';

/** 11:59 in London: time to encrypt and lock before a noon reminder is due. */
const beforeNoon = pinnedClock('2026-06-10T11:59:00+01:00', 'Europe/London');
const PASSPHRASE = 'lock test passphrase';

async function unlockWith(browser, passphrase) {
  await setField(browser, 'unlock-passphrase', passphrase);
  await (await byTestId(browser, 'unlock-submit')).click();
}

describe('locking the encrypted diary', () => {
  let daemon;
  let logPath;
  let app;
  let dataDir;

  before(async () => {
    logPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'backtrack-lock-')), 'notify.log');
    daemon = await startNotificationDaemon(logPath);
  });

  after(async () => {
    await app?.stop();
    await stopNotificationDaemon(daemon);
  });

  it('encrypts from Export, locks, sends a reminder while locked, and unlocks only with the passphrase', async () => {
    app = await startApp({ clock: beforeNoon });
    ({ dataDir } = app);
    const { browser } = app;
    await waitForReady(browser);
    // Nothing is logged today, so the noon diary reminder has something to remind about.
    await openScreen(browser, 'reminders');
    await addEveryDayReminder(browser, 'diary', '12:00');

    await openScreen(browser, 'export');
    await (await byTestId(browser, 'encrypt-passphrase')).waitForExist({ timeout: 5000 });
    await setField(browser, 'encrypt-passphrase', PASSPHRASE);
    await setField(browser, 'encrypt-passphrase-again', PASSPHRASE);
    await (await byTestId(browser, 'encrypt-understood')).click();
    await (await byTestId(browser, 'encrypt-submit')).click();
    const code = await byTestId(browser, 'recovery-code');
    await code.waitForExist({ timeout: 15000, timeoutMsg: 'no recovery code was shown' });
    assert.match(await code.getText(), /^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const raw = readFileSync(path.join(dataDir, 'backtrack.db'));
    assert.ok(!raw.subarray(0, 16).toString('latin1').startsWith('SQLite format 3'), 'the diary file is encrypted');
    await checkA11y(browser, 'the recovery code');
    await (await byTestId(browser, 'recovery-code-done')).click();

    await (await byTestId(browser, 'lock-now')).click();
    await (await byTestId(browser, 'unlock-screen')).waitForExist({ timeout: 5000 });
    assert.equal(await (await byTestId(browser, 'nav-today')).isExisting(), false, 'no screen of the diary is left behind the lock');
    await checkA11y(browser, 'the unlock screen');

    // Noon passes while locked: the reminder comes from the plan kept at lock time.
    await waitForNotification(browser, logPath, DIARY_TITLE, { timeout: 60000 });

    await unlockWith(browser, 'not the passphrase');
    const wrong = await byTestId(browser, 'error-unlock-passphrase-error');
    await wrong.waitForExist({ timeout: 10000 });
    assert.match(await wrong.getText(), /not right/);
    await unlockWith(browser, PASSPHRASE);
    await (await byTestId(browser, 'nav-today')).waitForExist({ timeout: 10000 });
    await openToday(browser);
    await quickLog(browser, 4);
    await waitForEntryCount(browser, 1);
    // The slot sent while locked was written to the log at the unlock: it does not come again.
    await sleep(3000);
    assert.equal(notifications(logPath).filter((n) => n.title === DIARY_TITLE).length, 1, 'the noon reminder came once');
  });

  it('starts on the unlock screen, and locks itself after the chosen idle time', async () => {
    await app.stop();
    app = await startApp({ dataDir, clock: pinnedClock('2026-06-10T15:00:00+01:00', 'Europe/London') });
    const { browser } = app;
    await waitForReady(browser);
    await (await byTestId(browser, 'unlock-screen')).waitForExist({ timeout: 5000 });
    await unlockWith(browser, PASSPHRASE);
    await (await byTestId(browser, 'nav-export')).waitForExist({ timeout: 10000 });
    await openScreen(browser, 'export');
    const idle = await byTestId(browser, 'idle-lock');
    await idle.waitForExist({ timeout: 5000 });
    await idle.selectByAttribute('value', '1');
    await browser.waitUntil(async () => (await (await byTestId(browser, 'lock-now')).getAttribute('data-idle-minutes')) === '1', {
      timeout: 5000,
      timeoutMsg: 'the idle time was not taken',
    });
    await (await byTestId(browser, 'unlock-screen')).waitForExist({ timeout: 80000, timeoutMsg: 'the diary did not lock after a minute unused' });
  });
});
