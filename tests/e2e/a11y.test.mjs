// axe-core on every screen of the real app, in the states people actually see.
import { after, before, describe, it } from 'node:test';
import { checkA11y, startApp, waitForReady } from './harness.mjs';
import { byTestId, choose, openDetails, openScreen, openToday, quickLog, setField, shiftLocal } from './screens.mjs';

describe('accessibility', () => {
  let app;
  let browser;

  before(async () => {
    app = await startApp();
    browser = app.browser;
    await waitForReady(browser);
  });

  after(async () => {
    await app?.stop();
  });

  it('Medications, with an active and an archived medication', async () => {
    await openScreen(browser, 'medications');
    await (await byTestId(browser, 'medications-empty')).waitForExist({ timeout: 10000 });
    await checkA11y(browser, 'Medications, empty');

    for (const [name, dose] of [['Ibuprofen', '400 mg'], ['Naproxen', '250 mg']]) {
      await (await byTestId(browser, 'medication-new-name')).setValue(name);
      await (await byTestId(browser, 'medication-new-defaultDose')).setValue(dose);
      await (await byTestId(browser, 'medication-new-save')).click();
      await browser.waitUntil(
        async () =>
          (
            await browser.execute(() =>
              [...document.querySelectorAll('[data-testid="medication-name"]')].map((e) => e.textContent.trim()),
            )
          ).includes(name),
        { timeout: 10000, timeoutMsg: `${name} was not added` },
      );
    }
    await (await browser.$('[data-testid="medication-archive"]')).click();
    await (await byTestId(browser, 'archived-list')).waitForExist({ timeout: 10000 });

    await (await byTestId(browser, 'medication-new-save')).click();
    await (await byTestId(browser, 'error-medication-new-name-error')).waitForExist({ timeout: 10000 });
    await checkA11y(browser, 'Medications, with a list, an archive and an error');
  });

  it('Today, with details open, an error and an entry', async () => {
    await openToday(browser);
    await quickLog(browser, 4);
    await (await byTestId(browser, 'entry-toggle')).click();
    const now = await openDetails(browser);
    await choose(browser, 'new-entry-intensity-2');
    await setField(browser, 'new-entry-occurredAt', shiftLocal(now, 24 * 60));
    await (await byTestId(browser, 'new-entry-save')).click();
    await (await byTestId(browser, 'new-entry-errors')).waitForExist({ timeout: 10000 });
    await checkA11y(browser, 'Today, details open with an error');
  });

  it('History, with a day and an expanded entry', async () => {
    await openScreen(browser, 'history');
    await (await byTestId(browser, 'day-list')).waitForExist({ timeout: 10000 });
    await (await byTestId(browser, 'entry-toggle')).click();
    await checkA11y(browser, 'History');
    await (await byTestId(browser, 'entry-edit')).click();
    await checkA11y(browser, 'History, editing an entry');
  });
});
