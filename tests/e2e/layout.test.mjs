// Every screen at a 360-pixel phone width: nothing is cut off sideways (no horizontal scroll),
// and axe still passes. Screenshots go to tests/e2e/artifacts for a look by eye.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkA11y, screenshot, startApp, waitForReady } from './harness.mjs';
import { byTestId, openScreen } from './screens.mjs';
import { SCREENS as SCREEN_LIST } from '../../ui/src/lib/screenList.js';

// Every screen the navigation offers, from the app's own list.
const SCREENS = SCREEN_LIST.map((screen) => screen.id);

describe('a phone-width window', () => {
  let app;

  before(async () => {
    app = await startApp();
    await waitForReady(app.browser);
    await app.browser.setWindowSize(360, 740);
    await app.browser.waitUntil(async () => (await app.browser.execute(() => window.innerWidth)) <= 360, {
      timeout: 5000,
      timeoutMsg: 'the window did not shrink to 360 pixels',
    });
  });

  after(async () => {
    await app?.stop();
  });

  for (const name of SCREENS) {
    it(`shows ${name} without sideways scrolling`, async () => {
      const { browser } = app;
      await openScreen(browser, name);
      await (await byTestId(browser, 'screen-title')).waitForExist({ timeout: 5000 });
      await browser.pause(300);
      const widths = await browser.execute(() => ({ content: document.documentElement.scrollWidth, window: window.innerWidth }));
      await screenshot(browser, `narrow-${name}`);
      assert.ok(widths.content <= widths.window, `${name}: content ${widths.content}px is wider than the ${widths.window}px window`);
      await checkA11y(browser, `${name} at 360 px`);
    });
  }
});
