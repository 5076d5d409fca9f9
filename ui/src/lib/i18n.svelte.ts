// Every word the window shows comes from the message catalogs in ui/src/i18n/<locale>/<area>.json,
// written in ICU MessageFormat and formatted by intl-messageformat (FormatJS), so plurals,
// numbers and selects follow each language's own rules. A key is "<area>.<name>", where the
// area is the catalog file's name: the key "today.title" reads "title" from en/today.json.
//
// The locale is reactive state: changing it redraws every `t()` at once, without a restart.
// Dates, times and numbers go through Intl with the locale's US form (en-US, es-US).
import { IntlMessageFormat } from 'intl-messageformat';

export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];

type Catalog = Record<string, string>;

const files = import.meta.glob<Catalog>('../i18n/*/*.json', { eager: true, import: 'default' });

/** Every message, flattened to "<area>.<name>" keys, by locale. */
export const CATALOGS: Record<Locale, Catalog> = buildCatalogs(files);

function buildCatalogs(found: Record<string, Catalog>): Record<Locale, Catalog> {
  const catalogs: Record<Locale, Catalog> = { en: {}, es: {} };
  for (const [path, messages] of Object.entries(found)) {
    const match = /\/i18n\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, locale, area] = match;
    if (!LOCALES.includes(locale as Locale)) continue;
    for (const [name, text] of Object.entries(messages)) catalogs[locale as Locale][`${area}.${name}`] = text;
  }
  return catalogs;
}

/** The BCP 47 tag whose conventions each language follows: US English, Spanish as in the US. */
export function intlTag(locale: Locale = i18n.locale): 'en-US' | 'es-US' {
  return locale === 'es' ? 'es-US' : 'en-US';
}

/** A language tag ("es-MX", "en_US.UTF-8") as one of BackTrack's locales. */
export function localeOf(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

const REMEMBERED = 'backtrack.language';

class WindowLanguage {
  locale = $state<Locale>('en');
  /** Whether the language came from this window's memory (it spoke one before). */
  remembered = false;

  /** Speaks `locale` from now on, and tells the page (screen readers pick their voice by it). */
  set(locale: Locale) {
    this.locale = locale;
    if (typeof document !== 'undefined') document.documentElement.lang = intlTag(locale);
    try {
      localStorage.setItem(REMEMBERED, locale);
    } catch {
      // A window without storage still speaks; it only forgets before the next unlock.
    }
  }

  /** Before the diary is open: the last language used, else the webview's. */
  startRemembered() {
    let remembered: string | null = null;
    try {
      remembered = localStorage.getItem(REMEMBERED);
    } catch {
      remembered = null;
    }
    const fromBrowser = typeof navigator !== 'undefined' ? navigator.language : 'en';
    this.remembered = remembered === 'en' || remembered === 'es';
    this.set(remembered === 'en' || remembered === 'es' ? remembered : localeOf(fromBrowser));
  }
}

export const i18n = new WindowLanguage();

const formats = new Map<string, IntlMessageFormat>();

function compiled(locale: Locale, key: string, text: string): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let format = formats.get(id);
  if (!format) {
    // Tags stay literal text here; `tRich` splits them out for the markup to wrap.
    format = new IntlMessageFormat(text, intlTag(locale), undefined, { ignoreTag: true });
    formats.set(id, format);
  }
  return format;
}

export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** The message `key` in the window's language, with `values` filled in. */
export function t(key: string, values?: MessageValues): string {
  return translate(i18n.locale, key, values);
}

/** The message `key` in `locale`; a missing key (which a test forbids) shows the key itself. */
export function translate(locale: Locale, key: string, values?: MessageValues): string {
  const text = CATALOGS[locale][key] ?? CATALOGS.en[key];
  if (text === undefined) {
    console.warn(`i18n: no message "${key}"`);
    return key;
  }
  try {
    const result = compiled(locale, key, text).format(values as Record<string, string | number | boolean | Date>);
    return Array.isArray(result) ? result.join('') : String(result);
  } catch (error) {
    // A value the message needs was not given (the catalog test guards against it): show the
    // message as written rather than nothing.
    console.warn(`i18n: "${key}" could not be formatted`, error);
    return text;
  }
}

/** A piece of a message with inline markup: plain text, or the text inside `<tag>…</tag>`. */
export type RichPart = { tag: string | null; text: string };

/**
 * A message whose sentence wraps part of itself in markup (a link, bold words), so the
 * sentence stays whole in the catalog: "Read <link>when to get care</link> first." gives
 * [{tag:null,text:"Read "},{tag:"link",text:"when to get care"},{tag:null,text:" first."}].
 * Tags are not nested. The component decides what each tag becomes.
 */
export function tRich(key: string, values?: MessageValues): RichPart[] {
  const text = t(key, values);
  const parts: RichPart[] = [];
  const pattern = /<(\w+)>(.*?)<\/\1>/gs;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const [whole, tag = '', inner = ''] = match;
    if (match.index > last) parts.push({ tag: null, text: text.slice(last, match.index) });
    parts.push({ tag, text: inner });
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push({ tag: null, text: text.slice(last) });
  return parts;
}

/** Whether `key` exists (for lists whose entries may or may not have a hint). */
export function hasMessage(key: string): boolean {
  return key in CATALOGS[i18n.locale];
}

/** A calendar day ("2026-12-07") at noon local time, so no zone moves it to another day. */
function dayAsDate(day: string): Date {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date, 12);
}

export type DateStyle = 'medium' | 'long' | 'weekdayShort' | 'weekdayLong' | 'monthYear' | 'dayMonth';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  medium: { dateStyle: 'medium' },
  long: { dateStyle: 'long' },
  weekdayShort: { weekday: 'short', month: 'short', day: 'numeric' },
  weekdayLong: { weekday: 'long', month: 'long', day: 'numeric' },
  monthYear: { month: 'long', year: 'numeric' },
  dayMonth: { month: 'short', day: 'numeric' },
};

/** A calendar day ("2026-12-07") or a Date, in the window's language. */
export function formatDay(day: string | Date, style: DateStyle = 'medium', locale: Locale = i18n.locale): string {
  const date = typeof day === 'string' ? dayAsDate(day) : day;
  return new Intl.DateTimeFormat(intlTag(locale), DATE_OPTIONS[style]).format(date);
}

/**
 * A wall-clock time ("20:00") the way the language writes it: "8:00 PM", "8:00 p.m.". The space
 * before the period is always a no-break space, so the two never part at a line end (ICU
 * versions differ between a plain and a narrow no-break space).
 */
export function formatClock(hhmm: string): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  const date = new Date(2000, 0, 1, hours, minutes);
  return new Intl.DateTimeFormat(intlTag(), { hour: 'numeric', minute: '2-digit' }).format(date).replace(/\s/g, '\u00a0');
}

/** A number in the window's language (grouping, decimals). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions, locale: Locale = i18n.locale): string {
  return new Intl.NumberFormat(intlTag(locale), options).format(value);
}

/** Items joined as the language joins a list: "a, b, and c" / "a, b y c". */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(intlTag(), { style: 'long', type }).format(items);
}
