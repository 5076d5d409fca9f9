// The Progress calendar: which days to ask for, how they fall into Monday-first week rows, and
// the words and symbols for each day's mark (never colour alone).
import type { CalendarDay } from './bindings/CalendarDay';
import type { DayMark } from './bindings/DayMark';
import { addDays } from './dates';
import { WEEKDAYS } from './program';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

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

export const MARKS: { mark: DayMark; label: string; symbol: string; meaning: string }[] = [
  { mark: 'active', label: 'Active', symbol: '✓', meaning: 'You exercised.' },
  { mark: 'rest', label: 'Rest day', symbol: 'R', meaning: 'A planned day off.' },
  { mark: 'paused', label: 'Paused', symbol: 'P', meaning: 'Your program was on pause.' },
  { mark: 'bridged', label: 'Bridged', symbol: '~', meaning: 'One day off that kept your run going.' },
  { mark: 'missed', label: 'No session', symbol: '·', meaning: 'No session that day.' },
  { mark: 'pending', label: 'Still open', symbol: '…', meaning: 'Today, there is still time.' },
  { mark: 'notStarted', label: 'Before you began', symbol: '–', meaning: 'Before your first session.' },
  { mark: 'future', label: 'Coming up', symbol: '', meaning: 'A day still to come.' },
];

export function markLabel(mark: DayMark): string {
  return MARKS.find((m) => m.mark === mark)?.label ?? mark;
}

export function markSymbol(mark: DayMark): string {
  return MARKS.find((m) => m.mark === mark)?.symbol ?? '';
}

/** "Tuesday 3 March" */
export function shortDay(day: string): string {
  const [, month, date] = day.split('-').map(Number);
  return `${WEEKDAYS[weekdayIndex(day)]} ${date} ${MONTHS[(month ?? 1) - 1]}`;
}

/** The accessible name of a calendar cell: "Tuesday 3 March: active". */
export function cellName(day: CalendarDay): string {
  return `${shortDay(day.day)}: ${markLabel(day.mark).toLowerCase()}`;
}

/** The day of the month, for the cell's visible number. */
export function dayNumber(day: string): number {
  return Number(day.slice(8, 10));
}
