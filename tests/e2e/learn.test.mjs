// Learn end to end on the real app: articles, search, links both ways between articles and
// exercises, read marks kept after a restart, and the warning-signs check with its urgent screen.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkA11y, startApp, waitForReady } from './harness.mjs';
import { byTestId, choose, openDetails, openScreen, openToday, press, quickLog, textOf } from './screens.mjs';

const EMERGENCY = ['saddle_numbness', 'bladder_bowel', 'sexual_function', 'both_legs', 'legs_weaker'];
const SAME_DAY = [
  'fever_unwell',
  'weight_loss',
  'cancer_history',
  'night_pain',
  'fall_injury',
  'minor_fall_older',
  'steroid_tablets',
  'weak_immune',
  'injected_drugs',
];

/** Opens Learn and waits for the article list. */
async function openLearn(browser) {
  await openScreen(browser, 'learn');
  await (await byTestId(browser, 'article-item')).waitForExist({ timeout: 10000 });
}

/** Waits until the article with this slug is open, and returns its title. */
async function waitForArticle(browser, slug) {
  await browser.waitUntil(
    async () => (await browser.execute(() => document.querySelector('[data-testid="article"]')?.getAttribute('data-slug'))) === slug,
    { timeout: 10000, timeoutMsg: `the article ${slug} did not open` },
  );
  return textOf(browser, 'article-title');
}

/** The steps of one exercise family in Program: in today's routine, or shown on their own. */
const exerciseIn = (family) =>
  `[data-exercise-id^="${family}."] [data-testid="exercise-detail"], [data-testid="catalog-exercise"][data-family-id="${family}"] [data-testid="exercise-detail"]`;
const readMoreIn = (family) =>
  `[data-exercise-id^="${family}."] [data-testid="read-more-article"], [data-testid="catalog-exercise"][data-family-id="${family}"] [data-testid="read-more-article"]`;

async function waitForExercise(browser, family) {
  await browser.waitUntil(async () => (await browser.getTitle()).startsWith('Program'), { timeout: 10000, timeoutMsg: 'Program did not open' });
  await (await browser.$(exerciseIn(family))).waitForDisplayed({ timeout: 10000, timeoutMsg: `the steps for ${family} did not show` });
}

const focusedTestId = (browser) => browser.execute(() => document.activeElement?.getAttribute('data-testid') ?? '');

describe('Learn', () => {
  let app;
  let browser;
  let readSlug;

  before(async () => {
    app = await startApp();
    browser = app.browser;
    await waitForReady(browser);
  });

  after(async () => {
    await app?.stop();
  });

  it('lists the articles in reading order, each with a read mark', async () => {
    await openLearn(browser);
    const items = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="article-item"]')].map((item) => ({
        slug: item.getAttribute('data-slug'),
        read: item.getAttribute('data-read'),
        mark: item.querySelector('[data-testid="read-mark"]')?.textContent?.trim(),
      })),
    );
    assert.ok(items.length >= 10, 'at least the ten articles are listed');
    assert.equal(items[0].slug, 'back-and-buttocks-link', 'the list starts with the first article in reading order');
    assert.ok(items.every((i) => i.read === 'false' && i.mark === 'Not read yet'), 'nothing is read in a new diary');
    await checkA11y(browser, 'Learn, the article list');
  });

  it('opens an article with its title, reading time, sources and no web links', async () => {
    const title = await browser.execute(() => document.querySelector('[data-testid="article-open"]')?.textContent?.trim());
    await press(browser, 'article-open');
    assert.equal(await waitForArticle(browser, 'back-and-buttocks-link'), title);
    assert.equal(await focusedTestId(browser), 'article-title', 'focus moves to the article title');
    assert.match(await textOf(browser, 'article-minutes'), /^\d+ minute read$/);
    const sources = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="source"]')].map((s) => s.textContent.replace(/\s+/g, ' ').trim()),
    );
    assert.ok(sources.length >= 1 && sources[0].length > 10, 'the article lists its sources');
    const remote = await browser.execute(() => document.querySelectorAll('a[href^="http"], a[href^="//"]').length);
    assert.equal(remote, 0, 'no link leaves the app');
    await checkA11y(browser, 'Learn, an article');
  });

  it('marks an article read and shows the mark in the list', async () => {
    readSlug = 'back-and-buttocks-link';
    await press(browser, 'article-read-toggle');
    await browser.waitUntil(async () => (await textOf(browser, 'article-read-toggle')) === 'Mark as unread', {
      timeout: 10000,
      timeoutMsg: 'the article was not marked read',
    });
    await press(browser, 'article-back');
    await (await browser.$(`[data-testid="article-item"][data-slug="${readSlug}"][data-read="true"]`)).waitForExist({ timeout: 10000 });
  });

  it('follows a link inside an article to another article by keyboard', async () => {
    // Find an article whose text links to another one, open it, and press Enter on the link.
    const slugs = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="article-item"]')].map((i) => i.getAttribute('data-slug')),
    );
    let followed = false;
    for (const slug of slugs) {
      await (await browser.$(`[data-testid="article-open"][data-slug="${slug}"]`)).click();
      await waitForArticle(browser, slug);
      const to = await browser.execute(() => document.querySelector('[data-testid="article-body"] a[data-article]')?.getAttribute('data-article'));
      if (to) {
        await browser.execute(() => document.querySelector('[data-testid="article-body"] a[data-article]').focus());
        await browser.keys('Enter');
        await waitForArticle(browser, to);
        assert.equal(await focusedTestId(browser), 'article-title', 'focus moves to the new article’s title');
        followed = true;
        break;
      }
      await press(browser, 'article-back');
      await (await byTestId(browser, 'article-item')).waitForExist({ timeout: 10000 });
    }
    assert.ok(followed, 'some article links to another article');
    await press(browser, 'article-back');
    await (await byTestId(browser, 'article-item')).waitForExist({ timeout: 10000 });
  });

  it('searches the articles and opens a result', async () => {
    await (await byTestId(browser, 'article-search')).setValue('piriformis');
    await (await byTestId(browser, 'search-hit')).waitForExist({ timeout: 10000 });
    const hits = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="search-hit"]')].map((h) => ({
        slug: h.getAttribute('data-slug'),
        snippet: h.querySelector('[data-testid="search-snippet"]')?.textContent ?? '',
      })),
    );
    const hit = hits.find((h) => h.slug === 'piriformis-and-leg-pain');
    assert.ok(hit, 'the piriformis article is found');
    assert.match(hits[0].snippet, /piriformis/i, 'the best hit shows a snippet around the word');
    await (await browser.$('[data-testid="search-hit-open"][data-slug="piriformis-and-leg-pain"]')).click();
    assert.match(await waitForArticle(browser, 'piriformis-and-leg-pain'), /piriformis/i);

    await press(browser, 'article-back');
    await (await byTestId(browser, 'article-search')).setValue('zzqqxx');
    await (await byTestId(browser, 'search-empty')).waitForExist({ timeout: 10000 });
    assert.match(await textOf(browser, 'search-empty'), /^No articles match/);
    await (await byTestId(browser, 'article-search')).clearValue();
    await (await byTestId(browser, 'article-search')).setValue(' ');
    await (await byTestId(browser, 'article-item')).waitForExist({ timeout: 10000 });
  });

  it('goes from an article to its exercise in Program, and back to an article from there', async () => {
    // A link in the text, by keyboard.
    await (await browser.$('[data-testid="article-open"][data-slug="back-and-buttocks-link"]')).click();
    await waitForArticle(browser, 'back-and-buttocks-link');
    const family = await browser.execute(() => document.querySelector('[data-testid="article-body"] a[data-exercise]')?.getAttribute('data-exercise'));
    assert.ok(family, 'the article links to an exercise');
    await browser.execute(() => document.querySelector('[data-testid="article-body"] a[data-exercise]').focus());
    await browser.keys('Enter');
    await waitForExercise(browser, family);
    await checkA11y(browser, 'Program, an exercise opened from Learn');

    // "Read more" in the exercise's steps leads back to Learn.
    const readMore = await browser.$(readMoreIn(family));
    await readMore.waitForExist({ timeout: 10000 });
    const slug = await readMore.getAttribute('data-slug');
    await readMore.click();
    await browser.waitUntil(async () => (await browser.getTitle()).startsWith('Learn'), { timeout: 10000, timeoutMsg: 'Learn did not open' });
    await waitForArticle(browser, slug);

    // And the article's own list of exercises leads to Program again.
    const related = await browser.execute(() => document.querySelector('[data-testid="related-exercise"]')?.getAttribute('data-family-id'));
    assert.ok(related, 'the article names an exercise');
    await press(browser, 'related-exercise');
    await waitForExercise(browser, related);
  });

  it('asks again when a question is left out, then shows the urgent screen for saddle numbness', async () => {
    await (await byTestId(browser, 'nav-learn')).click();
    await press(browser, 'check-open');
    await (await byTestId(browser, 'check-question')).waitForExist({ timeout: 10000 });
    assert.equal(await focusedTestId(browser), 'check-title');
    const order = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="check-question"]')].map((q) => q.getAttribute('data-question-id')),
    );
    assert.deepEqual(order.slice(0, EMERGENCY.length).sort(), [...EMERGENCY].sort(), 'emergency signs are asked first');
    assert.deepEqual(order.slice(EMERGENCY.length).sort(), [...SAME_DAY].sort());
    await checkA11y(browser, 'the warning-signs check');

    await choose(browser, 'rf-saddle_numbness-yes');
    await press(browser, 'check-submit');
    await (await byTestId(browser, 'check-errors')).waitForExist({ timeout: 10000 });
    await (await browser.$('[data-question-id="fever_unwell"] [data-testid="error-rf-fever_unwell-error"]')).waitForExist({ timeout: 5000 });
    await checkA11y(browser, 'the warning-signs check, with questions left out');

    for (const id of [...EMERGENCY, ...SAME_DAY]) {
      if (id !== 'saddle_numbness') await choose(browser, `rf-${id}-no`);
    }
    await press(browser, 'check-submit');
    const result = await byTestId(browser, 'check-result');
    await result.waitForExist({ timeout: 10000 });
    assert.equal(await result.getAttribute('data-outcome'), 'emergency');
    assert.equal(await result.getAttribute('role'), 'alert');
    assert.equal(await textOf(browser, 'check-result-heading'), 'Get help now');
    assert.equal(await focusedTestId(browser), 'check-result-heading', 'focus moves to the urgent heading');
    const steps = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="check-result-step"]')].map((s) => s.textContent.trim()),
    );
    assert.match(steps.join(' '), /Call 911 or go to the nearest emergency room now/);
    assert.ok(steps.includes('Do not wait to see if it gets better.'));
    const positives = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="check-positive"]')].map((p) => p.getAttribute('data-question-id')),
    );
    assert.deepEqual(positives, ['saddle_numbness'], 'the answer that caused it is shown');
    await checkA11y(browser, 'the urgent result');

    const past = await browser.$('[data-testid="past-check"]');
    await past.waitForExist({ timeout: 10000 });
    assert.equal(await past.getAttribute('data-outcome'), 'emergency');
    assert.match(await past.getText(), /Get help now/);
  });

  it('keeps read marks and past checks after a restart', async () => {
    const { dataDir } = app;
    await app.stop();
    app = await startApp({ dataDir });
    browser = app.browser;
    await waitForReady(browser);
    await openLearn(browser);
    const item = await browser.$(`[data-testid="article-item"][data-slug="${readSlug}"]`);
    assert.equal(await item.getAttribute('data-read'), 'true');
    assert.match(await item.getText(), /\bRead\b/);
    await press(browser, 'check-open');
    const past = await browser.$('[data-testid="past-check"]');
    await past.waitForExist({ timeout: 10000 });
    assert.equal(await past.getAttribute('data-outcome'), 'emergency');
  });

  it('offers the check gently after saving strong pain in the diary', async () => {
    await openToday(browser);
    await quickLog(browser, 3);
    assert.equal(await (await byTestId(browser, 'check-offer')).isExisting(), false, 'no offer for moderate pain');
    await quickLog(browser, 8);
    await (await byTestId(browser, 'check-offer')).waitForExist({ timeout: 5000 });
    assert.match(await textOf(browser, 'check-offer'), /Would you like to check for warning signs\?/);
    await checkA11y(browser, 'Today, with the offer to check');
    await press(browser, 'check-offer-open');
    await (await byTestId(browser, 'check-question')).waitForExist({ timeout: 10000 });
    assert.equal(await focusedTestId(browser), 'check-title');
  });

  it('offers the check after an entry with mild pain down both legs, a sign Rust decides', async () => {
    await openToday(browser);
    await openDetails(browser);
    await choose(browser, 'new-entry-intensity-3');
    await (await byTestId(browser, 'new-entry-legRadiation-both')).click();
    await (await byTestId(browser, 'new-entry-save')).click();
    await (await byTestId(browser, 'check-offer')).waitForExist({ timeout: 5000 });
    assert.match(await textOf(browser, 'check-offer'), /check for warning signs/);
  });
});
