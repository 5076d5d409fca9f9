// Records for UI tests against mocked IPC, complete as the backend sends them, so a test names
// only what it is about.
import type { PainDay } from './bindings/PainDay';
import type { PainEntry } from './bindings/PainEntry';

/** A plain pain entry of `day` at 09:00 London summer time; `over` sets what the test needs. */
export function painEntry(day: string, over: Partial<PainEntry> = {}): PainEntry {
  return {
    id: `e-${day}`,
    day,
    occurredAt: `${day}T09:00:00+01:00`,
    timeZone: 'Europe/London',
    intensity: 4,
    sites: [],
    legRadiation: null,
    qualities: [],
    worse: [],
    better: [],
    medications: [],
    sleepQuality: null,
    interference: null,
    mood: null,
    note: '',
    forSurgeon: false,
    ...over,
  };
}

/** A day holding `entries`, with its low, average and high worked out. */
export function painDay(day: string, entries: PainEntry[] = [painEntry(day)]): PainDay {
  const levels = entries.map((entry) => entry.intensity);
  const average = levels.reduce((sum, level) => sum + level, 0) / Math.max(1, levels.length);
  return { day, low: Math.min(...levels), average, high: Math.max(...levels), entries };
}
