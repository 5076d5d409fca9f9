// The app's screens, their names in the navigation and in the window title.
export type ScreenId = 'today' | 'history' | 'program' | 'progress' | 'learn' | 'medications' | 'reminders' | 'export';

export const SCREENS: { id: ScreenId; label: string }[] = [
  { id: 'today', label: 'Today' },
  { id: 'history', label: 'History' },
  { id: 'program', label: 'Program' },
  { id: 'progress', label: 'Progress' },
  { id: 'learn', label: 'Learn' },
  { id: 'medications', label: 'Medications' },
  { id: 'reminders', label: 'Reminders' },
  { id: 'export', label: 'Export' },
];

/**
 * Where inside a screen to land: an article or the warning-signs check (Learn), one exercise
 * family's steps or the session player straight away (Program).
 */
export type NavTarget =
  | { kind: 'article'; slug: string }
  | { kind: 'check' }
  | { kind: 'exercise'; familyId: string }
  | { kind: 'startSession' };

/** How screens ask the app to move: a screen, and optionally a place inside it. */
export type Navigate = (screen: ScreenId, target?: NavTarget) => void;

export function pageTitle(screen: ScreenId): string {
  const label = SCREENS.find((s) => s.id === screen)?.label ?? 'BackTrack';
  return `${label} · BackTrack`;
}
