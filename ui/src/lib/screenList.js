// @ts-check
// The app's screens in navigation order, with their names in the navigation and the window
// title. Plain JavaScript data on purpose: the WebDriver tests run on Node without TypeScript
// and import this same list (tests/e2e/layout.test.mjs); screens.ts gives it its types.

export const SCREENS = /** @type {const} */ ([
  { id: 'today', label: 'Today' },
  { id: 'history', label: 'History' },
  { id: 'insights', label: 'Insights' },
  { id: 'program', label: 'Program' },
  { id: 'progress', label: 'Progress' },
  { id: 'learn', label: 'Learn' },
  { id: 'medications', label: 'Medications' },
  { id: 'reminders', label: 'Reminders' },
  { id: 'export', label: 'Export' },
]);
