// The year-at-a-glance calendar's layout and colour bins. Pure, tested without the app.
import type { DayRange } from './bindings/DayRange';
import { addDays } from './dates';
import { formatNumber, t } from './i18n.svelte';

/** The pain scores each colour stands for, lightest (least pain) first. */
export const PAIN_BINS = [
  [0, 0],
  [1, 2],
  [3, 4],
  [5, 6],
  [7, 8],
  [9, 10],
] as const;

/** The legend's words for colour `bin`: "0", "1 to 2", in the window's language. */
export function painBinWords(bin: number): string {
  const [low, high] = PAIN_BINS[bin] ?? [0, 0];
  return low === high ? formatNumber(low) : t('insights.calendar.bin', { low, high });
}

/** Which colour a day's average pain takes: 0 for no pain, then one bin per two points. */
export function painBin(average: number): number {
  if (average <= 0) return 0;
  return Math.min(PAIN_BINS.length - 1, Math.ceil(average / 2));
}

/** Monday is 0, Sunday 6, for a `YYYY-MM-DD` day. */
function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/**
 * The weeks (Monday to Sunday) that touch `year`, each as seven days; a day outside the year or
 * outside `range` is `null`, so it is left blank.
 */
export function calendarWeeks(year: number, range: DayRange): (string | null)[][] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  let day = addDays(first, -weekdayIndex(first));
  const weeks: (string | null)[][] = [];
  while (day <= last) {
    const week: (string | null)[] = [];
    for (let i = 0; i < 7; i += 1) {
      const inside = day >= first && day <= last && day >= range.from && day <= range.to;
      week.push(inside ? day : null);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The last day shown in the weeks, where keyboard focus starts. */
export function lastShownDay(weeks: (string | null)[][]): string | null {
  const days = weeks.flat().filter((d): d is string => d !== null);
  return days[days.length - 1] ?? null;
}
