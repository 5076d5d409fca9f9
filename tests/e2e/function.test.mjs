// The weekly function check-in on the real app: an activity is named on Today's card, a bad
// rating is refused beside its own box and nothing is stored (still nothing after a restart),
// a rating is saved and then corrected in the activities list, and the PDF report's text has
// the Function section. The save dialog is answered by the debug build's stand-in
// (BACKTRACK_TEST_DIALOG_PATH), as in export.test.mjs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkA11y, startApp, waitForReady } from './harness.mjs';
import { byTestId, openScreen, openToday, press, setField, textOf } from './screens.mjs';

const ACTIVITY = 'Walk to the shops';
const SCORE_BOX = `check-in-score-${ACTIVITY}`;

/** The check-in card's box for the activity, once the card asks for ratings. */
async function scoreBox(browser) {
  const box = await byTestId(browser, SCORE_BOX);
  await box.waitForExist({ timeout: 10000, timeoutMsg: 'the check-in card does not ask for a rating' });
  return box;
}

describe('weekly function check-in', () => {
  let app;
  let browser;
  let outDir;
  let answer;

  before(async () => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'backtrack-function-'));
    answer = path.join(outDir, 'report.pdf');
    app = await startApp({ env: { BACKTRACK_TEST_DIALOG_PATH: answer } });
    browser = app.browser;
    await waitForReady(browser);
    await openToday(browser);
  });

  after(async () => {
    await app?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('invites a person with nothing named to name an activity, and then asks for its rating', async () => {
    await (await byTestId(browser, 'check-in-card')).waitForExist({ timeout: 10000 });
    await setField(browser, 'check-in-activities-add-name', ACTIVITY);
    await press(browser, 'check-in-activities-add-save');
    await scoreBox(browser);
    await checkA11y(browser, 'today with the check-in card');
  });

  it('refuses a rating that is not a whole number beside its own box', async () => {
    await setField(browser, SCORE_BOX, '7.5');
    await press(browser, 'check-in-save');
    const message = await browser.$('[data-testid^="error-check-in-"]');
    await message.waitForExist({ timeout: 10000, timeoutMsg: 'no message beside the rating' });
    assert.match(await message.getText(), /whole number/);
    const box = await scoreBox(browser);
    assert.equal(await box.getAttribute('aria-invalid'), 'true', 'the box is marked invalid');
    const messageId = (await message.getAttribute('data-testid')).replace(/^error-/, '');
    assert.ok((await box.getAttribute('aria-describedby')).split(' ').includes(messageId), 'the box points to its message');
    assert.equal(await textOf(browser, 'check-in-status'), '', 'no "Saved" message');
  });

  it('has stored no rating, even after a restart', async () => {
    await app.stop();
    app = await startApp({ dataDir: app.dataDir, env: { BACKTRACK_TEST_DIALOG_PATH: answer } });
    browser = app.browser;
    await waitForReady(browser);
    await openToday(browser);
    await scoreBox(browser);
    await (await browser.$('[data-testid="manage-activities"] summary')).click();
    const list = await byTestId(browser, 'activities');
    await list.waitForExist({ timeout: 10000 });
    await browser.waitUntil(async () => (await list.getText()).includes('No ratings yet.'), {
      timeout: 10000,
      timeoutMsg: 'the refused rating was stored',
    });
  });

  it('saves a rating and corrects it in the activities list', async () => {
    await setField(browser, SCORE_BOX, '4');
    await press(browser, 'check-in-save');
    await browser.waitUntil(async () => (await textOf(browser, 'check-in-status')).includes("This week's check-in is done."), {
      timeout: 10000,
      timeoutMsg: 'the check-in was not saved',
    });
    const firstScore = await browser.$('[data-testid^="activities-score-"]');
    await firstScore.waitForExist({ timeout: 10000, timeoutMsg: 'the rating is not listed' });
    assert.equal((await firstScore.getText()).trim(), '4');
    const ratingId = (await firstScore.getAttribute('data-testid')).replace(/^activities-score-/, '');

    await press(browser, `activities-edit-open-${ratingId}`);
    await setField(browser, 'activities-edit-score', '6');
    await press(browser, 'activities-edit-save');
    await browser.waitUntil(async () => (await textOf(browser, `activities-score-${ratingId}`)) === '6', {
      timeout: 10000,
      timeoutMsg: 'the corrected rating is not shown',
    });
    assert.match(await textOf(browser, 'activities-status'), /changed to 6/);
  });

  it('puts the Function section on the PDF report', async () => {
    await openScreen(browser, 'export');
    await press(browser, 'export-save-pdf');
    const result = await byTestId(browser, 'export-result');
    await result.waitForExist({ timeout: 20000 });
    await browser.waitUntil(async () => /Saved/.test(await result.getText()), { timeout: 20000, timeoutMsg: 'the PDF was not saved' });
    const text = execFileSync('pdftotext', [answer, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.match(text, /Function \(own activities/, 'the report has the Function section');
    assert.match(text, new RegExp(`${ACTIVITY} 6 \\(one rating\\)`), 'the activity with its corrected rating');
  });
});
