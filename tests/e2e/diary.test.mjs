// The pain diary end to end on the real app: quick and detailed logging, editing, deleting with
// and without undo, the diary surviving a restart, and a day ending at local midnight.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pinnedClock, startApp, waitForReady } from './harness.mjs';
import {
  byTestId,
  choose,
  inEntry,
  listedEntries,
  openDetails,
  openScreen,
  openToday,
  quickLog,
  setField,
  shiftLocal,
  waitForEntryCount,
} from './screens.mjs';

describe('the pain diary', () => {
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

  it('logs a quick entry with just a number and shows it in today’s list', async () => {
    await (await byTestId(browser, 'today-empty')).waitForExist({ timeout: 10000 });
    await quickLog(browser, 4);
    await waitForEntryCount(browser, 1);
    const [entry] = await listedEntries(browser);
    assert.equal(entry.intensity, 4, 'the quick entry keeps its level');
    assert.equal(entry.sites, 'No place chosen', 'a quick entry has no places, and that is fine');
  });

  it('logs a detailed entry from earlier today', async () => {
    const now = await openDetails(browser);
    const earlier = now.endsWith('T00:00') ? now : shiftLocal(now, -1);
    const when = earlier.slice(0, 10) === now.slice(0, 10) ? earlier : `${now.slice(0, 10)}T00:00`;

    await choose(browser, 'new-entry-intensity-6');
    await setField(browser, 'new-entry-occurredAt', when);
    await (await byTestId(browser, 'new-entry-sites-lower_back_centre')).click();
    await (await byTestId(browser, 'new-entry-sites-buttock_left')).click();
    await (await byTestId(browser, 'new-entry-legRadiation-left')).click();
    await (await byTestId(browser, 'new-entry-qualities-aching')).click();
    await (await byTestId(browser, 'new-entry-qualities-stiff')).click();
    await (await byTestId(browser, 'new-entry-worse-sitting')).click();
    await (await byTestId(browser, 'new-entry-sleepQuality')).selectByAttribute('value', '3');
    await (await byTestId(browser, 'new-entry-note')).setValue('Long drive to work.');
    await (await byTestId(browser, 'new-entry-forSurgeon')).click();
    await (await byTestId(browser, 'new-entry-save')).click();

    await browser.waitUntil(async () => /^Saved\. Pain 6 at /.test(await (await byTestId(browser, 'save-status')).getText()), {
      timeout: 10000,
      timeoutMsg: 'the detailed entry was not saved',
    });
    await waitForEntryCount(browser, 2);
    const detailed = (await listedEntries(browser)).find((e) => e.intensity === 6);
    assert.ok(detailed, 'the detailed entry is listed');
    const [hour, minute] = when.slice(11, 16).split(':').map(Number);
    const twelveHour = `${((hour + 11) % 12) + 1}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
    assert.equal(detailed.time.replace(/\s/g, ' '), twelveHour, 'it is listed at the time chosen, not at now, on the US 12-hour clock');
    assert.match(detailed.sites, /Lower back, middle and Left buttock/);
    assert.match(detailed.sites, /For my surgeon/);

    await (await browser.$(inEntry(detailed.id, 'entry-toggle'))).click();
    const details = await (await browser.$(`[data-entry-id="${detailed.id}"] [data-testid="entry-details"]`)).getText();
    assert.match(details, /Long drive to work\./);
    assert.match(details, /Yes, left leg/);
    assert.match(details, /Aching, Stiff/);
    assert.match(details, /Sitting/);
    assert.match(details, /3 out of 10/);

    assert.equal(
      await (await byTestId(browser, 'new-entry-details-toggle')).getAttribute('aria-expanded'),
      'false',
      'the form starts fresh after saving',
    );
  });

  it('changes the level of an entry', async () => {
    const quick = (await listedEntries(browser)).find((e) => e.intensity === 4);
    assert.ok(quick);
    await (await browser.$(inEntry(quick.id, 'entry-edit'))).click();
    await choose(browser, `edit-${quick.id}-intensity-7`);
    await (await byTestId(browser, `edit-${quick.id}-save`)).click();
    await browser.waitUntil(async () => (await listedEntries(browser)).some((e) => e.id === quick.id && e.intensity === 7), {
      timeout: 10000,
      timeoutMsg: 'the edited level did not show',
    });
    const levels = (await listedEntries(browser)).map((e) => e.intensity).sort();
    assert.deepEqual(levels, [6, 7], 'the edit replaced the old level');
  });

  it('deletes an entry and brings it back with Undo', async () => {
    const target = (await listedEntries(browser)).find((e) => e.intensity === 7);
    await (await browser.$(inEntry(target.id, 'entry-delete'))).click();
    const undo = await byTestId(browser, 'undo-delete');
    await undo.waitForExist({ timeout: 10000 });
    await waitForEntryCount(browser, 1);
    assert.ok(await undo.isFocused(), 'focus moves to Undo');
    await undo.click();
    await waitForEntryCount(browser, 2);
    assert.ok((await listedEntries(browser)).some((e) => e.id === target.id && e.intensity === 7), 'the same entry is back');
  });

  it('deletes an entry for good when Undo is not used', async () => {
    const target = (await listedEntries(browser)).find((e) => e.intensity === 7);
    await (await browser.$(inEntry(target.id, 'entry-delete'))).click();
    await (await byTestId(browser, 'dismiss-deleted')).waitForExist({ timeout: 10000 });
    await (await byTestId(browser, 'dismiss-deleted')).click();
    await waitForEntryCount(browser, 1);
    assert.equal((await listedEntries(browser))[0].intensity, 6);
  });

  it('keeps the diary as it was after a restart', async () => {
    const before = await listedEntries(browser);
    await app.stop();
    app = await startApp({ dataDir: app.dataDir });
    browser = app.browser;
    await waitForReady(browser);
    await openToday(browser);
    await waitForEntryCount(browser, 1, 'entries on Today after restart');
    assert.deepEqual(await listedEntries(browser), before, 'Today shows the same entry');

    await openScreen(browser, 'history');
    await (await byTestId(browser, 'day-list')).waitForExist({ timeout: 10000 });
    await waitForEntryCount(browser, 1, 'entries in History after restart');
    const days = await browser.$$('[data-testid="day"]');
    assert.equal(days.length, 1, 'one day in the diary');
    const stats = await (await byTestId(browser, 'day-stats')).getText();
    assert.match(stats, /Low 6\s*·\s*Average 6\s*·\s*High 6/);
    assert.deepEqual(await listedEntries(browser), before, 'History shows the same entry');
  });
});

describe('the diary at local midnight', () => {
  let app;

  after(async () => {
    await app?.stop();
  });

  it('keeps an entry logged at 23:59 on its day, and Today starts empty after midnight', async () => {
    // 75 seconds before midnight in London (BST): time to start the app and log, then the day ends.
    const night = pinnedClock('2026-06-10T23:58:45+01:00', 'Europe/London');
    const midnight = new Date('2026-06-10T23:00:00Z');
    app = await startApp({ clock: night });
    const { browser } = app;
    await waitForReady(browser);
    await openToday(browser);
    const titleBefore = await (await byTestId(browser, 'screen-title')).getText();
    await quickLog(browser, 5);
    assert.ok(night.now() < midnight, 'the entry was saved before midnight (a very slow start would make this test meaningless)');
    assert.match(await (await byTestId(browser, 'save-status')).getText(), / at 11:5\d\sPM\.$/, 'saved at the app\'s local time');
    await waitForEntryCount(browser, 1);

    await new Promise((resolve) => setTimeout(resolve, night.toReal(midnight).getTime() - Date.now() + 1000));
    assert.equal(night.localDay(), '2026-06-11');
    await openScreen(browser, 'history');
    await openToday(browser);
    await (await byTestId(browser, 'today-empty')).waitForExist({ timeout: 10000, timeoutMsg: 'Today still lists the day before' });
    assert.notEqual(await (await byTestId(browser, 'screen-title')).getText(), titleBefore, 'Today names the new day');

    await openScreen(browser, 'history');
    await (await byTestId(browser, 'day-list')).waitForExist({ timeout: 10000 });
    const days = await browser.$$('[data-testid="day"]').map((day) => day.getAttribute('data-day'));
    assert.deepEqual([...days], ['2026-06-10'], 'the 23:59 entry stays on Wednesday');
  });
});
