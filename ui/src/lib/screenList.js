// @ts-check
// The app's screens in navigation order, with their names in the navigation and the window
// title. Plain JavaScript data on purpose: the WebDriver tests run on Node without TypeScript
// and import this same list (tests/e2e/layout.test.mjs); screens.ts gives it its types.
//
// `daily` screens are the places people use every day: on a phone they sit in the bottom bar,
// and the rest wait behind its "More".

export const SCREENS = /** @type {const} */ ([
  { id: 'today', label: 'Today', daily: true },
  { id: 'program', label: 'Program', daily: true },
  { id: 'insights', label: 'Insights', daily: true },
  { id: 'learn', label: 'Learn', daily: true },
  { id: 'history', label: 'History', daily: false },
  { id: 'progress', label: 'Progress', daily: false },
  { id: 'medications', label: 'Medications', daily: false },
  { id: 'reminders', label: 'Reminders', daily: false },
  { id: 'export', label: 'Export', daily: false },
  { id: 'settings', label: 'Settings', daily: false },
]);
