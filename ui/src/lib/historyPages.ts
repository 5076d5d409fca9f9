// Words and small decisions for History's pages (the pages themselves are planned in Rust,
// src-tauri/domain/history_pages.rs). Pure functions of their arguments, so they are unit-tested.
import type { AppError } from './bindings/AppError';
import type { DayPart } from './bindings/DayPart';
import type { HistoryMonth } from './bindings/HistoryMonth';
import { capitalised, longDay } from './dates';
import { intlTag, t } from './i18n.svelte';

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

// Making an Intl formatter costs up to a millisecond in WebKit, and "Jump to month" names every
// month of the range (120 for ten years) on each page: make each formatter once per locale.
const numberFormats = new Map<string, Intl.NumberFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();

// Words come from the `history` catalogs in the window's language; `locale`, where a function
// takes one, only sets how digits and dates are written (the window's language when left out).
function numberFormat(locale?: string): Intl.NumberFormat {
  const key = locale ?? intlTag();
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(key)));
  return format;
}

function monthFormat(locale?: string): Intl.DateTimeFormat {
  const key = locale ?? intlTag();
  let format = monthFormats.get(key);
  if (!format) monthFormats.set(key, (format = new Intl.DateTimeFormat(key, { month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format;
}

/**
 * Message values for the totals: each count as a number (for the plural rule) and as digits
 * written for `locale` ("14,612"), e.g. `{ entries: 14612, entriesText: '14,612', … }`.
 */
function totals(entries: number, days: number, locale?: string) {
  const format = numberFormat(locale);
  return { entries, entriesText: format.format(entries), days, daysText: format.format(days) };
}

/** "Page 3 of 147": `page` counts from 0, people count from 1. */
export function pageStatus(page: number, pageCount: number): string {
  return t('history.page.status', { page: page + 1, count: pageCount });
}

/** "14,612 entries on 3,653 days" (digits grouped as the locale does). */
export function totalsWords(entries: number, days: number, locale?: string): string {
  return t('history.totals', totals(entries, days, locale));
}

/** "14,612 entries on 3,653 days, shown a page at a time, newest first." */
export function totalsLine(entries: number, days: number, locale?: string): string {
  return t('history.totalsPaged', totals(entries, days, locale));
}

/** "March 2020" / "Marzo de 2020" for `2020-03` (word order follows the locale). */
export function monthLabel(month: string, locale?: string): string {
  const match = MONTH_PATTERN.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return capitalised(monthFormat(locale).format(date), locale);
}

/** A choice in "Jump to month": "March 2020 (93 entries)". */
export function monthChoice(month: HistoryMonth, locale?: string): string {
  return t('history.monthChoice', { month: monthLabel(month.month, locale), entries: month.entries, entriesText: numberFormat(locale).format(month.entries) });
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
  return t('history.part', partValues(part, locale));
}

/** "A busy day: this page shows entries 101 to 130 of 130 that day. The rest are …" */
export function busyDayWords(part: DayPart, locale?: string): string {
  return t('history.busyDay', partValues(part, locale));
}

function partValues(part: DayPart, locale?: string) {
  const format = numberFormat(locale);
  return { first: format.format(part.first), last: format.format(part.last), of: format.format(part.of) };
}

/**
 * What a screen reader hears after a page change: "Page 3 of 147, from Monday 2 February 2026
 * to Saturday 28 February 2026." Days are newest first.
 */
export function pageAnnouncement(page: number, pageCount: number, days: readonly { day: string }[], locale?: string): string {
  const place = { page: page + 1, count: pageCount };
  const newest = days[0]?.day;
  const oldest = days.at(-1)?.day;
  if (!newest || !oldest) return t('history.page.announceEmpty', place);
  if (newest === oldest) return t('history.page.announceDay', { ...place, day: longDay(newest, locale) });
  return t('history.page.announceRange', { ...place, from: longDay(oldest, locale), to: longDay(newest, locale) });
}

/** True when the backend said the asked-for page does not exist (the diary got shorter). */
export function isMissingPage(error: AppError): boolean {
  return error.kind === 'validation' && error.fields.some((field) => field.field === 'page');
}
