// The exercise program end to end on the real app: a short gentle session through the player,
// stopped early, the streak on Progress, and both kept after a restart.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkA11y, startApp, waitForReady } from './harness.mjs';
import { answerSafetyCheck, byTestId, choose, openProgram, openProgress, openScreen, press, setField, fieldValue, textOf } from './screens.mjs';

describe('the exercise program', () => {
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

  it('asks the safety check before the first session, and its answers change the routine', async () => {
    await openScreen(browser, 'program');
    await (await byTestId(browser, 'safety-check')).waitForExist({ timeout: 10000 });
    assert.equal(await (await byTestId(browser, 'program-start')).isEnabled(), false, 'no session before the check is answered');
    await checkA11y(browser, 'Program, with the safety check');
    await press(browser, 'safety-save');
    await (await browser.$('#safety-recentSurgery-error')).waitForExist({ timeout: 5000 });
    await answerSafetyCheck(browser, ['hipReplacement', 'floorTrouble'], 'modified');
    const ids = await browser.$$('[data-testid="routine-exercise"]').map((e) => e.getAttribute('data-exercise-id'));
    assert.ok(!ids.some((id) => id.startsWith('piriformis-stretch')), `no figure-four stretch after a hip replacement: ${ids}`);
    assert.ok(ids.every((id) => id.endsWith('.modified')), `every family starts at the chosen level: ${ids}`);
    assert.ok((await browser.$$('[data-testid="exercise-on-bed"]').length) > 0, 'floor work shows how to do it on a bed');
    assert.match(await textOf(browser, 'safety-advice'), /figure-four/);
    await checkA11y(browser, 'Program, with the safety advice');
    await press(browser, 'safety-edit');
    await answerSafetyCheck(browser, []);
    const after = await browser.$$('[data-testid="routine-exercise"]').map((e) => e.getAttribute('data-exercise-id'));
    assert.ok(after.some((id) => id.startsWith('piriformis-stretch')), 'changed answers change the routine back');
    await press(browser, 'floor-article');
    await browser.waitUntil(
      async () => (await browser.execute(() => document.querySelector('[data-testid="article"]')?.getAttribute('data-slug'))) === 'getting-down-to-the-floor',
      { timeout: 10000, timeoutMsg: 'the floor article did not open from the safety advice' },
    );
    await openScreen(browser, 'program');
  });

  it('shows today’s routine with doses, times and how to do each exercise', async () => {
    await openProgram(browser);
    assert.match(await textOf(browser, 'routine-total'), /^\d+ exercises?, about \d+ minutes? in all$/);
    const minutes = Number((await textOf(browser, 'routine-total')).match(/about (\d+) minutes?/)[1]);
    assert.ok(minutes >= 10 && minutes <= 15, `getting into position included, the routine is still 10 to 15 minutes: ${minutes}`);
    assert.match(await textOf(browser, 'routine-turns'), /take turns\. Not today: .+\. They come round/, 'ten families take turns');
    await press(browser, 'exercise-toggle');
    await (await byTestId(browser, 'exercise-detail')).waitForExist({ timeout: 5000 });
    const picture = await browser.$('[data-testid="exercise-detail"] img');
    assert.ok(await picture.isExisting(), 'the exercise shows its illustration');
    const loaded = await browser.waitUntil(
      () =>
        browser.execute(() => {
          const img = document.querySelector('[data-testid="exercise-detail"] img');
          return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0 && !/^https?:\/\/(?!tauri\.localhost)/.test(img.src);
        }),
      { timeout: 5000, timeoutMsg: 'the illustration did not load' },
    );
    assert.ok(loaded, 'the illustration loads from the app’s own files');
    await checkA11y(browser, 'Program, with an exercise open');
  });

  it('runs a gentle session: one set, stop early, pain and effort after', async () => {
    await choose(browser, 'routine-gentle');
    await press(browser, 'program-start');
    await (await byTestId(browser, 'player-begin')).waitForExist({ timeout: 10000 });
    assert.match(await textOf(browser, 'stop-signs'), /chest[\s\S]*faint[\s\S]*out of breath[\s\S]*numbness or weakness/, 'the signs that stop any session come first');
    await checkA11y(browser, 'Player, before the session');
    await choose(browser, 'pain-before-2');
    await press(browser, 'player-begin');

    await (await byTestId(browser, 'set-done')).waitForExist({ timeout: 10000 });
    assert.match(await textOf(browser, 'stop-advice'), /Call 911/, 'and stay beside every exercise');
    await checkA11y(browser, 'Player, an exercise');
    const first = await textOf(browser, 'player-exercise-name');
    const count = await textOf(browser, 'player-count');
    if (!/ of 1$/.test(count)) {
      // Arrow keys move between exercises when no button or field has focus.
      await browser.execute(() => document.activeElement?.blur());
      await browser.keys('ArrowRight');
      await browser.waitUntil(async () => /^Exercise 2 of/.test(await textOf(browser, 'player-count')), {
        timeout: 5000,
        timeoutMsg: 'the right arrow key did not move to the next exercise',
      });
      await browser.keys('ArrowLeft');
      await browser.waitUntil(async () => (await textOf(browser, 'player-exercise-name')) === first, {
        timeout: 5000,
        timeoutMsg: 'the left arrow key did not move back',
      });
    }
    // One set (or one side of it) done; holds have a "Mark done" button so nobody waits minutes.
    await press(browser, 'set-done');
    if (await (await byTestId(browser, 'set-done')).isExisting()) {
      if ((await textOf(browser, 'player-exercise-name')) === first) await press(browser, 'set-done');
    }
    await press(browser, 'player-pause');
    await (await byTestId(browser, 'player-paused')).waitForExist({ timeout: 5000 });
    await checkA11y(browser, 'Player, paused');
    await press(browser, 'player-resume');
    await press(browser, 'player-stop');

    await (await byTestId(browser, 'player-after')).waitForExist({ timeout: 10000 });
    await choose(browser, 'pain-after-3');
    await (await byTestId(browser, 'effort')).selectByAttribute('value', '4');
    await (await byTestId(browser, 'pain-during')).selectByAttribute('value', '3');
    await checkA11y(browser, 'Player, after the session');
    await press(browser, 'player-finish');

    const summary = await textOf(browser, 'player-summary-text');
    assert.match(summary, /^You did (1 of \d+ exercises\. That counts\.|all 1 exercise\. Well done\.)$/);
    await checkA11y(browser, 'Player, summary');
    await press(browser, 'player-close');
    await (await byTestId(browser, 'session-item')).waitForExist({ timeout: 10000 });
  });

  it('shows today as active on Progress, with a streak of 1', async () => {
    assert.equal(await openProgress(browser), 1, 'a session today makes a streak of one');
    assert.equal(await textOf(browser, 'streak-current'), '1 active day in a row');
    const today = await browser.execute(() =>
      document.querySelector('[data-testid="calendar-day"].today')?.getAttribute('data-mark'),
    );
    assert.equal(today, 'active', 'today is marked active in the calendar');
    await checkA11y(browser, 'Progress');
  });

  it('keeps the session and the streak after a restart', async () => {
    const { dataDir } = app;
    await app.stop();
    app = await startApp({ dataDir });
    browser = app.browser;
    await waitForReady(browser);
    assert.equal(await openProgress(browser), 1, 'the streak is still one after a restart');
    await openProgram(browser);
    const items = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="session-item"]')].map((e) => e.textContent.replace(/\s+/g, ' ').trim()),
    );
    assert.equal(items.length, 1, 'the session is listed after the restart');
    assert.match(items[0], /Gentle session · 1 exercise$/);
  });

  it('changes a level by hand and keeps the change in the history', async () => {
    const family = await browser.execute(() => document.querySelector('[data-testid="level"]')?.getAttribute('data-family-id'));
    const select = await browser.$(`[data-family-id="${family}"] [data-testid="level-select"]`);
    await select.selectByAttribute('value', 'modified');
    await (await browser.$(`[data-family-id="${family}"] [data-testid="level-change"]`)).click();
    await (await byTestId(browser, 'level-change-item')).waitForExist({ timeout: 10000 });
    assert.match(await textOf(browser, 'level-change-item'), /Standard to Easier/);
    assert.match(await (await browser.$(`[data-family-id="${family}"] [data-testid="level-current"]`)).getText(), /^Now: Easier since /);
    await checkA11y(browser, 'Program, with a level change in the history');
  });

  it('logs a session by hand, showing the app’s message beside a wrong field', async () => {
    await press(browser, 'manual-toggle');
    await (await byTestId(browser, 'manual-startedAt')).waitForExist({ timeout: 5000 });
    const now = await fieldValue(browser, 'manual-startedAt');
    assert.match(now, /^\d{4}-\d\d-\d\dT\d\d:\d\d$/, 'the form offers the time now');
    await setField(browser, 'manual-startedAt', '2099-01-01T10:00');
    await (await byTestId(browser, 'manual-pick-glute-bridge')).selectByAttribute('value', 'glute-bridge.standard');
    await press(browser, 'manual-save');
    const message = await textOf(browser, 'error-manual-startedAt-error');
    assert.match(message, /future/i, 'the start time in the future is explained beside its field');
    await checkA11y(browser, 'Program, the hand-logged session with an error');
    await setField(browser, 'manual-startedAt', now);
    await press(browser, 'manual-save');
    await browser.waitUntil(
      async () => (await browser.$$('[data-testid="session-item"]')).length === 2,
      { timeout: 10000, timeoutMsg: 'the session logged by hand was not listed' },
    );
  });

  it('saves the plan and adds and removes a pause', async () => {
    await (await byTestId(browser, 'plan-weeklyGoal')).selectByAttribute('value', '4');
    await choose(browser, 'plan-rest-weekdays');
    await (await byTestId(browser, 'plan-day-Sun')).click();
    await press(browser, 'plan-save');
    await browser.waitUntil(async () => (await textOf(browser, 'plan-status')) === 'Your plan is saved.', {
      timeout: 10000,
      timeoutMsg: 'saving the plan was not announced',
    });
    await setField(browser, 'pause-from', '2026-13-40');
    await setField(browser, 'pause-to', '2099-01-01');
    await press(browser, 'pause-add');
    await (await byTestId(browser, 'error-pause-from-error')).waitForExist({ timeout: 10000 });
    await checkA11y(browser, 'Program, the plan with a pause error');
    await setField(browser, 'pause-from', '2099-01-01');
    await press(browser, 'pause-add');
    await (await byTestId(browser, 'pause')).waitForExist({ timeout: 10000 });
    await press(browser, 'pause-remove');
    await browser.waitUntil(async () => !(await (await byTestId(browser, 'pause')).isExisting()), {
      timeout: 10000,
      timeoutMsg: 'the pause was not removed',
    });
  });
});
