// The app's screens, their names in the navigation and in the window title. The list itself is
// data in screenList.js, shared with the end-to-end tests; the types are worked out from it. The
// names are the `nav` catalog's messages, read when shown so they follow the window's language.
import { t } from './i18n.svelte';
import { SCREENS as SCREEN_LIST } from './screenList.js';

export type ScreenId = (typeof SCREEN_LIST)[number]['id'];

export const SCREENS: readonly { readonly id: ScreenId; readonly daily: boolean }[] = SCREEN_LIST;

/** The screen's name, as the navigation and its heading show it: "Today", "Hoy". */
export function screenName(screen: ScreenId): string {
  return t(`nav.${screen}`);
}

/**
 * Where inside a screen to land: an article or the warning-signs check (Learn), one exercise
 * family's steps or the session player straight away (Program), one day (History), the quick
 * log's pain scale (Today).
 */
export type NavTarget =
  | { kind: 'article'; slug: string }
  | { kind: 'day'; day: string }
  | { kind: 'check' }
  | { kind: 'exercise'; familyId: string }
  | { kind: 'startSession' }
  | { kind: 'quickLog' };

/** How screens ask the app to move: a screen, and optionally a place inside it. */
export type Navigate = (screen: ScreenId, target?: NavTarget) => void;

/** The window title on `screen`: "Today · BackTrack". */
export function pageTitle(screen: ScreenId): string {
  return t('nav.pageTitle', { screen: screenName(screen) });
}
