// The app's screens, their names in the navigation and in the window title.
export type ScreenId = 'today' | 'history' | 'program' | 'progress' | 'learn' | 'medications';

export const SCREENS: { id: ScreenId; label: string }[] = [
  { id: 'today', label: 'Today' },
  { id: 'history', label: 'History' },
  { id: 'program', label: 'Program' },
  { id: 'progress', label: 'Progress' },
  { id: 'learn', label: 'Learn' },
  { id: 'medications', label: 'Medications' },
];

/**
 * Where inside a screen to land: an article or the warning-signs check (Learn), or one
 * exercise family's steps (Program).
 */
export type NavTarget = { kind: 'article'; slug: string } | { kind: 'check' } | { kind: 'exercise'; familyId: string };

/** How screens ask the app to move: a screen, and optionally a place inside it. */
export type Navigate = (screen: ScreenId, target?: NavTarget) => void;

export function pageTitle(screen: ScreenId): string {
  const label = SCREENS.find((s) => s.id === screen)?.label ?? 'BackTrack';
  return `${label} · BackTrack`;
}
