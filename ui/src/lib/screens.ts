// The app's screens, their names in the navigation and in the window title.
export type ScreenId = 'today' | 'history' | 'medications';

export const SCREENS: { id: ScreenId; label: string }[] = [
  { id: 'today', label: 'Today' },
  { id: 'history', label: 'History' },
  { id: 'medications', label: 'Medications' },
];

export function pageTitle(screen: ScreenId): string {
  const label = SCREENS.find((s) => s.id === screen)?.label ?? 'BackTrack';
  return `${label} · BackTrack`;
}
