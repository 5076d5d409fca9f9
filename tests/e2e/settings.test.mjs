// Settings and the phone layout in the real app: the bottom bar and its "More", a theme that is
// kept in the diary across a restart, every screen in the dark theme at 360 px (axe clean), and
// every screen at 200% text at 360 px and on a desktop without sideways scrolling.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkA11y, startApp, tempDataDir, waitForReady } from './harness.mjs';
import { byTestId, openScreen } from './screens.mjs';
import { everyScreen, phoneWidth, pick } from './layout-checks.mjs';

async function chooseAppearance(browser, theme, size) {
  await openScreen(browser, 'settings');
  await pick(browser, `settings-theme-${theme}`);
  await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.dataset.theme)) === theme, {
    timeout: 5000,
    timeoutMsg: `the ${theme} theme was not drawn`,
  });
  await pick(browser, `settings-text-size-${size}`);
  await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.style.fontSize)) === `${size}%`, {
    timeout: 5000,
    timeoutMsg: `the text did not go to ${size}%`,
  });
}

describe('settings and the phone layout', () => {
  const dataDir = tempDataDir();
  let app;

  before(async () => {
    app = await startApp({ dataDir });
    await waitForReady(app.browser);
    await phoneWidth(app.browser);
  });

  after(async () => {
    await app?.stop();
  });

  it('puts Today first within 80 px, with the daily places in a bottom bar and the rest behind More', async () => {
    const { browser } = app;
    await openScreen(browser, 'today');
    const top = await browser.execute(() => document.querySelector('[data-testid="screen-title"]').getBoundingClientRect().top);
    assert.ok(top < 80, `Today's heading starts at ${top}px`);
    const shown = await browser.execute(() =>
      [...document.querySelectorAll('[data-testid^="nav-"]')].filter((b) => b.offsetParent !== null).map((b) => b.dataset.testid),
    );
    assert.deepEqual(shown, ['nav-today', 'nav-program', 'nav-insights', 'nav-learn', 'nav-more']);
    const more = await byTestId(browser, 'nav-more');
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    await more.click();
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    assert.equal(await (await byTestId(browser, 'nav-settings')).isDisplayed(), true, 'More shows the other places');
    await browser.keys('Escape');
    await browser.waitUntil(async () => (await more.getAttribute('aria-expanded')) === 'false', { timeout: 3000, timeoutMsg: 'Escape did not close More' });
    assert.equal(await browser.execute(() => document.activeElement?.dataset.testid), 'nav-more', 'focus goes back to More');
    await openScreen(browser, 'settings');
    assert.equal(await (await byTestId(browser, 'nav-settings')).isDisplayed(), false, 'choosing a place closes More');
    assert.equal(await (await byTestId(browser, 'nav-settings')).getAttribute('aria-current'), 'page');
  });

  it('keeps a dark theme in the diary, drawn again after a restart', async () => {
    await chooseAppearance(app.browser, 'dark', 100);
    await checkA11y(app.browser, 'Settings, dark');
    await app.stop();
    app = await startApp({ dataDir });
    await waitForReady(app.browser);
    await phoneWidth(app.browser);
    assert.equal(await app.browser.execute(() => document.documentElement.dataset.theme), 'dark', 'the choice came back from the diary');
    await openScreen(app.browser, 'settings');
    assert.equal(await (await byTestId(app.browser, 'settings-theme-dark')).isSelected(), true);
  });

  it('shows every screen in the dark theme at 360 px, with no axe violations', async () => {
    await everyScreen(app.browser, 'dark', { axe: true });
  });

  it('shows every screen at 200% text at 360 px without sideways scrolling', async () => {
    await chooseAppearance(app.browser, 'light', 200);
    await everyScreen(app.browser, 'text-200', { axe: false });
  });

  it('shows every screen in high contrast with no axe violations', async () => {
    await chooseAppearance(app.browser, 'contrast', 100);
    await everyScreen(app.browser, 'contrast', { axe: true });
  });

  it('shows every screen at 200% text in a desktop window without sideways scrolling', async () => {
    const { browser } = app;
    await chooseAppearance(browser, 'light', 200);
    await browser.setWindowSize(1280, 800);
    await browser.waitUntil(async () => (await browser.execute(() => window.innerWidth)) > 1000, {
      timeout: 5000,
      timeoutMsg: 'the window did not grow to a desktop width',
    });
    await everyScreen(browser, 'desktop-200', { axe: false });
  });
});
