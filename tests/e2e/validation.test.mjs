// Rejected input on the real app: the backend's message appears beside the field, and nothing
// is stored (still nothing after a restart).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startApp, waitForReady } from './harness.mjs';
import { byTestId, choose, fieldValue, listedEntries, openDetails, openScreen, openToday, setField, shiftLocal } from './screens.mjs';

async function expectFieldError(browser, field, pattern) {
  const messageId = `new-entry-${field}-error`;
  const message = await byTestId(browser, `error-${messageId}`);
  await message.waitForExist({ timeout: 10000, timeoutMsg: `no message beside ${field}` });
  assert.match(await message.getText(), pattern);
  const control = await byTestId(browser, `new-entry-${field}`);
  assert.equal(await control.getAttribute('aria-invalid'), 'true', `${field} is marked invalid`);
  assert.ok((await control.getAttribute('aria-describedby')).split(' ').includes(messageId), `${field} points to its message`);
}

describe('rejected input', () => {
  let app;
  let browser;

  before(async () => {
    app = await startApp();
    browser = app.browser;
    await waitForReady(browser);
    await openToday(browser);
  });

  after(async () => {
    await app?.stop();
  });

  it('shows a time in the future beside the time field and saves nothing', async () => {
    const now = await openDetails(browser);
    await choose(browser, 'new-entry-intensity-3');
    await setField(browser, 'new-entry-occurredAt', shiftLocal(now, 24 * 60));
    await (await byTestId(browser, 'new-entry-save')).click();

    await expectFieldError(browser, 'occurredAt', /future/);
    const summary = await byTestId(browser, 'new-entry-errors');
    assert.ok(await summary.isFocused(), 'the error summary takes focus');
    assert.equal(await (await byTestId(browser, 'save-status')).getText(), '', 'no "Saved" message');
    assert.equal((await listedEntries(browser)).length, 0, 'nothing was added to today');
    assert.equal(await fieldValue(browser, 'new-entry-note'), '', 'the form keeps what was typed (no reset)');
  });

  it('shows a note over 4000 characters beside the note', async () => {
    const now = await openDetails(browser);
    await setField(browser, 'new-entry-occurredAt', now);
    await setField(browser, 'new-entry-note', 'a'.repeat(4001));
    const counter = await (await byTestId(browser, 'new-entry-note-count')).getText();
    assert.match(counter, /4001 of 4000/);
    await (await byTestId(browser, 'new-entry-save')).click();

    await expectFieldError(browser, 'note', /4000|4,000/);
    assert.equal((await listedEntries(browser)).length, 0, 'nothing was added to today');
  });

  it('checks the History date range in the UI', async () => {
    await openScreen(browser, 'history');
    await setField(browser, 'history-from', '2026-03-10');
    await setField(browser, 'history-to', '2026-03-01');
    const message = await byTestId(browser, 'error-history-to-error');
    await message.waitForExist({ timeout: 5000 });
    assert.match(await message.getText(), /before the start/);
    assert.equal(await (await byTestId(browser, 'history-to')).getAttribute('aria-invalid'), 'true');
  });

  it('has stored nothing, even after a restart', async () => {
    await app.stop();
    app = await startApp({ dataDir: app.dataDir });
    browser = app.browser;
    await waitForReady(browser);
    await openScreen(browser, 'history');
    await (await byTestId(browser, 'preset-all')).click();
    await (await byTestId(browser, 'history-empty')).waitForExist({ timeout: 10000 });
    assert.equal((await listedEntries(browser)).length, 0);
  });
});

describe('a diary file that is not a database', () => {
  it('explains the problem at start-up and leaves the file exactly as it was', async () => {
    const { mkdtemp, writeFile, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dataDir = await mkdtemp(join(tmpdir(), 'backtrack-e2e-notdb-'));
    const file = join(dataDir, 'backtrack.db');
    const original = 'My own notes, saved here by mistake.\n'.repeat(50);
    await writeFile(file, original);

    const app = await startApp({ dataDir });
    try {
      await waitForReady(app.browser);
      const problem = await byTestId(app.browser, 'startup-problem');
      await problem.waitForExist({ timeout: 10000, timeoutMsg: 'no start-up problem screen' });
      assert.match(await problem.getText(), /not a BackTrack diary/);
      assert.equal(await (await byTestId(app.browser, 'nav-today')).isExisting(), false, 'no diary screens are offered');
    } finally {
      await app.stop();
    }
    assert.equal(await readFile(file, 'utf8'), original, 'the file is untouched');
  });
});
