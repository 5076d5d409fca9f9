// The words of Today's flare card (from the `flare` catalogs), kept apart from the component so
// they are tested on their own.
import type { Flare } from './bindings/Flare';
import type { FlareMode } from './bindings/FlareMode';
import { addDays, longDay } from './dates';
import { t } from './i18n.svelte';

/** The lengths offered, in days. The backend takes 1 to 14. */
export const FLARE_DAY_CHOICES = [2, 3, 5, 7, 14] as const;

/** The longest a flare can be planned for, from its first day. */
export const FLARE_MAX_DAYS = 14;

/** Catalog keys of each mode's name and its one-line explanation. */
export const MODE_WORDS: Record<FlareMode, { label: string; hint: string }> = {
  pause: { label: 'flare.mode.pause.label', hint: 'flare.mode.pause.hint' },
  gentle: { label: 'flare.mode.gentle.label', hint: 'flare.mode.gentle.hint' },
};

/** The flare-up plan in short, as catalog keys: what to do, in our own words. The article has the rest. */
export const FLARE_PLAN: readonly string[] = ['flare.plan.move', 'flare.plan.rest', 'flare.plan.heat', 'flare.plan.log', 'flare.plan.warning'];

/** "Day 2 of 5, until Sunday, June 14, 2026." */
export function flareProgress(flare: Pick<Flare, 'from' | 'plannedTo'>, today: string): string {
  const day = daysBetween(flare.from, today) + 1;
  const total = daysBetween(flare.from, flare.plannedTo) + 1;
  return t('flare.progress', { day, total, until: longDay(flare.plannedTo) });
}

/** What the program does during this flare, in one line. */
export function flareModeLine(mode: FlareMode): string {
  return mode === 'pause' ? t('flare.modeLine.pause') : t('flare.modeLine.gentle');
}

/** The days the flare's last day may move to: today up to 14 days from its start. */
export function lastDayChoices(flare: Pick<Flare, 'from'>, today: string): string[] {
  const latest = addDays(flare.from, FLARE_MAX_DAYS - 1);
  const choices: string[] = [];
  for (let day = today; day <= latest; day = addDays(day, 1)) choices.push(day);
  return choices;
}

/** "Monday, June 1, 2026 to Wednesday, June 3, 2026 (3 days)" style line for a past flare. */
export function flareSpan(flare: Pick<Flare, 'from' | 'plannedTo' | 'endedOn'>): string {
  const last = flare.endedOn ?? flare.plannedTo;
  const days = daysBetween(flare.from, last) + 1;
  return t('flare.span', { from: longDay(flare.from), to: longDay(last), days });
}

function daysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return Math.round((end - start) / 86_400_000);
}
