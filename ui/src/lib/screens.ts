// The app's screens, their names in the navigation and in the window title.
export type ScreenId = 'today' | 'history' | 'program' | 'progress' | 'medications';

export const SCREENS: { id: ScreenId; label: string }[] = [
  { id: 'today', label: 'Today' },
  { id: 'history', label: 'History' },
  { id: 'program', label: 'Program' },
  { id: 'progress', label: 'Progress' },
  { id: 'medications', label: 'Medications' },
];

export function pageTitle(screen: ScreenId): string {
  const label = SCREENS.find((s) => s.id === screen)?.label ?? 'BackTrack';
  return `${label} · BackTrack`;
}
