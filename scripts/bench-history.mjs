// Benchmark (not a test): History over a ten-year diary (about 14,600 entries), in the real window.
//   For each action, ms from the click to the first animation frame with the new page's entries
//   on screen (timed inside the window), and the number of elements in the document then:
//   (a) clicking History in the navigation (opens on Last 30 days);
//   (b) the All preset (from Last 30 days);
//   (c) the Last 30 days preset (from All);
//   (d) "Jump to month" to a month about five years back (from page 1 of All);
//   plus the JSON size of one page of All, against 5.6 MB for the whole diary before paging.
// Needs a built debug app and seed example (`cargo build --example seed`), a display and a
// session bus: `make bench` runs it under xvfb-run. BENCH_HISTORY_RUNS (default 7) and
// BENCH_HISTORY_YEARS (default 10) change the counts.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appClock, startApp, tempDataDir, waitForReady } from '../tests/e2e/harness.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedBin = path.join(repoRoot, 'target/debug/examples/seed');
const runs = Number(process.env.BENCH_HISTORY_RUNS ?? 7);
const years = Number(process.env.BENCH_HISTORY_YEARS ?? 10);

if (!existsSync(seedBin)) throw new Error(`no seed example at ${seedBin}: run \`cargo build --example seed\``);
const dataDir = tempDataDir();
const seedStart = performance.now();
const seedOutput = execFileSync(seedBin, ['--years', String(years), '--data-dir', dataDir], { env: { ...process.env, ...appClock.env() } });
process.stderr.write(`${seedOutput.toString().trim()} (${((performance.now() - seedStart) / 1000).toFixed(1)} s)\n`);

/**
 * Clicks `selector` inside the window and resolves with { ms, elements } once `until` holds
 * and the next frame has been drawn. `until` is data, not code (the page's CSP forbids eval):
 * { entries: true } | { pager: "<regexp>" } | { month: "YYYY-MM" }.
 */
async function timeClick(browser, selector, until) {
  const result = await browser.executeAsync(
    (selector, until, done) => {
      // History's entries (Today lists its own entries outside a day list).
      const hasEntries = () => document.querySelector('[data-testid="day-list"] [data-testid="entry"]') !== null;
      const shown = () => {
        if (until.entries) return hasEntries();
        if (until.pager) return new RegExp(until.pager).test(document.querySelector('[data-testid="pager-status"]')?.textContent ?? '') && hasEntries();
        const day = document.activeElement?.closest('[data-testid="day"]')?.getAttribute('data-day') ?? '';
        return day.startsWith(until.month);
      };
      const start = performance.now();
      let finished = false;
      const finish = () => {
        if (finished || !shown()) return;
        finished = true;
        observer.disconnect();
        document.removeEventListener('focusin', finish);
        const shownMs = performance.now() - start;
        requestAnimationFrame(() => done({ ms: performance.now() - start, shownMs, elements: document.getElementsByTagName('*').length }));
      };
      const observer = new MutationObserver(finish);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      // A jump to a month ends with focus moving, which is not a DOM mutation.
      document.addEventListener('focusin', finish);
      const target = document.querySelector(selector);
      if (!target) return done({ error: `no ${selector}` });
      target.click();
      finish();
    },
    selector,
    until,
  );
  if (result.error) throw new Error(result.error);
  if (process.env.BENCH_VERBOSE) process.stderr.write(`${selector}: ${result.ms.toFixed(0)} ms (in the DOM at ${result.shownMs.toFixed(0)} ms), ${result.elements} elements\n`);
  return result;
}

const measures = { history: [], all: [], last30: [], month: [] };
const app = await startApp({ dataDir });
let pageBytes = 0;
try {
  const { browser } = app;
  await waitForReady(browser, 60000);
  // The All view's page count, to tell its pager from Last 30 days' "Page 1 of 2".
  let allPages = 0;
  for (let n = 0; n < runs; n++) {
    await (await browser.$('[data-testid="nav-today"]')).click();
    await (await browser.$('[data-testid="new-entry-save"]')).waitForExist({ timeout: 10000 });
    measures.history.push(await timeClick(browser, '[data-testid="nav-history"]', { entries: true }));
    await browser.pause(200);

    measures.all.push(await timeClick(browser, '[data-testid="preset-all"]', { pager: '^Page 1 of \\d{3,}$' }));
    allPages ||= Number((await (await browser.$('[data-testid="pager-status"]')).getText()).split(' of ')[1]);
    await browser.pause(200);

    // Jump from page 1 of All to the month in the middle of the diary.
    const months = await browser.execute(() => [...document.querySelectorAll('#history-month option')].map((o) => o.value));
    const month = months[Math.floor(months.length / 2) + (n % 3)];
    await browser.execute((value) => {
      const select = document.querySelector('#history-month');
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, month);
    measures.month.push(await timeClick(browser, '[data-testid="history-month-go"]', { month }));
    await browser.pause(200);

    measures.last30.push(await timeClick(browser, '[data-testid="preset-last30"]', { pager: `^Page 1 of (?!${allPages}$)\\d+$` }));
    await browser.pause(200);
    process.stderr.write(`run ${n + 1}/${runs}: History ${measures.history.at(-1).ms.toFixed(0)} ms, All ${measures.all.at(-1).ms.toFixed(0)} ms\n`);
  }
  pageBytes = await browser.executeAsync((done) => {
    window.__TAURI_INTERNALS__
      .invoke('history_page', { from: null, to: null, page: 0 })
      .then((page) => done(JSON.stringify(page).length))
      .catch((error) => done(-1 * (JSON.stringify(error) ?? '').length));
  });
} finally {
  await app.stop();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const row = (name, samples) => {
  const ms = samples.map((s) => s.ms);
  const elements = samples.map((s) => s.elements);
  return `| ${name} | ${ms.length} | ${median(ms).toFixed(0)} | ${Math.min(...ms).toFixed(0)}-${Math.max(...ms).toFixed(0)} | ${median(elements)} | ${Math.max(...elements)} |`;
};

console.log(`History over ${years} years seeded, debug build, ${runs} runs of each action in one launch`);
console.log('| action | n | median ms to first entries | range ms | median elements | max elements |');
console.log('|---|---|---|---|---|---|');
console.log(row('click History (Last 30 days)', measures.history));
console.log(row('preset All', measures.all));
console.log(row('Jump to month (mid-diary)', measures.month));
console.log(row('preset Last 30 days (from All)', measures.last30));
console.log(`JSON of page 1 of All: ${(pageBytes / 1024).toFixed(1)} KiB`);
