// Calendar days and wall-clock times as plain strings. Days are the person's local dates
// (`YYYY-MM-DD`) fixed by the backend; nothing here reads the browser's clock or time zone.
import { formatClock, intlTag, t } from './i18n.svelte';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_CLOCK_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;

export function isDay(text: string): boolean {
  const match = DAY_PATTERN.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The day `count` days after `day` (negative goes back). Pure calendar arithmetic, in UTC. */
export function addDays(day: string, count: number): string {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Not a day: ${day}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + count));
  return date.toISOString().slice(0, 10);
}

export type RangePreset = 'last7' | 'last30' | 'all';
export type DayRange = { from: string | null; to: string | null };

/** The range a quick-pick button stands for; "last 7 days" includes today. */
export function presetRange(preset: RangePreset, today: string): DayRange {
  switch (preset) {
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'all':
      return { from: null, to: null };
  }
}

/** Which preset (if any) a range matches, so its button can show as chosen. */
export function matchingPreset(range: DayRange, today: string): RangePreset | null {
  const presets: RangePreset[] = ['last7', 'last30', 'all'];
  return (
    presets.find((preset) => {
      const candidate = presetRange(preset, today);
      return candidate.from === range.from && candidate.to === range.to;
    }) ?? null
  );
}

export type RangeProblems = { from?: string; to?: string };

/**
 * Checks the date filter. Empty inputs mean "no limit". Problems are keyed by the field they
 * belong to, so each message can sit beside its input.
 */
export function checkRange(fromText: string, toText: string): { range: DayRange | null; problems: RangeProblems } {
  const problems: RangeProblems = {};
  const from = fromText.trim();
  const to = toText.trim();
  if (from !== '' && !isDay(from)) problems.from = t('common.date.incomplete');
  if (to !== '' && !isDay(to)) problems.to = t('common.date.incomplete');
  if (!problems.from && !problems.to && from !== '' && to !== '' && from > to) {
    problems.to = t('common.date.endBeforeStart');
  }
  if (problems.from || problems.to) return { range: null, problems };
  return { range: { from: from === '' ? null : from, to: to === '' ? null : to }, problems };
}

/**
 * The wall-clock `YYYY-MM-DDTHH:MM` written in a stored RFC 3339 time, as the person saw it when
 * logging. Taken from the characters, never converted through the browser's time zone.
 */
export function wallClock(occurredAt: string): string {
  const match = WALL_CLOCK_PATTERN.exec(occurredAt);
  return match ? `${match[1]}T${match[2]}:${match[3]}` : '';
}

/** `HH:MM` of a stored time, from its own wall clock (for inputs and comparisons). */
export function timeOf(occurredAt: string): string {
  return wallClock(occurredAt).slice(11, 16);
}

/** A stored time as a person reads it, from its own wall clock: "8:30 AM", "8:30 a.m.". */
export function clockOf(occurredAt: string): string {
  const time = timeOf(occurredAt);
  return time ? formatClock(time) : '';
}

/** A day heading such as "Today", "Yesterday" or "Monday, March 2, 2026", in the window's language. */
export function dayHeading(day: string, today: string, locale?: string): string {
  if (day === today) return t('common.today');
  if (isDay(today) && day === addDays(today, -1)) return t('common.yesterday');
  return capitalised(longDay(day, locale), locale);
}

/** A heading starts with a capital, even where the language writes day and month names in lower case ("lunes"). */
export function capitalised(text: string, locale?: string): string {
  return text.charAt(0).toLocaleUpperCase(locale ?? intlTag()) + text.slice(1);
}

/**
 * "Monday, March 2, 2026" / "lunes, 2 de marzo de 2026": word order follows `locale`, which is
 * the window's language unless given.
 */
export function longDay(day: string, locale?: string): string {
  const match = DAY_PATTERN.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return longDayFormat(locale).format(date);
}

// Making an Intl.DateTimeFormat costs about a millisecond in WebKit, and History writes one
// heading per day: keep one per locale.
const longDayFormats = new Map<string, Intl.DateTimeFormat>();

function longDayFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? intlTag();
  let format = longDayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(key, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    longDayFormats.set(key, format);
  }
  return format;
}

/** An average for display: one decimal at most, and no trailing ".0". */
export function formatAverage(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
