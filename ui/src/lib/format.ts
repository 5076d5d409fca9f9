// Short plain-language summaries of entries and days.
import type { Medication } from './bindings/Medication';
import type { PainDay } from './bindings/PainDay';
import type { PainEntry } from './bindings/PainEntry';
import { formatAverage, timeOf } from './dates';
import { BODY_SITES, labelsOf } from './vocabulary';

/** "Lower back, middle and Left buttock", or a gentle note when no place was picked. */
export function sitesSummary(entry: Pick<PainEntry, 'sites'>): string {
  const labels = labelsOf(BODY_SITES, entry.sites);
  if (labels.length === 0) return 'No place chosen';
  if (labels.length <= 2) return labels.join(' and ');
  return `${labels.slice(0, 2).join(', ')} and ${labels.length - 2} more`;
}

/** The polite announcement after saving. */
export function savedMessage(entry: Pick<PainEntry, 'intensity' | 'occurredAt'>, edited = false): string {
  return `${edited ? 'Changes saved' : 'Saved'}. Pain ${entry.intensity} at ${timeOf(entry.occurredAt)}.`;
}

/** The parts of a day's summary line: "Low 2", "Average 3.5", "High 6". */
export function dayStats(day: Pick<PainDay, 'low' | 'average' | 'high'>): string[] {
  return [`Low ${day.low}`, `Average ${formatAverage(day.average)}`, `High ${day.high}`];
}

export function entriesCount(count: number): string {
  return count === 1 ? '1 entry' : `${count} entries`;
}

/** "Ibuprofen 400 mg" for each medication taken; unknown ids still show their dose. */
export function medicationsTaken(entry: Pick<PainEntry, 'medications'>, known: readonly Medication[]): string[] {
  return entry.medications.map((dose) => {
    const name = known.find((m) => m.id === dose.medicationId)?.name ?? 'A medication no longer on your list';
    return dose.dose.trim() === '' ? name : `${name} ${dose.dose}`;
  });
}
