// History over a long, seeded diary (two years, about 2,900 entries): it opens a page at a time,
// never builds more than 3,000 elements, pages back, jumps to a month, keeps edit/delete/undo on
// the page being read, and passes axe, also at a phone's 360-pixel width.
// Needs the seed example: `cargo build --example seed` (the Makefile's `app` step builds it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { appClock, checkA11y, startApp, tempDataDir, waitForReady } from './harness.mjs';
import { byTestId, listedEntries, openScreen, press, setField, textOf } from './screens.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedBin = path.join(repoRoot, 'target/debug/examples/seed');
const MAX_ELEMENTS = 3000;
const PAGE_ENTRIES = 60; // domain::history_pages::HISTORY_BUDGET

/** A data dir holding `years` of synthetic diary ending on the app's today (the seed runs on `appClock`). */
function seededDiary(years) {
  if (!existsSync(seedBin)) throw new Error(`no seed example at ${seedBin}: run \`cargo build --example seed\``);
  const dataDir = tempDataDir();
  execFileSync(seedBin, ['--years', String(years), '--data-dir', dataDir], { env: { ...process.env, ...appClock.env() }, stdio: 'pipe' });
  return dataDir;
}

const elementCount = (browser) => browser.execute(() => document.getElementsByTagName('*').length);

/** "Page N of M" of the top pager as [N, M]. */
async function pageStatus(browser) {
  const match = /^Page (\d+) of (\d+)$/.exec(await textOf(browser, 'pager-status'));
  assert.ok(match, 'the pager says "Page N of M"');
  return [Number(match[1]), Number(match[2])];
}

async function waitForPage(browser, number) {
  await browser.waitUntil(async () => (await textOf(browser, 'pager-status')).startsWith(`Page ${number} of `), {
    timeout: 10000,
    timeoutMsg: `page ${number} was not shown`,
  });
}

/** The text of an element screen readers hear but eyes do not (WebDriver's getText skips it). */
const spokenText = (browser, testId) =>
  browser.execute((selector) => document.querySelector(selector)?.textContent?.trim() ?? '', `[data-testid="${testId}"]`);

const focusedText = (browser) => browser.execute(() => document.activeElement?.textContent?.trim() ?? '');

describe('History of a two-year diary', () => {
  let app;
  let browser;

  before(async () => {
    app = await startApp({ dataDir: seededDiary(2) });
    browser = app.browser;
    await waitForReady(browser);
    await openScreen(browser, 'history');
    await (await byTestId(browser, 'day-list')).waitForExist({ timeout: 10000 });
  });

  after(async () => {
    await app?.stop();
  });

  it('opens All a page at a time, under 3,000 elements', async () => {
    await (await byTestId(browser, 'preset-all')).click();
    await browser.waitUntil(async () => /^[\d,]+ entries on [\d,]+ days/.test(await textOf(browser, 'history-totals')), {
      timeout: 10000,
      timeoutMsg: 'the totals of All were not shown',
    });
    assert.match(await textOf(browser, 'history-totals'), /^2,?9\d\d entries on 7[23]\d days/, 'two years of four entries a day');
    const [page, pages] = await pageStatus(browser);
    assert.equal(page, 1, 'All starts at the newest page');
    assert.ok(pages >= 48, `2,900 entries need at least 48 pages of ${PAGE_ENTRIES}; got ${pages}`);
    const entries = (await listedEntries(browser)).length;
    assert.ok(entries > 0 && entries <= PAGE_ENTRIES, `the page lists 1 to ${PAGE_ENTRIES} entries, not ${entries}`);
    const elements = await elementCount(browser);
    assert.ok(elements < MAX_ELEMENTS, `History "All" builds ${elements} elements; it must stay under ${MAX_ELEMENTS}`);
    assert.equal(await (await byTestId(browser, 'pager-newer')).isEnabled(), false, 'there is nothing newer than page 1');
    await checkA11y(browser, 'History, All, page 1 of a long diary');
  });

  it('goes to an older page, moves focus to the list and announces the page', async () => {
    const firstIds = (await listedEntries(browser)).map((e) => e.id);
    await press(browser, 'pager-end-older');
    await waitForPage(browser, 2);
    const secondIds = (await listedEntries(browser)).map((e) => e.id);
    assert.equal(secondIds.filter((id) => firstIds.includes(id)).length, 0, 'page 2 repeats no entry of page 1');
    assert.equal(await browser.execute(() => document.activeElement?.id), 'days-heading', 'focus goes to the top of the new page');
    assert.match(await spokenText(browser, 'history-page-status'), /^Page 2 of \d+, from .+ to .+\.$/);
    assert.ok((await elementCount(browser)) < MAX_ELEMENTS);
  });

  it('jumps to a month a year ago and lands on its newest day', async () => {
    const months = await browser.execute(() => [...document.querySelectorAll('#history-month option')].map((o) => o.value));
    assert.ok(months.length >= 24, `two years span at least 24 months; the select offers ${months.length}`);
    const month = months[12];
    await setField(browser, 'history-month', month);
    await press(browser, 'history-month-go');
    await browser.waitUntil(
      async () => (await browser.execute(() => document.activeElement?.closest('[data-testid="day"]')?.getAttribute('data-day') ?? '')).startsWith(month),
      { timeout: 10000, timeoutMsg: `focus did not land on a day of ${month}` },
    );
    const [page] = await pageStatus(browser);
    assert.ok(page > 2, `${month} is further back than page 2 (page ${page})`);
    assert.match(await focusedText(browser), /\d{4}$/, 'focus is on the day heading, a long date');
    assert.match(await spokenText(browser, 'history-page-status'), new RegExp(`^Page ${page} of `));
    assert.equal(await (await byTestId(browser, 'history-month')).getValue(), month, 'the select still names the month');
    assert.ok((await elementCount(browser)) < MAX_ELEMENTS);
    await checkA11y(browser, 'History, after a jump to a month');
  });

  it('deletes and undoes on the page being read, not page 1', async () => {
    const [page] = await pageStatus(browser);
    const [first] = await listedEntries(browser);
    await (await browser.$(`[data-entry-id="${first.id}"] [data-testid="entry-delete"]`)).click();
    await (await byTestId(browser, 'deleted-notice')).waitForExist({ timeout: 10000 });
    await browser.waitUntil(async () => !(await listedEntries(browser)).some((e) => e.id === first.id), {
      timeout: 10000,
      timeoutMsg: 'the deleted entry stayed on the page',
    });
    assert.equal((await pageStatus(browser))[0], page, 'the same page is shown again after the delete');
    await press(browser, 'undo-delete');
    await browser.waitUntil(async () => (await listedEntries(browser)).some((e) => e.id === first.id), {
      timeout: 10000,
      timeoutMsg: 'undo did not bring the entry back',
    });
    assert.equal((await pageStatus(browser))[0], page, 'and again after undo');
  });

  it('keeps Last 7 days on one page with no paging controls', async () => {
    await (await byTestId(browser, 'preset-last7')).click();
    await browser.waitUntil(async () => !(await byTestId(browser, 'pager').isExisting()), {
      timeout: 10000,
      timeoutMsg: 'a week of four entries a day should fit one page',
    });
    assert.equal((await listedEntries(browser)).length, 28, 'seven days of four entries');
  });

  it('fits a 360-pixel window with the paging controls, and passes axe there', async () => {
    await (await byTestId(browser, 'preset-all')).click();
    await (await byTestId(browser, 'pager')).waitForExist({ timeout: 10000 });
    await browser.setWindowSize(360, 740);
    await browser.waitUntil(async () => (await browser.execute(() => window.innerWidth)) <= 360, {
      timeout: 5000,
      timeoutMsg: 'the window did not shrink to 360 pixels',
    });
    await browser.pause(300);
    const widths = await browser.execute(() => ({ content: document.documentElement.scrollWidth, window: window.innerWidth }));
    assert.ok(widths.content <= widths.window, `content ${widths.content}px is wider than the ${widths.window}px window`);
    await checkA11y(browser, 'History, paged, at 360 px');
  });
});
