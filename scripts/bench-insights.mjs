// Benchmark (not a test): Insights over a ten-year diary (about 14,600 entries), in the real
// window. For each action, ms from the click until every chart on the screen is drawn and the
// next animation frame has run (timed inside the window), and the number of elements then:
//   (a) clicking Insights in the navigation (opens on the last 90 days);
//   (b) each range preset: last 30 days, last year, everything.
// Needs a built app and seed example (`cargo build --example seed`), a display and a session
// bus: `make bench` runs it under xvfb-run. BACKTRACK_BIN picks the binary (the release figure
// uses target/release/backtrack from scripts/bench-size.sh); BENCH_INSIGHTS_RUNS (default 7).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, tempDataDir, waitForReady } from '../tests/e2e/harness.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedBin = path.join(repoRoot, 'target/debug/examples/seed');
const runs = Number(process.env.BENCH_INSIGHTS_RUNS ?? 7);
const zone = { TZ: 'Etc/UTC' };

if (!existsSync(seedBin)) throw new Error(`no seed example at ${seedBin}: run \`cargo build --example seed\``);
const dataDir = tempDataDir();
execFileSync(seedBin, ['--years', '10', '--data-dir', dataDir], { env: { ...process.env, ...zone } });

/** Clicks `selector` and resolves with { ms, elements } once Insights for a new range is drawn. */
async function timeClick(browser, selector) {
  const result = await browser.executeAsync((selector, done) => {
    const before = document.querySelector('[data-testid="insights"]');
    const drawn = () => {
      const shown = document.querySelector('[data-testid="insights"]');
      if (!shown || shown === before) return false;
      const charts = [...shown.querySelectorAll('.time-chart-canvas')];
      return charts.length > 0 && charts.every((c) => c.dataset.drawn === 'true');
    };
    const start = performance.now();
    let finished = false;
    const finish = () => {
      if (finished || !drawn()) return;
      finished = true;
      observer.disconnect();
      requestAnimationFrame(() => done({ ms: performance.now() - start, elements: document.getElementsByTagName('*').length }));
    };
    const observer = new MutationObserver(finish);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    const target = document.querySelector(selector);
    if (!target) return done({ error: `no ${selector}` });
    target.click();
  }, selector);
  if (result.error) throw new Error(result.error);
  return result;
}

const measures = { open: [], last30: [], last365: [], all: [] };
const app = await startApp({ dataDir, env: zone });
try {
  const { browser } = app;
  await waitForReady(browser, 60000);
  for (let n = 0; n < runs; n++) {
    await (await browser.$('[data-testid="nav-today"]')).click();
    await (await browser.$('[data-testid="new-entry-save"]')).waitForExist({ timeout: 10000 });
    measures.open.push(await timeClick(browser, '[data-testid="nav-insights"]'));
    for (const preset of ['last30', 'last365', 'all']) {
      await browser.pause(200);
      measures[preset].push(await timeClick(browser, `[data-testid="insights-range-${preset}"]`));
    }
    process.stderr.write(`run ${n + 1}/${runs}: open ${measures.open.at(-1).ms.toFixed(0)} ms, all ${measures.all.at(-1).ms.toFixed(0)} ms\n`);
  }
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

console.log(`Insights over 10 years seeded, ${process.env.BACKTRACK_BIN ?? 'debug build'}, ${runs} runs of each action in one launch`);
console.log('| action | n | median ms to charts drawn | range ms | median elements | max elements |');
console.log('|---|---|---|---|---|---|');
console.log(row('click Insights (last 90 days)', measures.open));
console.log(row('preset last 30 days', measures.last30));
console.log(row('preset last year', measures.last365));
console.log(row('preset everything (10 years)', measures.all));
