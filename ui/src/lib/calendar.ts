// The Progress calendar: which days to ask for, how they fall into Monday-first week rows, and
// the words and symbols for each day's mark (never colour alone).
import type { CalendarDay } from './bindings/CalendarDay';
import type { DayMark } from './bindings/DayMark';
import { addDays } from './dates';
import { intlTag, t } from './i18n.svelte';

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(day: string): number {
  const date = new Date(`${day}T00:00:00Z`);
  return (date.getUTCDay() + 6) % 7;
}

export function mondayOf(day: string): string {
  return addDays(day, -weekdayIndex(day));
}

/** The calendar's range: `weeks` whole weeks, Monday to Sunday, ending with this week. */
export function calendarRange(today: string, weeks = 6): { from: string; to: string } {
  const monday = mondayOf(today);
  return { from: addDays(monday, -7 * (weeks - 1)), to: addDays(monday, 6) };
}

/** Days in Monday-first rows of seven; gaps (days outside the data) are `null`. */
export function weekRows(days: readonly CalendarDay[]): (CalendarDay | null)[][] {
  if (days.length === 0) return [];
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  const byDay = new Map(sorted.map((d) => [d.day, d]));
  const first = mondayOf(sorted[0]!.day);
  const last = sorted[sorted.length - 1]!.day;
  const rows: (CalendarDay | null)[][] = [];
  for (let monday = first; monday <= last; monday = addDays(monday, 7)) {
    rows.push(Array.from({ length: 7 }, (_, i) => byDay.get(addDays(monday, i)) ?? null));
  }
  return rows;
}

/** A mark's symbol, and its name and meaning in the window's language (read when shown). */
export type MarkInfo = { mark: DayMark; symbol: string; readonly label: string; readonly meaning: string };

function markInfo(mark: DayMark, symbol: string): MarkInfo {
  return {
    mark,
    symbol,
    get label() {
      return t(MARK_KEYS[mark].label);
    },
    get meaning() {
      return t(MARK_KEYS[mark].meaning);
    },
  };
}

const MARK_KEYS: Record<DayMark, { label: string; meaning: string }> = {
  active: { label: 'calendar.mark.active.label', meaning: 'calendar.mark.active.meaning' },
  rest: { label: 'calendar.mark.rest.label', meaning: 'calendar.mark.rest.meaning' },
  paused: { label: 'calendar.mark.paused.label', meaning: 'calendar.mark.paused.meaning' },
  bridged: { label: 'calendar.mark.bridged.label', meaning: 'calendar.mark.bridged.meaning' },
  missed: { label: 'calendar.mark.missed.label', meaning: 'calendar.mark.missed.meaning' },
  pending: { label: 'calendar.mark.pending.label', meaning: 'calendar.mark.pending.meaning' },
  notStarted: { label: 'calendar.mark.notStarted.label', meaning: 'calendar.mark.notStarted.meaning' },
  future: { label: 'calendar.mark.future.label', meaning: 'calendar.mark.future.meaning' },
};

export const MARKS: MarkInfo[] = [
  markInfo('active', '✓'),
  markInfo('rest', 'R'),
  markInfo('paused', 'P'),
  markInfo('bridged', '~'),
  markInfo('missed', '·'),
  markInfo('pending', '…'),
  markInfo('notStarted', '–'),
  markInfo('future', ''),
];

export function markLabel(mark: DayMark): string {
  return MARKS.find((m) => m.mark === mark)?.label ?? mark;
}

export function markSymbol(mark: DayMark): string {
  return MARKS.find((m) => m.mark === mark)?.symbol ?? '';
}

/** A date in UTC for `day`, so no time zone moves it. */
function utcDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1));
}

/** The name of weekday `index` (0 Monday … 6 Sunday) in the window's language: "Monday", "Mon". */
export function weekdayName(index: number, style: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + index));
  return new Intl.DateTimeFormat(intlTag(), { weekday: style, timeZone: 'UTC' }).format(date);
}

/** "Tuesday 3 March" ("martes 3 de marzo"): Intl's names, in the order the catalog gives. */
export function shortDay(day: string): string {
  const date = utcDate(day);
  return t('calendar.day', {
    weekday: new Intl.DateTimeFormat(intlTag(), { weekday: 'long', timeZone: 'UTC' }).format(date),
    day: date.getUTCDate(),
    month: new Intl.DateTimeFormat(intlTag(), { month: 'long', timeZone: 'UTC' }).format(date),
  });
}

/** The accessible name of a calendar cell: "Tuesday 3 March: active", "… (today)". */
export function cellName(day: CalendarDay, isToday = false): string {
  const values = { day: shortDay(day.day), mark: markLabel(day.mark).toLocaleLowerCase(intlTag()) };
  return isToday ? t('calendar.cellToday', values) : t('calendar.cell', values);
}

/** The day of the month, for the cell's visible number. */
export function dayNumber(day: string): number {
  return Number(day.slice(8, 10));
}
