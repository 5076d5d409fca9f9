// Export end to end on the real app: the summary preview, a PDF report saved through the Export
// screen and read back with pdftotext, and a backup saved and restored twice without change.
// The native save/open dialogs cannot be driven by WebDriver, so the debug build's stand-in
// (BACKTRACK_TEST_DIALOG_PATH, docs/ipc.md) answers them with a path chosen here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkA11y, startApp, tempDataDir, waitForReady } from './harness.mjs';
import { byTestId, openScreen, openToday, quickLog, waitForEntryCount } from './screens.mjs';

describe('export', () => {
  let app;
  let browser;
  let outDir;
  let answer;

  before(async () => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'backtrack-export-'));
    answer = path.join(outDir, 'answer');
    app = await startApp({ env: { BACKTRACK_TEST_DIALOG_PATH: answer } });
    browser = app.browser;
    await waitForReady(browser);
    await openToday(browser);
    await quickLog(browser, 6);
    await waitForEntryCount(browser, 1);
    await quickLog(browser, 2);
    await waitForEntryCount(browser, 2);
    await openScreen(browser, 'export');
  });

  after(async () => {
    await app?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('previews the report’s first page with the figures the PDF will hold', async () => {
    const pain = await byTestId(browser, 'preview-pain');
    await pain.waitForExist({ timeout: 10000 });
    assert.equal(await pain.getText(), 'Average 4.0, lowest 2, highest 6.');
    assert.match(await (await byTestId(browser, 'preview-red-flags')).getText(), /None found in 0 checks/);
    await checkA11y(browser, 'export screen');
  });

  it('leaves a section out of the preview when it is unticked', async () => {
    await (await byTestId(browser, 'export-section-pain')).click();
    await (await byTestId(browser, 'preview-pain')).waitForExist({ reverse: true, timeout: 5000 });
    await (await byTestId(browser, 'export-section-pain')).click();
    await (await byTestId(browser, 'preview-pain')).waitForExist({ timeout: 5000 });
  });

  it('saves a PDF report whose text holds the summary’s key figures', async () => {
    await (await byTestId(browser, 'export-paper-letter')).parentElement().then((label) => label.click());
    await (await byTestId(browser, 'export-save-pdf')).click();
    const result = await byTestId(browser, 'export-result');
    await result.waitForExist({ timeout: 20000 });
    assert.match(await result.getText(), /Saved answer/);
    const bytes = readFileSync(answer);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-', 'a PDF file was written by Rust');
    const text = execFileSync('pdftotext', ['-layout', answer, '-'], { encoding: 'utf8' });
    assert.match(text, /4\.0/, 'the average pain is in the report');
    assert.match(text, /BackTrack/, 'the report names where it came from');
    const pageSize = execFileSync('pdfinfo', [answer], { encoding: 'utf8' });
    assert.match(pageSize, /612 x 792 pts/, 'US Letter, as chosen');
  });

  it('saves a full backup and restoring it twice adds nothing', async () => {
    rmSync(answer, { force: true });
    await (await byTestId(browser, 'export-save-backup')).click();
    await browser.waitUntil(async () => (await (await byTestId(browser, 'export-result')).getText()).includes('Saved'), {
      timeout: 20000,
      timeoutMsg: 'the backup was not saved',
    });
    assert.ok(existsSync(answer), 'the backup file exists');
    const backup = JSON.parse(readFileSync(answer, 'utf8'));
    assert.equal(typeof backup, 'object');

    for (let round = 0; round < 2; round += 1) {
      await (await byTestId(browser, 'restore-start')).click();
      const restored = await byTestId(browser, 'restore-result');
      await restored.waitForExist({ timeout: 20000 });
      assert.match(await restored.getText(), /Restored\. 0 items were added/, 'everything in the backup is already in the diary');
    }
  });

  it('asks before replacing the diary and keeps a copy', async () => {
    await (await byTestId(browser, 'restore-replace')).parentElement().then((label) => label.click());
    await (await byTestId(browser, 'restore-start')).click();
    const confirm = await byTestId(browser, 'restore-confirm');
    await confirm.waitForExist({ timeout: 5000 });
    await confirm.click();
    const restored = await byTestId(browser, 'restore-result');
    await browser.waitUntil(async () => /kept as/.test(await restored.getText()), {
      timeout: 20000,
      timeoutMsg: 'the replace did not report the copy it kept',
    });
    await openToday(browser);
    await waitForEntryCount(browser, 2);
  });
});

describe('export onto the diary itself', () => {
  it('is refused with a message on screen, and the diary still opens after a restart', async () => {
    const dataDir = tempDataDir();
    const diary = path.join(dataDir, 'backtrack.db');
    let app = await startApp({ dataDir, env: { BACKTRACK_TEST_DIALOG_PATH: diary } });
    try {
      await waitForReady(app.browser);
      await openToday(app.browser);
      await quickLog(app.browser, 5);
      await waitForEntryCount(app.browser, 1);
      await openScreen(app.browser, 'export');
      for (const button of ['export-save-backup', 'export-save-pdf']) {
        await (await byTestId(app.browser, button)).click();
        const result = await byTestId(app.browser, 'export-result');
        await app.browser.waitUntil(async () => /own files/.test(await result.getText()), {
          timeout: 20000,
          timeoutMsg: `saving with ${button} onto the diary was not refused on screen`,
        });
        assert.match(await result.getText(), /Nothing was written/);
      }
      await checkA11y(app.browser, 'export screen, save refused');
    } finally {
      await app.stop();
    }
    app = await startApp({ dataDir });
    try {
      await waitForReady(app.browser);
      await openToday(app.browser);
      await waitForEntryCount(app.browser, 1, 'the entry is still in the diary after the refused save');
    } finally {
      await app.stop();
    }
  });
});
