// Benchmark (not a test): how fast BackTrack opens and saves.
//   (a) launch: ms from startApp() to the UI showing [data-ready="true"], fresh diary each time;
//   (b) save:   ms per `log_pain` IPC round trip, timed inside the window with performance.now().
//       WebKit rounds performance.now() to whole ms, so the mean over each batch is printed too.
//   (c) Program: ms from clicking Program until today's routine is shown (5 per launch);
// Needs a built debug app, a display and a session bus: `make bench` runs it under xvfb-run.
// BENCH_LAUNCHES (default 7) and BENCH_SAVES (default 50 per launch) change the counts.
import { startApp, waitForReady } from '../tests/e2e/harness.mjs';

const launches = Number(process.env.BENCH_LAUNCHES ?? 7);
const savesPerLaunch = Number(process.env.BENCH_SAVES ?? 50);

const programOpensPerLaunch = Number(process.env.BENCH_PROGRAM_OPENS ?? 5);

/**
 * (c) ms from clicking "Program" in the navigation until today's routine is on screen: the
 * screen mounts, calls get_program (routine built in Rust) and renders. Timed in the window.
 */
async function timeProgramScreen(browser, opens) {
  const times = [];
  for (let n = 0; n < opens; n++) {
    await (await browser.$('[data-testid="nav-today"]')).click();
    const ms = await browser.executeAsync((done) => {
      const start = performance.now();
      const shown = () => document.querySelector('[data-testid="routine-exercise"]');
      const observer = new MutationObserver(() => {
        if (shown()) {
          observer.disconnect();
          done(performance.now() - start);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      document.querySelector('[data-testid="nav-program"]').click();
    });
    times.push(ms);
  }
  return times;
}

const launchMs = [];
const programMs = [];
const saveMs = [];
const batchMeanMs = []; // one mean per launch
for (let i = 0; i < launches; i++) {
  const t0 = performance.now();
  const app = await startApp();
  try {
    await waitForReady(app.browser);
    launchMs.push(performance.now() - t0);
    const result = await app.browser.executeAsync(async (count, done) => {
      const times = [];
      const batchStart = performance.now();
      try {
        for (let n = 0; n < count; n++) {
          const start = performance.now();
          await window.__TAURI_INTERNALS__.invoke('log_pain', { draft: { intensity: 3 } });
          times.push(performance.now() - start);
        }
        done({ times, batchMean: (performance.now() - batchStart) / count });
      } catch (error) {
        done({ error: JSON.stringify(error) ?? String(error) });
      }
    }, savesPerLaunch);
    if (result.error) throw new Error(`log_pain failed: ${result.error}`);
    saveMs.push(...result.times);
    batchMeanMs.push(result.batchMean);
    programMs.push(...(await timeProgramScreen(app.browser, programOpensPerLaunch)));
  } finally {
    await app.stop();
  }
  process.stderr.write(`launch ${i + 1}/${launches}: ${launchMs.at(-1).toFixed(0)} ms\n`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const row = (name, xs, digits) =>
  `| ${name} | ${xs.length} | ${median(xs).toFixed(digits)} | ${Math.min(...xs).toFixed(digits)} | ${Math.max(...xs).toFixed(digits)} |`;

console.log('| measure | n | median ms | min ms | max ms |');
console.log('|---|---|---|---|---|');
console.log(row('launch to ready (fresh diary)', launchMs, 0));
console.log(row('log_pain IPC save, per call', saveMs, 0));
console.log(row(`log_pain IPC save, mean of ${savesPerLaunch} per launch`, batchMeanMs, 2));
console.log(row('Program screen: click to routine shown', programMs, 0));
