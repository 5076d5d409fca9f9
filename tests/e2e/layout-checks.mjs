// Checks of a whole window shared by the settings and language tests: the phone width, every
// screen opened in turn with nothing past the right edge and every field in the app's own size
// (and axe when asked), and picking a choice by its label.
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
    // Every field a person types or picks in is drawn by the app's styles: big enough to hit, and
    // in the page's text size, so it grows with the text-size setting (the browser's own
    // defaults do neither).
    const smallFields = await browser.execute(() => {
      const bodySize = getComputedStyle(document.body).fontSize;
      return [...document.querySelectorAll('main input:not([type="radio"]):not([type="checkbox"]), main select, main textarea')]
        .filter((field) => field.getClientRects().length > 0 && !field.closest('.visually-hidden'))
        .filter((field) => field.getBoundingClientRect().height < 24 || getComputedStyle(field).fontSize !== bodySize)
        .slice(0, 4)
        .map((field) => `${field.tagName.toLowerCase()}[${field.type ?? ''}]#${field.id} is ${Math.round(field.getBoundingClientRect().height)}px high in ${getComputedStyle(field).fontSize} type`);
    });
    await screenshot(browser, `${label}-${id}`);
    assert.deepEqual(smallFields, [], `${label}, ${id}: fields drawn by the browser's defaults, not the app's`);
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
