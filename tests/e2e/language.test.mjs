// BackTrack in Spanish, end to end: a Spanish device gets Spanish without being asked, Settings
// switches the language at once with no restart (and it is kept in the diary), every screen of a
// seeded diary reads in Spanish in the dark theme at 360 px with no axe violations, the surgeon's
// PDF is written in the report's language (read back with pdftotext), a restored backup brings its
// language back at once, and a reminder reaches the D-Bus peer in Spanish.
// Needs the seed example: `cargo build --example seed` (the Makefile's `app` step builds it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { appClock, checkA11y, startApp, tempDataDir, waitForReady } from './harness.mjs';
import { byTestId, openScreen, textOf } from './screens.mjs';
import { everyScreen, phoneWidth, pick } from './layout-checks.mjs';
import { addEveryDayReminder, notifications, startNotificationDaemon, stopNotificationDaemon } from './notifications.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedBin = path.join(repoRoot, 'target/debug/examples/seed');

/** Every one-line message of a Fluent area, as { id: text }, for one language. */
function fluentMessages(language, area) {
  const source = readFileSync(path.join(repoRoot, 'assets/locales', language, `${area}.ftl`), 'utf8');
  return Object.fromEntries(
    source
      .split('\n')
      .map((line) => /^([a-z][\w-]*) = (.+)$/.exec(line))
      .filter(Boolean)
      .map((match) => [match[1], match[2].trim()]),
  );
}

/** The messages of an area whose text is plain (no values) and differs between the languages. */
function plainDifferences(area) {
  const english = fluentMessages('en', area);
  const spanish = fluentMessages('es', area);
  return Object.keys(english)
    .filter((id) => spanish[id] && english[id] !== spanish[id] && !english[id].includes('{') && english[id].length >= 6)
    .map((id) => ({ id, english: english[id], spanish: spanish[id] }));
}

function seededDiary(years) {
  if (!existsSync(seedBin)) throw new Error(`no seed example at ${seedBin}: run \`cargo build --example seed\``);
  const dataDir = tempDataDir();
  execFileSync(seedBin, ['--years', String(years), '--data-dir', dataDir], { env: { ...process.env, ...appClock.env() }, stdio: 'pipe' });
  return dataDir;
}

/** Whether `file` holds a whole (plain) backup yet. */
function isBackup(file) {
  try {
    return typeof JSON.parse(readFileSync(file, 'utf8')) === 'object';
  } catch {
    return false;
  }
}

/** The time a minute past the app's next whole minute, at least `marginMs` away. */
function nextMinute(marginMs) {
  return new Date(Math.ceil((appClock.now().getTime() + marginMs) / 60000) * 60000);
}

describe('BackTrack in Spanish', () => {
  const dataDir = seededDiary(1);
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'backtrack-es-'));
  const answer = path.join(outDir, 'answer');
  const logPath = path.join(outDir, 'notify.log');
  let daemon;
  let app;

  before(async () => {
    daemon = await startNotificationDaemon(logPath);
  });

  after(async () => {
    await app?.stop();
    await stopNotificationDaemon(daemon);
  });

  it('speaks Spanish on a Spanish device before anything is chosen', async () => {
    app = await startApp({ dataDir, env: { LANG: 'es_US.UTF-8', LC_ALL: 'es_US.UTF-8', BACKTRACK_TEST_DIALOG_PATH: answer } });
    await waitForReady(app.browser);
    await openScreen(app.browser, 'today');
    assert.equal(await textOf(app.browser, 'nav-today'), 'Hoy');
    assert.equal(await app.browser.execute(() => document.documentElement.lang), 'es-US', 'the page says its language');
    await app.stop();
    app = null;
  });

  it('switches to Spanish from Settings at once, without a restart, and keeps it', async () => {
    app = await startApp({ dataDir, env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', BACKTRACK_TEST_DIALOG_PATH: answer } });
    const { browser } = app;
    await waitForReady(browser);
    await openScreen(browser, 'settings');
    assert.equal(await textOf(browser, 'screen-title'), 'Settings', 'an English device starts in English');
    await pick(browser, 'settings-language-es');
    await browser.waitUntil(async () => (await textOf(browser, 'screen-title')) === 'Ajustes', {
      timeout: 5000,
      timeoutMsg: 'Settings did not turn Spanish',
    });
    assert.equal(await textOf(browser, 'nav-today'), 'Hoy', 'the navigation turned Spanish too');
    await app.stop();
    app = await startApp({ dataDir, env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', BACKTRACK_TEST_DIALOG_PATH: answer } });
    await waitForReady(app.browser);
    await openScreen(app.browser, 'settings');
    assert.equal(await textOf(app.browser, 'screen-title'), 'Ajustes', 'the choice came back from the diary');
    assert.equal(await (await byTestId(app.browser, 'settings-language-es')).isSelected(), true);
  });

  it('shows every screen of a year-long diary in Spanish and dark at 360 px, with no axe violations', async () => {
    const { browser } = app;
    await pick(browser, 'settings-theme-dark');
    await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.dataset.theme)) === 'dark', {
      timeout: 5000,
      timeoutMsg: 'the dark theme was not drawn',
    });
    await phoneWidth(browser);
    const rows = await browser.execute(
      () => new Set([...document.querySelectorAll('.nav-list [data-testid^="nav-"]')].filter((b) => b.offsetParent !== null).map((b) => Math.round(b.getBoundingClientRect().top))).size,
    );
    assert.equal(rows, 1, 'the five daily places fit one row of the bottom bar in Spanish too');
    await everyScreen(browser, 'es-dark', { axe: true });
    await browser.setWindowSize(1280, 800);
  });

  it('writes the surgeon\'s PDF in Spanish, read back with pdftotext', async () => {
    const { browser } = app;
    await openScreen(browser, 'export');
    await (await byTestId(browser, 'export-save-pdf')).click();
    await (await byTestId(browser, 'export-result')).waitForExist({ timeout: 30000 });
    const text = execFileSync('pdftotext', ['-layout', answer, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const words = plainDifferences('report');
    const spanish = words.filter((w) => text.includes(w.spanish));
    const english = words.filter((w) => text.includes(w.english));
    assert.ok(spanish.length >= 3, `the report's Spanish headings are in the PDF (found ${spanish.map((w) => w.id)})`);
    assert.deepEqual(english.map((w) => w.english), [], 'no English heading is left in the Spanish report');
  });

  it('writes the report in English when the surgeon reads English, while the app stays Spanish', async () => {
    const { browser } = app;
    const select = await byTestId(browser, 'report-language');
    await select.selectByAttribute('value', 'en');
    await browser.pause(500);
    await (await byTestId(browser, 'export-save-pdf')).click();
    await browser.waitUntil(
      async () => {
        if (!existsSync(answer)) return false;
        const text = execFileSync('pdftotext', ['-layout', answer, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        return plainDifferences('report').filter((w) => text.includes(w.english)).length >= 3;
      },
      { timeout: 30000, timeoutMsg: 'the report was not written in English' },
    );
    assert.equal(await textOf(browser, 'nav-today'), 'Hoy', 'the app itself still speaks Spanish');
    await select.selectByAttribute('value', 'app');
  });

  it('takes a restored diary\'s language at once, with no restart', async () => {
    const { browser } = app;
    // A backup of the Spanish diary...
    rmSync(answer, { force: true });
    await (await byTestId(browser, 'export-save-backup')).click();
    await browser.waitUntil(async () => isBackup(answer), { timeout: 30000, timeoutMsg: 'the backup was not saved' });
    // ...the diary then switched to English...
    await openScreen(browser, 'settings');
    await pick(browser, 'settings-language-en');
    await browser.waitUntil(async () => (await textOf(browser, 'nav-today')) === 'Today', {
      timeout: 5000,
      timeoutMsg: 'Settings did not turn English',
    });
    // ...and the backup put back in its place.
    await openScreen(browser, 'export');
    await pick(browser, 'restore-replace');
    await (await byTestId(browser, 'restore-start')).click();
    const confirm = await byTestId(browser, 'restore-confirm');
    await confirm.waitForExist({ timeout: 5000 });
    await confirm.click();
    await browser.waitUntil(async () => (await textOf(browser, 'nav-today')) === 'Hoy', {
      timeout: 60000,
      timeoutMsg: 'the window did not take the restored diary\'s Spanish',
    });
    assert.equal(await browser.execute(() => document.documentElement.lang), 'es-US', 'the page says its new language');
    assert.match(await textOf(browser, 'restore-result'), /\S/, 'the restore reports its result');
  });

  it('sends a reminder in Spanish to the notification daemon', async () => {
    // A new diary on a Spanish device: nothing done today, so the reminder is due.
    await app.stop();
    app = await startApp({ env: { LANG: 'es_US.UTF-8', LC_ALL: 'es_US.UTF-8' } });
    const { browser } = app;
    await waitForReady(browser);
    await openScreen(browser, 'reminders');
    const due = nextMinute(25000);
    await addEveryDayReminder(browser, 'workout', appClock.localTime(due));
    const reminderWords = new Set(Object.values(fluentMessages('es', 'reminders')));
    const englishWords = new Set(Object.values(fluentMessages('en', 'reminders')));
    await browser.waitUntil(async () => notifications(logPath).length > 0, {
      timeout: due.getTime() - appClock.now().getTime() + 20000,
      interval: 250,
      timeoutMsg: 'no reminder reached the notification daemon',
    });
    const [sent] = notifications(logPath);
    assert.ok(reminderWords.has(sent.title), `the title "${sent.title}" is one of the Spanish reminder messages`);
    assert.ok(!englishWords.has(sent.title), `the title "${sent.title}" is not English`);
    await checkA11y(browser, 'reminders, Spanish');
  });
});

// Not a test: the catalogs this file reads must exist, or every check above would be vacuous.
for (const language of ['en', 'es']) {
  const areas = readdirSync(path.join(repoRoot, 'assets/locales', language));
  if (!areas.includes('report.ftl') || !areas.includes('reminders.ftl')) throw new Error(`assets/locales/${language} lacks report or reminders`);
}
