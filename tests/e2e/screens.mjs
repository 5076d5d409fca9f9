// Shared steps for the end-to-end tests: how a person drives BackTrack's screens.
// Selectors are the data-testid attributes the UI sets for tests, or accessible names.

/** `$('[data-testid="x"]')` */
export const byTestId = (browser, id) => browser.$(`[data-testid="${id}"]`);

/** Starts on Today with the quick log ready to use. */
export async function openToday(browser) {
  await (await byTestId(browser, 'nav-today')).click();
  await (await byTestId(browser, 'new-entry-intensity-0')).waitForExist({ timeout: 10000 });
}

/**
 * Opens a screen from the main navigation, as a person would: on a phone-width window the
 * places that are not in the bottom bar are behind its "More".
 */
export async function openScreen(browser, name) {
  const button = await byTestId(browser, `nav-${name}`);
  if (!(await button.isDisplayed())) {
    await (await byTestId(browser, 'nav-more')).click();
    await button.waitForDisplayed({ timeout: 5000, timeoutMsg: `More did not show ${name}` });
  }
  await button.click();
  // The navigation marks the place shown, in any language.
  await browser.waitUntil(async () => (await button.getAttribute('aria-current')) === 'page', {
    timeout: 5000,
    timeoutMsg: `the ${name} screen did not open`,
  });
}

/** Clicks the visible label of a radio or checkbox (the pain levels hide the native dot). */
export async function choose(browser, testId) {
  const input = await byTestId(browser, testId);
  await input.waitForExist({ timeout: 5000 });
  await (await input.parentElement()).click();
}

/**
 * Sets a field's value the way typing would, firing input and change. Used for inputs that
 * WebDriver cannot type into reliably (datetime-local) and for very long text.
 */
export async function setField(browser, testId, value) {
  await browser.execute(
    (selector, text) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no element ${selector}`);
      element.value = text;
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    },
    `[data-testid="${testId}"]`,
    value,
  );
}

export async function fieldValue(browser, testId) {
  return browser.execute((selector) => document.querySelector(selector)?.value ?? null, `[data-testid="${testId}"]`);
}

/** The entries shown on the current screen, top to bottom. */
export async function listedEntries(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll('[data-testid="entry"]')].map((item) => ({
      id: item.getAttribute('data-entry-id'),
      time: item.querySelector('[data-testid="entry-time"]')?.textContent?.trim() ?? '',
      intensity: Number(item.querySelector('.level-badge')?.textContent?.trim() ?? 'NaN'),
      sites: item.querySelector('[data-testid="entry-sites"]')?.textContent?.trim() ?? '',
    })),
  );
}

export async function waitForEntryCount(browser, count, what = 'entries') {
  await browser.waitUntil(async () => (await listedEntries(browser)).length === count, {
    timeout: 10000,
    timeoutMsg: `expected ${count} ${what} on screen`,
  });
}

/** Picks a level and presses Save on Today's form; resolves once the save is announced. */
export async function quickLog(browser, level) {
  await choose(browser, `new-entry-intensity-${level}`);
  await (await byTestId(browser, 'new-entry-save')).click();
  await browser.waitUntil(
    // The time as US readers write it: "8:30 AM".
    async () => new RegExp(`^Saved\\. Pain ${level} at \\d{1,2}:\\d\\d\\s[AP]M\\.$`).test(await (await byTestId(browser, 'save-status')).getText()),
    { timeout: 10000, timeoutMsg: `saving pain ${level} was not announced` },
  );
}

/** Opens Today's "Add details" section and returns the time it offers (`YYYY-MM-DDTHH:MM`). */
export async function openDetails(browser) {
  const toggle = await byTestId(browser, 'new-entry-details-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await browser.waitUntil(async () => /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test((await fieldValue(browser, 'new-entry-occurredAt')) ?? ''), {
    timeout: 5000,
    timeoutMsg: 'the time field was not filled with now',
  });
  return fieldValue(browser, 'new-entry-occurredAt');
}

/** `YYYY-MM-DDTHH:MM` moved by whole minutes (pure calendar arithmetic). */
export function shiftLocal(local, minutes) {
  const [date, time] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const shifted = new Date(Date.UTC(y, m - 1, d, hh, mm) + minutes * 60000);
  return shifted.toISOString().slice(0, 16);
}

/** Selector for an element with a test id inside the entry with the given id. */
export const inEntry = (entryId, testId) => `[data-entry-id="${entryId}"] [data-testid="${testId}"]`;

/** Opens Program and waits for today's routine to show, answering the safety check (all "no",
 * standard start) if it has not been answered yet. */
export async function openProgram(browser) {
  await openScreen(browser, 'program');
  await (await byTestId(browser, 'routine-exercise')).waitForExist({ timeout: 10000 });
  if (await (await byTestId(browser, 'safety-check')).isExisting()) await answerSafetyCheck(browser, []);
}

/** Answers the safety check: "yes" to the question ids in `yes`, "no" to the rest. */
export async function answerSafetyCheck(browser, yes, start = 'standard') {
  for (const id of ['recentSurgery', 'hipReplacement', 'pregnancy', 'osteoporosis', 'floorTrouble', 'balanceTrouble']) {
    await choose(browser, `safety-${id}-${yes.includes(id) ? 'yes' : 'no'}`);
  }
  await choose(browser, `safety-start-${start}`);
  await (await byTestId(browser, 'safety-save')).click();
  await (await byTestId(browser, 'safety-advice')).waitForExist({ timeout: 5000 });
}

/** Opens Progress and waits for the streak to show; returns the current streak as a number. */
export async function openProgress(browser) {
  await openScreen(browser, 'progress');
  const streak = await byTestId(browser, 'streak-current');
  await streak.waitForExist({ timeout: 10000 });
  return Number(await streak.getAttribute('data-value'));
}

/** The text of an element, once it exists. */
export async function textOf(browser, testId) {
  const element = await byTestId(browser, testId);
  await element.waitForExist({ timeout: 10000 });
  return (await element.getText()).trim();
}

/** Clicks a button by test id once it exists and is enabled. */
export async function press(browser, testId) {
  const button = await byTestId(browser, testId);
  await button.waitForEnabled({ timeout: 10000 });
  await button.click();
}
