// Words for the weekly function check-in (the activities a person rates 0-10). Pure, tested
// without the app. The figures come from the Rust summary; nothing is worked out twice here.
import type { ActivityTrend } from './bindings/ActivityTrend';
import type { FunctionSummary } from './bindings/FunctionSummary';
import { formatNumber, i18n, t, translate, type Locale, type MessageValues } from './i18n.svelte';

/** Whether a check-in field error belongs to the i-th rating of a check-in, or to a single form. */
export function ratingField(index: number | null, name: 'score' | 'activityId' | 'ratedAt'): string {
  return index === null ? name : `ratings.${index}.${name}`;
}

/** "+3", "-1", "0", in the window's language. */
export function signed(value: number, decimals = 0): string {
  return formatNumber(value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'exceptZero' });
}

/** One activity's first and latest rating in plain words. */
export function trendWords(trend: ActivityTrend, locale: Locale = i18n.locale): string {
  const say = (key: string, values?: MessageValues) => translate(locale, key, values);
  if (trend.first === null || trend.latest === null) return say('function.trend.none');
  if (trend.change === null) return say('function.trend.once', { score: trend.first.score });
  const values = { first: trend.first.score, latest: trend.latest.score, change: trend.change };
  if (trend.change === 0) return say('function.trend.noChange', values);
  return say(trend.clinicallyImportant ? 'function.trend.changedMatters' : 'function.trend.changed', values);
}

/** The mean of the active activities, or why there is none yet. */
export function meanWords(summary: FunctionSummary, locale: Locale = i18n.locale): string {
  const m = summary.meanChange;
  if (m === null) return translate(locale, 'function.mean.none');
  const values = { first: m.first, latest: m.latest, change: m.change };
  return translate(locale, m.clinicallyImportant ? 'function.mean.changedMatters' : 'function.mean.changed', values);
}
