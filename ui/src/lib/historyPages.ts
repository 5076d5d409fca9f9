// Words and small decisions for History's pages (the pages themselves are planned in Rust,
// src-tauri/domain/history_pages.rs). Pure functions of their arguments, so they are unit-tested.
import type { AppError } from './bindings/AppError';
import type { DayPart } from './bindings/DayPart';
import type { HistoryMonth } from './bindings/HistoryMonth';
import { longDay } from './dates';

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

// Making an Intl formatter costs up to a millisecond in WebKit, and "Jump to month" names every
// month of the range (120 for ten years) on each page: make each formatter once per locale.
const numberFormats = new Map<string, Intl.NumberFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale?: string): Intl.NumberFormat {
  let format = numberFormats.get(locale ?? '');
  if (!format) numberFormats.set(locale ?? '', (format = new Intl.NumberFormat(locale)));
  return format;
}

function monthFormat(locale?: string): Intl.DateTimeFormat {
  let format = monthFormats.get(locale ?? '');
  if (!format) monthFormats.set(locale ?? '', (format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format;
}

function count(value: number, one: string, many: string, locale?: string): string {
  return `${numberFormat(locale).format(value)} ${value === 1 ? one : many}`;
}

/** "Page 3 of 147": `page` counts from 0, people count from 1. */
export function pageStatus(page: number, pageCount: number): string {
  return `Page ${page + 1} of ${pageCount}`;
}

/** "14,612 entries on 3,653 days" (digits grouped as the locale does). */
export function totalsWords(entries: number, days: number, locale?: string): string {
  return `${count(entries, 'entry', 'entries', locale)} on ${count(days, 'day', 'days', locale)}`;
}

/** "March 2020" for `2020-03` (word order follows the locale). */
export function monthLabel(month: string, locale?: string): string {
  const match = MONTH_PATTERN.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return monthFormat(locale).format(date);
}

/** A choice in "Jump to month": "March 2020 (93 entries)". */
export function monthChoice(month: HistoryMonth, locale?: string): string {
  return `${monthLabel(month.month, locale)} (${count(month.entries, 'entry', 'entries', locale)})`;
}

/** The month (`YYYY-MM`) of a page: that of its newest day, or null for an empty page. */
export function monthOfPage(days: readonly { day: string }[]): string | null {
  return days[0]?.day.slice(0, 7) ?? null;
}

/** The newest day of `month` on the page, where focus goes after a jump to that month. */
export function firstDayOfMonth(days: readonly { day: string }[], month: string): string | null {
  return days.find((d) => d.day.startsWith(`${month}-`))?.day ?? null;
}

/** "entries 101 to 130 of 130 that day", for a page that shows part of one busy day. */
export function partWords(part: DayPart, locale?: string): string {
  const format = numberFormat(locale);
  return `entries ${format.format(part.first)} to ${format.format(part.last)} of ${format.format(part.of)} that day`;
}

/**
 * What a screen reader hears after a page change: "Page 3 of 147, from Monday 2 February 2026
 * to Saturday 28 February 2026." Days are newest first.
 */
export function pageAnnouncement(page: number, pageCount: number, days: readonly { day: string }[], locale?: string): string {
  const status = pageStatus(page, pageCount);
  const newest = days[0]?.day;
  const oldest = days.at(-1)?.day;
  if (!newest || !oldest) return `${status}. No entries on this page.`;
  if (newest === oldest) return `${status}, ${longDay(newest, locale)}.`;
  return `${status}, from ${longDay(oldest, locale)} to ${longDay(newest, locale)}.`;
}

/** True when the backend said the asked-for page does not exist (the diary got shorter). */
export function isMissingPage(error: AppError): boolean {
  return error.kind === 'validation' && error.fields.some((field) => field.field === 'page');
}
