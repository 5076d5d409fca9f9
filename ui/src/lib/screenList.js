// @ts-check
// The app's screens in navigation order. Plain JavaScript data on purpose: the WebDriver tests
// run on Node without TypeScript and import this same list (tests/e2e/layout.test.mjs and
// settings.test.mjs read the ids); screens.ts gives it its types. Each screen's name, in the
// navigation and the window title, is the message `nav.<id>` in the catalogs (ui/src/i18n).
//
// `daily` screens are the places people use every day: on a phone they sit in the bottom bar,
// and the rest wait behind its "More".

export const SCREENS = /** @type {const} */ ([
  { id: 'today', daily: true },
  { id: 'program', daily: true },
  { id: 'insights', daily: true },
  { id: 'learn', daily: true },
  { id: 'history', daily: false },
  { id: 'progress', daily: false },
  { id: 'medications', daily: false },
  { id: 'reminders', daily: false },
  { id: 'export', daily: false },
  { id: 'settings', daily: false },
]);
