// Words, ranges and table rows for the Insights screen. Pure, tested without the app. The
// figures themselves come from Rust (domain/insights); nothing here computes a statistic.
import type { FactorAssociation } from './bindings/FactorAssociation';
import type { InsightDay } from './bindings/InsightDay';
import type { Insights } from './bindings/Insights';
import type { SleepBand } from './bindings/SleepBand';
import type { WeekAgainstWeek } from './bindings/WeekAgainstWeek';
import { addDays, longDay } from './dates';
import { BETTER_FACTORS, BODY_SITES, PAIN_QUALITIES, WORSE_FACTORS, labelOf } from './vocabulary';

export type InsightsPreset = 'last30' | 'last90' | 'last365' | 'all' | 'custom';

export const INSIGHTS_PRESETS: { id: InsightsPreset; label: string }[] = [
  { id: 'last30', label: 'Last 30 days' },
  { id: 'last90', label: 'Last 90 days' },
  { id: 'last365', label: 'Last year' },
  { id: 'all', label: 'Everything' },
  { id: 'custom', label: 'Choose dates' },
];

const PRESET_DAYS: Partial<Record<InsightsPreset, number>> = { last30: 30, last90: 90, last365: 365 };

/** The `from`/`to` a preset asks Rust for; `from: null` means from the diary's first day. */
export function presetDays(preset: Exclude<InsightsPreset, 'custom'>, today: string): { from: string | null; to: string } {
  const days = PRESET_DAYS[preset];
  return { from: days ? addDays(today, -(days - 1)) : null, to: today };
}

const one = (value: number) => value.toFixed(1);

/** The sentence at the top of the screen: how pain moved over the range, in plain words. */
export function summaryWords(insights: Insights): string {
  const { pain, daysLogged, daysInRange } = insights;
  if (daysLogged === 0) return 'There are no diary entries in these dates yet. Log your pain on Today and your figures will show here.';
  const change = pain.change;
  if (!change) {
    return `You logged ${daysLogged} of ${daysInRange} days here, with an average pain of ${one(pain.average ?? 0)}. Log at the start and the end of a range to see how it changed.`;
  }
  const from = one(change.baselineAverage);
  const to = one(change.latestAverage);
  const days = `over these ${daysInRange} days`;
  if (change.points === 0) return `Your average pain stayed at ${from} ${days}.`;
  const matters = change.clinicallyImportant
    ? 'a change big enough to matter for your care'
    : 'a change too small to be sure it matters';
  return `Your average pain went from ${from} to ${to} ${days}, ${matters}.`;
}

/** Today's line: this week against last week, or nothing to say (`null`) before any entry. */
export function weekWords(weeks: WeekAgainstWeek): string | null {
  const now = weeks.thisWeekAverage;
  const before = weeks.lastWeekAverage;
  if (now === null && before === null) return null;
  if (now === null) return `Last week your average pain was ${one(before ?? 0)}. Nothing is logged this week yet.`;
  if (before === null) return `This week your average pain is ${one(now)} so far.`;
  if (now < before) return `This week your average pain is ${one(now)}, lower than last week's ${one(before)}.`;
  if (now > before) return `This week your average pain is ${one(now)}, higher than last week's ${one(before)}.`;
  return `This week your average pain is ${one(now)}, the same as last week.`;
}

export const SLEEP_BAND_LABELS: Record<SleepBand, string> = {
  poor: 'Poor sleep (0 to 3)',
  fair: 'Fair sleep (4 to 6)',
  good: 'Good sleep (7 to 10)',
};

/** What a factor is, in the words the diary form used. */
export function factorLabel(factor: Pick<FactorAssociation, 'group' | 'name'>): string {
  switch (factor.group) {
    case 'worse':
      return `Worse with: ${labelOf(WORSE_FACTORS, factor.name as never) || factor.name}`;
    case 'better':
      return `Helped by: ${labelOf(BETTER_FACTORS, factor.name as never) || factor.name}`;
    case 'quality':
      return `Pain felt ${(labelOf(PAIN_QUALITIES, factor.name as never) || factor.name).toLowerCase()}`;
    case 'site':
      return `Pain in: ${labelOf(BODY_SITES, factor.name as never) || factor.name}`;
    case 'medication':
      return `Took ${factor.name}`;
    case 'sleep':
      return SLEEP_BAND_LABELS[factor.name as SleepBand] ?? factor.name;
  }
}

/** One factor's figures as a sentence, with both day counts. */
export function factorWords(factor: FactorAssociation): string {
  const size = Math.abs(factor.difference);
  // Under one point is small however clear: pain scores move by about that from day to day.
  const small = size > 0 && size < 1 ? ' (a small difference)' : '';
  const direction =
    factor.difference > 0
      ? `${one(size)} points higher${small}`
      : factor.difference < 0
        ? `${one(size)} points lower${small}`
        : 'the same';
  return (
    `Pain averaged ${one(factor.withAverage)} on ${factor.withDays} days with it and ${one(factor.withoutAverage)} on ` +
    `${factor.withoutDays} days without it: ${direction}.`
  );
}

/** The interval in words: where the true difference probably lies. */
export function intervalWords(factor: FactorAssociation): string {
  const signed = (v: number) => (v > 0 ? `+${one(v)}` : one(v));
  return `Likely range of the difference: ${signed(factor.interval.low)} to ${signed(factor.interval.high)}.`;
}

export type TableRow = { label: string; average: string; high: string; days: number };

/**
 * The pain chart as table rows: one per day for up to 92 days, else one per month, so the table
 * stays short enough to read (and to render) for a ten-year diary.
 */
export function painTableRows(days: InsightDay[]): { unit: 'day' | 'month'; rows: TableRow[] } {
  if (days.length <= 92) {
    return { unit: 'day', rows: days.map((d) => ({ label: d.day, average: one(d.average), high: String(d.high), days: 1 })) };
  }
  const months = new Map<string, InsightDay[]>();
  for (const day of days) {
    const key = day.day.slice(0, 7);
    const list = months.get(key) ?? [];
    list.push(day);
    months.set(key, list);
  }
  const rows = [...months].map(([month, list]) => ({
    label: month,
    average: one(list.reduce((sum, d) => sum + d.average, 0) / list.length),
    high: String(Math.max(...list.map((d) => d.high))),
    days: list.length,
  }));
  return { unit: 'month', rows };
}

/** Seconds since 1970 at UTC midnight of a day: the charts' time axis, free of zones. */
export function daySeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

/** The pain chart's one-sentence text summary. */
export function painChartSummary(insights: Insights): string {
  const { days } = insights.pain;
  const first = days[0];
  if (!first) return 'No days are logged in this range.';
  const highest = days.reduce((top, d) => (d.average > top.average ? d : top), first);
  const lowest = days.reduce((low, d) => (d.average < low.average ? d : low), first);
  return (
    `Daily average pain over ${days.length} logged days, from a low of ${one(lowest.average)} on ${longDay(lowest.day)} ` +
    `to a high of ${one(highest.average)} on ${longDay(highest.day)}.`
  );
}
