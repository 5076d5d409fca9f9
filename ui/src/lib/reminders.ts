// Words and small rules for the Reminders screen. Pure, so they are tested without the app.
// Times travel to and from Rust as "HH:MM"; a person only ever sees them through `clockWords`.
import type { ReminderKind } from './bindings/ReminderKind';
import type { ReminderRule } from './bindings/ReminderRule';
import type { SlotOutcome } from './bindings/SlotOutcome';
import { formatClock, formatList, i18n, intlTag, t } from './i18n.svelte';

export type Weekday = ReminderRule['weekdays'][number];

/** Monday first, as the Rust side stores them (codes, never shown). */
export const ALL_WEEK: Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']; // i18n-ignore: weekday codes Rust stores
export const WORKDAYS: Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']; // i18n-ignore: weekday codes Rust stores

/** Must match `MAX_TIMES_PER_RULE` in src-tauri/domain/reminder.rs. */
export const MAX_TIMES = 4;

const KIND_KEYS: Record<ReminderKind, string> = {
  diary: 'reminders.kind.diary',
  workout: 'reminders.kind.workout',
  checkIn: 'reminders.kind.checkIn',
};

/** What a reminder is for, in the window's language: "Pain diary check-in". */
export function kindLabel(kind: ReminderKind): string {
  return t(KIND_KEYS[kind]);
}

/** A day of the week in the window's language, from Intl: "Monday" / "lunes", "Mon" / "lun". */
export function weekdayName(day: Weekday, style: 'long' | 'short' = 'long'): string {
  // 1 January 2024 was a Monday.
  const date = new Date(2024, 0, 1 + ALL_WEEK.indexOf(day), 12);
  return new Intl.DateTimeFormat(intlTag(), { weekday: style }).format(date);
}

/** A day of the week as a choice's label, starting with a capital: "Monday" / "Lunes". */
export function weekdayLabel(day: Weekday): string {
  const name = weekdayName(day, 'long');
  return name.charAt(0).toLocaleUpperCase(intlTag()) + name.slice(1);
}

/** "08:30:00" or "08:30" as the form and Rust hold it: "08:30" (never shown to a person). */
export function shortTime(time: string): string {
  return time.slice(0, 5);
}

/** A stored time as the person reads it: "8:30 AM" / "8:30 a.m.". */
export function clockWords(time: string): string {
  return formatClock(shortTime(time));
}

/** The hour on a 12-hour clock, which Spanish needs to say "a la 1" but "a las 2". */
function twelveHour(time: string | undefined): number {
  const hours = Number((time ?? '00').slice(0, 2)) % 12;
  return hours === 0 ? 12 : hours;
}

type DaysPattern = 'all' | 'weekdays' | 'weekends' | 'none' | 'some';

function daysPattern(set: ReadonlySet<Weekday>): DaysPattern {
  if (set.size === 7) return 'all';
  if (set.size === 5 && WORKDAYS.every((d) => set.has(d))) return 'weekdays';
  if (set.size === 2 && set.has('Sat') && set.has('Sun')) return 'weekends'; // i18n-ignore: weekday codes
  if (set.size === 0) return 'none';
  return 'some';
}

/** "every day", "on weekdays", "at weekends", or "on Mon, Wed, and Fri". */
export function weekdaysWords(days: readonly Weekday[]): string {
  const set = new Set(days);
  // Spanish says the days in full in a sentence ("los días lunes y viernes"); English abbreviates.
  const style = i18n.locale === 'es' ? 'long' : 'short';
  const list = formatList(ALL_WEEK.filter((d) => set.has(d)).map((d) => weekdayName(d, style)));
  return t('reminders.days.phrase', { pattern: daysPattern(set), list });
}

/** "at 8:00 AM and 8:00 PM". */
export function timesWords(times: readonly string[]): string {
  if (times.length === 0) return '';
  return t('reminders.times.phrase', { hour: twelveHour(times[0]), times: formatList(times.map(clockWords)) });
}

/** One line that says what a rule does: "At 8:00 PM, every day". */
export function ruleSummary(rule: Pick<ReminderRule, 'times' | 'weekdays'>): string {
  return t('reminders.rule.summary', {
    hour: twelveHour(rule.times[0]),
    times: formatList(rule.times.map(clockWords)),
    days: weekdaysWords(rule.weekdays),
  });
}

/** What happened to a reminder, in words for the "Lately" list. */
export function outcomeWords(outcome: SlotOutcome): string {
  switch (outcome) {
    case 'sent':
      return t('reminders.outcome.sent');
    case 'nudge':
      return t('reminders.outcome.nudge');
    case 'quietLogged':
      return t('reminders.outcome.quietLogged');
    case 'quietDone':
      return t('reminders.outcome.quietDone');
    case 'quietRestDay':
      return t('reminders.outcome.quietRestDay');
    case 'quietPaused':
      return t('reminders.outcome.quietPaused');
  }
}

/** The next time to offer when adding one more time to a form: an hour after the last. */
export function nextTimeAfter(times: readonly string[]): string {
  const last = times[times.length - 1];
  if (!last) return '08:00';
  const [hours, minutes] = last.split(':').map(Number);
  const next = ((hours ?? 8) + 1) % 24;
  return `${String(next).padStart(2, '0')}:${String(minutes ?? 0).padStart(2, '0')}`;
}
