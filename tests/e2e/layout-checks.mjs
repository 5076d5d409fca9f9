// Checks of a whole window shared by the settings and language tests: the phone width, every
// screen opened in turn with nothing past the right edge (and axe when asked), and picking a
// choice by its label.
import assert from 'node:assert/strict';
import { checkA11y, screenshot } from './harness.mjs';
import { byTestId, openScreen } from './screens.mjs';
import { SCREENS } from '../../ui/src/lib/screenList.js';

export async function phoneWidth(browser) {
  await browser.setWindowSize(360, 740);
  await browser.waitUntil(async () => (await browser.execute(() => window.innerWidth)) <= 360, {
    timeout: 5000,
    timeoutMsg: 'the window did not shrink to 360 pixels',
  });
}

/** Opens each screen and checks nothing is wider than the window; axe too when asked. */
export async function everyScreen(browser, label, { axe }) {
  for (const { id } of SCREENS) {
    await openScreen(browser, id);
    await (await byTestId(browser, 'screen-title')).waitForExist({ timeout: 5000 });
    await browser.pause(300);
    // The widest things past the right edge, named in the failure so it says what to fix.
    const widths = await browser.execute(() => ({
      content: document.documentElement.scrollWidth,
      window: window.innerWidth,
      past: [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        // A wide table inside its own scrolling box (the calendar) is fine: the box fits.
        .filter((e) => {
          for (let up = e.parentElement; up && !up.matches('main'); up = up.parentElement) {
            if (getComputedStyle(up).overflowX !== 'visible') return false;
          }
          return true;
        })
        .slice(0, 4)
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}[${e.dataset.testid ?? ''}] ends at ${Math.round(e.getBoundingClientRect().right)}px`),
    }));
    await screenshot(browser, `${label}-${id}`);
    assert.ok(widths.content <= widths.window, `${label}, ${id}: content ${widths.content}px is wider than the ${widths.window}px window: ${widths.past.join(', ')}`);
    assert.deepEqual(widths.past, [], `${label}, ${id}: these go past the window's right edge`);
    if (axe) await checkA11y(browser, `${id}, ${label}`);
  }
}

/** Clicks a choice's label, scrolled to the middle of the window, clear of the bottom bar. */
export async function pick(browser, testId) {
  const input = await byTestId(browser, testId);
  await input.scrollIntoView({ block: 'center' });
  await (await input.parentElement()).click();
}
