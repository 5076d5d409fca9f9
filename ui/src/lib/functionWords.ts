// Words for the weekly function check-in (the activities a person rates 0-10). Pure, tested
// without the app. The figures come from the Rust summary; nothing is worked out twice here.
import type { ActivityTrend } from './bindings/ActivityTrend';
import type { FunctionSummary } from './bindings/FunctionSummary';

/** The ends of the 0-10 scale, in the words the check-in uses. */
export const SCALE_LOW = "0 = I can't do it";
export const SCALE_HIGH = '10 = as well as before the pain';

/** Whether a check-in field error belongs to the i-th rating of a check-in, or to a single form. */
export function ratingField(index: number | null, name: 'score' | 'activityId' | 'ratedAt'): string {
  return index === null ? name : `ratings.${index}.${name}`;
}

/** "+3", "-1", "0". */
export function signed(value: number, decimals = 0): string {
  const text = value.toFixed(decimals);
  return value > 0 ? `+${text}` : text;
}

/** One activity's first and latest rating in plain words. */
export function trendWords(trend: ActivityTrend): string {
  if (trend.first === null || trend.latest === null) return 'Not rated in these dates.';
  if (trend.change === null) return `Rated ${trend.first.score} once so far.`;
  const change = trend.change === 0 ? 'no change' : `a change of ${signed(trend.change)}`;
  const matters = trend.clinicallyImportant ? ', a change that matters' : '';
  return `From ${trend.first.score} to ${trend.latest.score}: ${change}${matters}.`;
}

/** The mean of the active activities, or why there is none yet. */
export function meanWords(summary: FunctionSummary): string {
  const m = summary.meanChange;
  if (m === null) return 'Rate an activity twice to see how it changes.';
  const matters = m.clinicallyImportant ? ' That is a change that matters.' : '';
  return `Your average went from ${m.first.toFixed(1)} to ${m.latest.toFixed(1)} (${signed(m.change, 1)}).${matters}`;
}
