// Short plain-language summaries of entries and days, in the window's language.
import type { Medication } from './bindings/Medication';
import type { PainDay } from './bindings/PainDay';
import type { PainEntry } from './bindings/PainEntry';
import { clockOf, formatAverage } from './dates';
import { formatList, t } from './i18n.svelte';
import { BODY_SITES, labelsOf } from './vocabulary';

/** "Lower back, middle and Left buttock", or a gentle note when no place was picked. */
export function sitesSummary(entry: Pick<PainEntry, 'sites'>): string {
  const labels = labelsOf(BODY_SITES, entry.sites);
  if (labels.length === 0) return t('entry.sites.none');
  if (labels.length <= 2) return formatList(labels);
  return t('entry.sites.twoAndMore', { first: labels[0], second: labels[1], more: labels.length - 2 });
}

/** The polite announcement after saving. */
export function savedMessage(entry: Pick<PainEntry, 'intensity' | 'occurredAt'>, edited = false): string {
  const values = { level: entry.intensity, time: clockOf(entry.occurredAt) };
  return edited ? t('entry.saved.changes', values) : t('entry.saved.new', values);
}

/** The parts of a day's summary line: "Low 2", "Average 3.5", "High 6". */
export function dayStats(day: Pick<PainDay, 'low' | 'average' | 'high'>): string[] {
  return [
    t('entry.day.low', { value: day.low }),
    t('entry.day.average', { value: formatAverage(day.average) }),
    t('entry.day.high', { value: day.high }),
  ];
}

export function entriesCount(count: number): string {
  return t('entry.day.count', { count });
}

/** "Ibuprofen 400 mg" for each medication taken; unknown ids still show their dose. */
export function medicationsTaken(entry: Pick<PainEntry, 'medications'>, known: readonly Medication[]): string[] {
  return entry.medications.map((dose) => {
    const name = known.find((m) => m.id === dose.medicationId)?.name ?? t('entry.medicationGone');
    return dose.dose.trim() === '' ? name : t('entry.medicationWithDose', { name, dose: dose.dose });
  });
}
