// Words, ranges and table rows for the Insights screen. Pure, tested without the app. The
// figures themselves come from Rust (domain/insights); nothing here computes a statistic.
import type { FactorAssociation } from './bindings/FactorAssociation';
import type { InsightDay } from './bindings/InsightDay';
import type { Insights } from './bindings/Insights';
import type { SleepBand } from './bindings/SleepBand';
import type { WeekAgainstWeek } from './bindings/WeekAgainstWeek';
import { addDays, longDay } from './dates';
import { formatDay, formatNumber, intlTag, t } from './i18n.svelte';
import { BETTER_FACTORS, BODY_SITES, PAIN_QUALITIES, WORSE_FACTORS, labelOf } from './vocabulary';

export type InsightsPreset = 'last30' | 'last90' | 'last365' | 'all' | 'custom';

/** The range choices; each label is read in the window's language when shown. */
export const INSIGHTS_PRESETS: { id: InsightsPreset; readonly label: string }[] = (
  ['last30', 'last90', 'last365', 'all', 'custom'] as const
).map((id) => ({
  id,
  get label() {
    return t(`insights.preset.${id}`);
  },
}));

const PRESET_DAYS: Partial<Record<InsightsPreset, number>> = { last30: 30, last90: 90, last365: 365 };

/** The `from`/`to` a preset asks Rust for; `from: null` means from the diary's first day. */
export function presetDays(preset: Exclude<InsightsPreset, 'custom'>, today: string): { from: string | null; to: string } {
  const days = PRESET_DAYS[preset];
  return { from: days ? addDays(today, -(days - 1)) : null, to: today };
}

/** A figure with one decimal, as the window's language writes it. */
const one = (value: number) => formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** One decimal, or a dash for no figure. */
export function decimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : one(value);
}

/** A full day ("Monday, March 2, 2026") in the window's language. */
export function fullDay(day: string): string {
  return longDay(day, intlTag());
}

/** The sentence at the top of the screen: how pain moved over the range, in plain words. */
export function summaryWords(insights: Insights): string {
  const { pain, daysLogged, daysInRange } = insights;
  if (daysLogged === 0) return t('insights.summary.empty');
  const change = pain.change;
  if (!change) {
    return t('insights.summary.noChange', { logged: daysLogged, total: daysInRange, average: pain.average ?? 0 });
  }
  const values = { from: change.baselineAverage, to: change.latestAverage, days: daysInRange };
  if (change.points === 0) return t('insights.summary.stayed', values);
  return t(change.clinicallyImportant ? 'insights.summary.changedImportant' : 'insights.summary.changedSmall', values);
}

/** Today's line: this week against last week, or nothing to say (`null`) before any entry. */
export function weekWords(weeks: WeekAgainstWeek): string | null {
  const now = weeks.thisWeekAverage;
  const before = weeks.lastWeekAverage;
  if (now === null && before === null) return null;
  if (now === null) return t('insights.week.lastOnly', { before: before ?? 0 });
  if (before === null) return t('insights.week.thisOnly', { now });
  if (now < before) return t('insights.week.lower', { now, before });
  if (now > before) return t('insights.week.higher', { now, before });
  return t('insights.week.same', { now });
}

/** Each sleep band's label, read in the window's language when shown. */
export const SLEEP_BAND_LABELS: Readonly<Record<SleepBand, string>> = {
  get poor() {
    return t('insights.sleepBand.poor');
  },
  get fair() {
    return t('insights.sleepBand.fair');
  },
  get good() {
    return t('insights.sleepBand.good');
  },
};

/** What a factor is, in the words the diary form used. */
export function factorLabel(factor: Pick<FactorAssociation, 'group' | 'name'>): string {
  switch (factor.group) {
    case 'worse':
      return t('insights.factor.worse', { name: labelOf(WORSE_FACTORS, factor.name as never) || factor.name });
    case 'better':
      return t('insights.factor.better', { name: labelOf(BETTER_FACTORS, factor.name as never) || factor.name });
    case 'quality':
      return t('insights.factor.quality', {
        quality: (labelOf(PAIN_QUALITIES, factor.name as never) || factor.name).toLocaleLowerCase(intlTag()),
      });
    case 'site':
      return t('insights.factor.site', { site: labelOf(BODY_SITES, factor.name as never) || factor.name });
    case 'medication':
      return t('insights.factor.medication', { name: factor.name });
    case 'sleep':
      return SLEEP_BAND_LABELS[factor.name as SleepBand] ?? factor.name;
  }
}

/** One factor's figures as a sentence, with both day counts. */
export function factorWords(factor: FactorAssociation): string {
  const size = Math.abs(factor.difference);
  // Under one point is small however clear: pain scores move by about that from day to day.
  const small = size > 0 && size < 1 ? 'yes' : 'no';
  const direction = factor.difference > 0 ? 'higher' : factor.difference < 0 ? 'lower' : 'same';
  return t('insights.factor.words', {
    withAverage: factor.withAverage,
    withDays: factor.withDays,
    withoutAverage: factor.withoutAverage,
    withoutDays: factor.withoutDays,
    direction,
    size,
    small,
  });
}

/** The interval in words: where the true difference probably lies. */
export function intervalWords(factor: FactorAssociation): string {
  return t('insights.factor.interval', { low: factor.interval.low, high: factor.interval.high });
}

export type TableRow = { label: string; average: string; high: string; days: number };

/**
 * The pain chart as table rows: one per day for up to 92 days, else one per month, so the table
 * stays short enough to read (and to render) for a ten-year diary.
 */
export function painTableRows(days: InsightDay[]): { unit: 'day' | 'month'; rows: TableRow[] } {
  if (days.length <= 92) {
    return {
      unit: 'day',
      rows: days.map((d) => ({ label: formatDay(d.day, 'medium'), average: one(d.average), high: formatNumber(d.high), days: 1 })),
    };
  }
  const months = new Map<string, InsightDay[]>();
  for (const day of days) {
    const key = day.day.slice(0, 7);
    const list = months.get(key) ?? [];
    list.push(day);
    months.set(key, list);
  }
  const rows = [...months].map(([month, list]) => ({
    label: formatDay(`${month}-01`, 'monthYear'),
    average: one(list.reduce((sum, d) => sum + d.average, 0) / list.length),
    high: formatNumber(Math.max(...list.map((d) => d.high))),
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
  if (!first) return t('insights.painChart.none');
  const highest = days.reduce((top, d) => (d.average > top.average ? d : top), first);
  const lowest = days.reduce((low, d) => (d.average < low.average ? d : low), first);
  return t('insights.painChart.summary', {
    count: days.length,
    low: lowest.average,
    lowDay: fullDay(lowest.day),
    high: highest.average,
    highDay: fullDay(highest.day),
  });
}
