// Automatic backups in the real window: choosing a folder (the save/open dialog stand-in,
// BACKTRACK_TEST_DIALOG_PATH, answers with a folder made here), saving a daily schedule, the
// first backup landing in the folder and on the screen, a bad number refused beside its field,
// no second backup after a restart on the same day, a missed one made at the next start, and a
// folder that went away reported.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkA11y, pinnedClock, startApp, waitForReady } from './harness.mjs';
import { byTestId, choose, openScreen, setField, textOf } from './screens.mjs';

const backups = (folder) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.startsWith('backtrack-auto-backup-')) : []);

describe('automatic backups', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'backtrack-usb-'));
  let app;
  let dataDir;

  after(async () => {
    await app?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('backs up to the chosen folder at once, and shows when and where', async () => {
    app = await startApp({ env: { BACKTRACK_TEST_DIALOG_PATH: folder } });
    ({ dataDir } = app);
    const { browser } = app;
    await waitForReady(browser);
    await openScreen(browser, 'export');
    await (await byTestId(browser, 'auto-backup-schedule')).waitForExist({ timeout: 5000 });
    assert.match(await textOf(browser, 'auto-backup-schedule'), /off/);
    await choose(browser, 'auto-backup-daily');
    await (await byTestId(browser, 'auto-backup-choose')).click();
    await browser.waitUntil(async () => (await (await byTestId(browser, 'auto-backup-folder')).getValue()) === folder, {
      timeout: 5000,
      timeoutMsg: 'the chosen folder did not fill the field',
    });

    await setField(browser, 'auto-backup-keep', '0');
    await (await byTestId(browser, 'auto-backup-save')).click();
    const keepError = await byTestId(browser, 'error-auto-backup-keep-error');
    await keepError.waitForExist({ timeout: 5000 });
    assert.match(await keepError.getText(), /whole number from 1 to 100/);
    assert.equal(backups(folder).length, 0, 'nothing was saved, so nothing was backed up');

    await setField(browser, 'auto-backup-keep', '5');
    await (await byTestId(browser, 'auto-backup-save')).click();
    await browser.waitUntil(async () => backups(folder).length === 1, { timeout: 10000, timeoutMsg: 'no backup reached the folder' });
    const [file] = backups(folder);
    assert.match(file, /^backtrack-auto-backup-2026-06-10-12\d{4}\.json$/, 'named by the local time');
    assert.equal(JSON.parse(readFileSync(path.join(folder, file), 'utf8')).format, 'backtrack-backup');
    await browser.waitUntil(async () => (await textOf(browser, 'auto-backup-last')).includes(folder), {
      timeout: 10000,
      timeoutMsg: 'the screen does not say where the backup went',
    });
    assert.match(await textOf(browser, 'auto-backup-schedule'), /every day .* keeps the newest 5/);
    await checkA11y(browser, 'automatic backups');
  });

  it('does not back up twice on the same day after a restart, makes a missed one at the next start, and reports a folder that went away', async () => {
    await app.stop();
    app = await startApp({ dataDir, env: { BACKTRACK_TEST_DIALOG_PATH: folder } });
    await waitForReady(app.browser);
    await openScreen(app.browser, 'export');
    await (await byTestId(app.browser, 'auto-backup-now')).waitForExist({ timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 2000)); // room for a wrong second backup
    assert.equal(backups(folder).length, 1, 'one a day');

    // Closed overnight: the next morning's start makes the day's backup.
    await app.stop();
    const nextMorning = pinnedClock('2026-06-11T08:30:00+01:00', 'Europe/London');
    app = await startApp({ dataDir, clock: nextMorning, env: { BACKTRACK_TEST_DIALOG_PATH: folder } });
    const { browser } = app;
    await waitForReady(browser);
    await browser.waitUntil(async () => backups(folder).length === 2, { timeout: 10000, timeoutMsg: 'the missed backup was not made at start' });
    assert.ok(backups(folder).some((name) => name.startsWith('backtrack-auto-backup-2026-06-11-0830')), JSON.stringify(backups(folder)));
    await openScreen(browser, 'export');

    rmSync(folder, { recursive: true, force: true });
    await (await byTestId(browser, 'auto-backup-now')).click();
    const problem = await byTestId(browser, 'auto-backup-problem');
    await problem.waitForExist({ timeout: 10000, timeoutMsg: 'the failed backup is not shown' });
    assert.match(await problem.getText(), /is not there/);
    assert.match(await textOf(browser, 'auto-backup-last'), /Last backup:/, 'the last good backup is still named');
    await checkA11y(browser, 'a failed backup');
  });
});
