// Insights on the real app over seeded diaries, with the clock pinned to the golden file's day:
// the figures on screen are the golden file's (tests/fixtures/golden/insights_2026q1.json, made
// by tests/insights.rs from the same seed), a factor reads as in the file, the calendar opens
// History on a day, the charts can be read with the keyboard, and every range of a ten-year
// diary stays under 3,000 elements and passes axe, also at 360 pixels.
// Needs the seed example: `cargo build --example seed` (the Makefile's `app` step builds it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { checkA11y, startApp, tempDataDir, waitForReady } from './harness.mjs';
import { byTestId, openScreen, press, setField, textOf } from './screens.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedBin = path.join(repoRoot, 'target/debug/examples/seed');
const golden = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/golden/insights_2026q1.json'), 'utf8'));
const MAX_ELEMENTS = 3000;
// The golden file's last day, at noon UTC, in UTC: the seed and the app agree on "today".
const PINNED = { BACKTRACK_DEBUG_NOW: '2026-03-31T12:00:00Z', TZ: 'Etc/UTC' };

/** A data dir seeded with `days` days ending on the pinned day, by the golden file's seed. */
function seededDiary(days) {
  if (!existsSync(seedBin)) throw new Error(`no seed example at ${seedBin}: run \`cargo build --example seed\``);
  const dataDir = tempDataDir();
  const years = String(days / 365.25);
  execFileSync(seedBin, ['--years', years, '--seed', '7', '--entries-per-day', '4', '--data-dir', dataDir], {
    env: { ...process.env, ...PINNED },
    stdio: 'pipe',
  });
  return dataDir;
}

const elementCount = (browser) => browser.execute(() => document.getElementsByTagName('*').length);

/** Waits until Insights shows the range `from..to` (`from` may be skipped) with its charts drawn. */
async function waitForRange(browser, { from, to }) {
  await browser.waitUntil(
    async () =>
      browser.execute(
        (f, t) => {
          const shown = document.querySelector('[data-testid="insights"]');
          const charts = [...document.querySelectorAll('.time-chart-canvas')];
          const drawn = charts.length > 0 && charts.every((c) => c.dataset.drawn === 'true');
          return Boolean(shown) && (!f || shown.dataset.from === f) && shown.dataset.to === t && drawn;
        },
        from ?? null,
        to,
      ),
    { timeout: 15000, timeoutMsg: `Insights for ${from ?? 'everything'} to ${to} was not drawn` },
  );
}

const one = (value) => value.toFixed(1);

describe('Insights of a seeded 400-day diary, at the golden file\'s day', () => {
  let app;
  let browser;

  before(async () => {
    app = await startApp({ dataDir: seededDiary(400), env: PINNED });
    browser = app.browser;
    await waitForReady(browser);
  });

  after(async () => {
    await app?.stop();
  });

  it('says on Today how this week compares with last week', async () => {
    assert.match(await textOf(browser, 'week-line'), /^This week your average pain is \d+\.\d/);
  });

  it('shows the golden figures for the first quarter of 2026', async () => {
    await openScreen(browser, 'insights');
    await waitForRange(browser, { to: '2026-03-31' });
    await press(browser, 'insights-range-custom');
    await setField(browser, 'insights-from', '2026-01-01');
    await setField(browser, 'insights-to', '2026-03-31');
    await press(browser, 'insights-apply');
    await waitForRange(browser, { from: '2026-01-01', to: '2026-03-31' });
    const change = golden.pain.change;
    const summary = await textOf(browser, 'insights-summary');
    assert.ok(
      summary.includes(`from ${one(change.baselineAverage)} to ${one(change.latestAverage)} over these ${golden.daysInRange} days`),
      `the summary states the golden change: ${summary}`,
    );
    assert.equal(change.clinicallyImportant, summary.includes('big enough to matter'), 'the words follow the clinical flag');
    const first = golden.factors[0];
    const shown = await browser.execute(() => {
      const item = document.querySelector('[data-testid="factor"]');
      return { group: item?.dataset.group, name: item?.dataset.name, words: item?.querySelector('[data-testid="factor-words"]')?.textContent };
    });
    assert.deepEqual([shown.group, shown.name], [first.group, first.name], 'the largest difference comes first, as in the file');
    assert.ok(
      shown.words.includes(`${one(first.withAverage)} on ${first.withDays} days with it`) &&
        shown.words.includes(`${one(first.withoutAverage)} on ${first.withoutDays} days without it`),
      `the factor's figures are the file's: ${shown.words}`,
    );
    assert.match(await textOf(browser, 'factors-caution'), /do not show what causes it/);
    await checkA11y(browser, 'Insights, a custom quarter');
  });

  it('refuses a last day after today beside its field', async () => {
    await setField(browser, 'insights-to', '2026-04-30');
    await press(browser, 'insights-apply');
    await browser.waitUntil(async () => (await (await byTestId(browser, 'insights-to')).getAttribute('aria-invalid')) === 'true', {
      timeout: 10000,
      timeoutMsg: 'a future last day was not marked on its field',
    });
    const message = await browser.execute(() => document.getElementById('insights-to-error')?.textContent?.trim() ?? '');
    assert.match(message, /today or earlier/);
  });

  it('reads the pain chart point by point with the keyboard', async () => {
    const chart = await browser.$('[data-testid="pain-chart"] .time-chart-canvas');
    await chart.click();
    await browser.keys(['End']);
    await browser.keys(['ArrowLeft']);
    const read = await chart.getAttribute('aria-valuetext');
    const last = golden.pain.days.at(-2);
    assert.ok(read.includes(`average ${one(last.average)}, high ${last.high}`), `the second-last day is read out: ${read}`);
  });

  it('draws the charts again in the new colours when the theme changes while they are open', async () => {
    // As when the desktop turns dark with Insights on screen: the old canvases go, new ones are drawn.
    await browser.execute(() => {
      document.querySelectorAll('.time-chart-canvas canvas').forEach((c) => c.setAttribute('data-old', 'true'));
      document.documentElement.dataset.theme = 'dark';
    });
    await browser.waitUntil(
      async () =>
        browser.execute(() => {
          const canvases = [...document.querySelectorAll('.time-chart-canvas canvas')];
          return canvases.length > 0 && canvases.every((c) => !c.hasAttribute('data-old'));
        }),
      { timeout: 10000, timeoutMsg: 'the charts were not drawn again for the dark theme' },
    );
    await browser.execute(() => {
      document.documentElement.dataset.theme = 'light';
    });
  });

  it('opens History on a day chosen in the calendar', async () => {
    const day = golden.pain.days[10].day;
    await (await browser.$(`[data-testid="calendar-day"][data-day="${day}"]`)).click();
    await browser.waitUntil(async () => (await browser.getTitle()).startsWith('History'), { timeout: 5000, timeoutMsg: 'History did not open' });
    await (await browser.$(`[data-testid="day"][data-day="${day}"]`)).waitForExist({ timeout: 10000 });
    const days = await browser.execute(() => document.querySelectorAll('[data-testid="day"]').length);
    assert.equal(days, 1, 'History shows just the chosen day');
  });
});

describe('Insights of a ten-year diary', () => {
  let app;
  let browser;

  before(async () => {
    app = await startApp({ dataDir: seededDiary(3653), env: PINNED });
    browser = app.browser;
    await waitForReady(browser);
    await openScreen(browser, 'insights');
    await waitForRange(browser, { to: '2026-03-31' });
  });

  after(async () => {
    await app?.stop();
  });

  for (const preset of ['last30', 'last90', 'last365', 'all']) {
    it(`keeps "${preset}" under ${MAX_ELEMENTS} elements and passes axe`, async () => {
      await press(browser, `insights-range-${preset}`);
      const from = { last30: '2026-03-02', last90: '2026-01-01', last365: '2025-04-01', all: null }[preset];
      await waitForRange(browser, { from, to: '2026-03-31' });
      const elements = await elementCount(browser);
      assert.ok(elements < MAX_ELEMENTS, `Insights "${preset}" builds ${elements} elements`);
      await checkA11y(browser, `Insights, ${preset}, ten years`);
    });
  }

  it('fits a 360-pixel phone with everything shown', async () => {
    await browser.setWindowSize(360, 740);
    try {
      const overflow = await browser.execute(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 360 px`);
      await checkA11y(browser, 'Insights, everything, 360 px');
    } finally {
      await browser.setWindowSize(1024, 768);
    }
  });
});
