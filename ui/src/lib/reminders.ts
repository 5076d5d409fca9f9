// Words and small rules for the Reminders screen. Pure, so they are tested without the app.
import type { ReminderKind } from './bindings/ReminderKind';
import type { ReminderRule } from './bindings/ReminderRule';
import type { SlotOutcome } from './bindings/SlotOutcome';

export type Weekday = ReminderRule['weekdays'][number];

/** Monday first, as the Rust side stores them. */
export const WEEKDAY_CHOICES: { value: Weekday; label: string; short: string }[] = [
  { value: 'Mon', label: 'Monday', short: 'Mon' },
  { value: 'Tue', label: 'Tuesday', short: 'Tue' },
  { value: 'Wed', label: 'Wednesday', short: 'Wed' },
  { value: 'Thu', label: 'Thursday', short: 'Thu' },
  { value: 'Fri', label: 'Friday', short: 'Fri' },
  { value: 'Sat', label: 'Saturday', short: 'Sat' },
  { value: 'Sun', label: 'Sunday', short: 'Sun' },
];

export const ALL_WEEK: Weekday[] = WEEKDAY_CHOICES.map((c) => c.value);
export const WORKDAYS: Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

/** Must match `MAX_TIMES_PER_RULE` in src-tauri/domain/reminder.rs. */
export const MAX_TIMES = 4;

export const KIND_LABELS: Record<ReminderKind, string> = {
  diary: 'Pain diary check-in',
  workout: 'Exercise session',
  checkIn: 'Weekly activity check-in',
};

/** "08:30:00" or "08:30" as shown: "08:30". */
export function shortTime(time: string): string {
  return time.slice(0, 5);
}

/** "every day", "weekdays", "weekends", or "Mon, Wed and Fri". */
export function weekdaysWords(days: readonly Weekday[]): string {
  const set = new Set(days);
  if (set.size === 7) return 'every day';
  if (set.size === 5 && WORKDAYS.every((d) => set.has(d))) return 'on weekdays';
  if (set.size === 2 && set.has('Sat') && set.has('Sun')) return 'at weekends';
  const names = WEEKDAY_CHOICES.filter((c) => set.has(c.value)).map((c) => c.short);
  if (names.length === 0) return 'on no days';
  if (names.length === 1) return `on ${names[0]}`;
  return `on ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "at 08:00 and 20:00". */
export function timesWords(times: readonly string[]): string {
  const shown = times.map(shortTime);
  if (shown.length <= 1) return `at ${shown[0] ?? ''}`.trim();
  return `at ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** One line that says what a rule does: "At 20:00, every day". */
export function ruleSummary(rule: Pick<ReminderRule, 'times' | 'weekdays'>): string {
  const text = `${timesWords(rule.times)}, ${weekdaysWords(rule.weekdays)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What happened to a reminder, in words for the "Lately" list. */
export function outcomeWords(outcome: SlotOutcome): string {
  switch (outcome) {
    case 'sent':
      return 'Sent';
    case 'nudge':
      return 'Sent, with a gentle word after a day without an entry';
    case 'quietLogged':
      return 'Kept quiet: you had already logged that day';
    case 'quietDone':
      return 'Kept quiet: you had already exercised that day';
    case 'quietRestDay':
      return 'Kept quiet: a planned rest day';
    case 'quietPaused':
      return 'Kept quiet: your program was paused';
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
