// Words, ranges and small figures for the Export screen. Pure, tested without the app.
// Labels are catalog keys, read where they are shown, so a change of language redraws them.
// Functions that also write the report preview take the report's language (`locale`); without
// it they speak the window's.
import type { ExportFormat } from './bindings/ExportFormat';
import type { PainChange } from './bindings/PainChange';
import type { ReportSection } from './bindings/ReportSection';
import type { WeekReport } from './bindings/WeekReport';
import { addDays } from './dates';
import { i18n, intlTag, translate, type Locale, type MessageValues } from './i18n.svelte';
import { BETTER_FACTORS, BODY_SITES, WORSE_FACTORS, labelIn, labelOf } from './vocabulary';

/** The report's sections in the report's order, with the key of what each holds. */
export const SECTIONS: { id: ReportSection; key: string }[] = [
  { id: 'redFlags', key: 'export.section.redFlags' },
  { id: 'pain', key: 'export.section.pain' },
  { id: 'legSymptoms', key: 'export.section.legSymptoms' },
  { id: 'function', key: 'export.section.function' },
  { id: 'sites', key: 'export.section.sites' },
  { id: 'factors', key: 'export.section.factors' },
  { id: 'medication', key: 'export.section.medication' },
  { id: 'sleepAndFunction', key: 'export.section.sleepAndFunction' },
  { id: 'program', key: 'export.section.program' },
  { id: 'surgeonNotes', key: 'export.section.surgeonNotes' },
  { id: 'dailyLog', key: 'export.section.dailyLog' },
];

export const ALL_SECTIONS: ReportSection[] = SECTIONS.map((s) => s.id);

/** The data files the screen offers, besides the PDF and the backup (keys of label and hint). */
export const DATA_FORMATS: { id: ExportFormat; labelKey: string; hintKey: string }[] = [
  { id: 'entriesCsv', labelKey: 'export.format.entriesCsv.label', hintKey: 'export.format.entriesCsv.hint' },
  { id: 'sessionsCsv', labelKey: 'export.format.sessionsCsv.label', hintKey: 'export.format.sessionsCsv.hint' },
  { id: 'functionCsv', labelKey: 'export.format.functionCsv.label', hintKey: 'export.format.functionCsv.hint' },
  { id: 'fhir', labelKey: 'export.format.fhir.label', hintKey: 'export.format.fhir.hint' },
];

export type ReportPreset = 'last30' | 'last90' | 'last365';

export const REPORT_PRESETS: { id: ReportPreset; key: string; days: number }[] = [
  { id: 'last30', key: 'export.preset.last30', days: 30 },
  { id: 'last90', key: 'export.preset.last90', days: 90 },
  { id: 'last365', key: 'export.preset.last365', days: 365 },
];

/** The message `key` in `locale`, or in the window's language. */
function say(locale: Locale | undefined, key: string, values?: MessageValues): string {
  return translate(locale ?? i18n.locale, key, values);
}

/** A figure with exactly `digits` decimals, written the language's way. */
function decimal(value: number, digits: number, locale?: Locale): string {
  return new Intl.NumberFormat(intlTag(locale ?? i18n.locale), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** The range a preset stands for, today included. */
export function reportRange(preset: ReportPreset, today: string): { from: string; to: string } {
  const days = REPORT_PRESETS.find((p) => p.id === preset)?.days ?? 90;
  return { from: addDays(today, -(days - 1)), to: today };
}

/** "12 KB", "1.4 MB": a file size in words a person reads at a glance. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return say(undefined, 'export.size.bytes', { count: bytes });
  if (bytes < 1024 * 1024) return say(undefined, 'export.size.kilobytes', { size: decimal(Math.round(bytes / 1024), 0) });
  return say(undefined, 'export.size.megabytes', { size: decimal(bytes / (1024 * 1024), 1) });
}

/** One decimal, or a dash when there is nothing to show. */
export function oneDecimal(value: number | null | undefined, locale?: Locale): string {
  return value === null || value === undefined ? '–' : decimal(value, 1, locale);
}

/** The change between the first and last two weeks, in words, with its clinical weight. */
export function changeWords(change: PainChange, locale?: Locale): string {
  const important = change.clinicallyImportant ? 'yes' : 'no';
  if (change.points === 0) {
    return say(locale, 'export.change.same', { average: decimal(change.baselineAverage, 1, locale), important });
  }
  return say(locale, 'export.change.moved', {
    direction: change.points < 0 ? 'lower' : 'higher',
    points: decimal(Math.abs(change.points), 1, locale),
    withPercent: change.percent === null ? 'no' : 'yes',
    percent: change.percent === null ? '' : decimal(Math.abs(change.percent), 0, locale),
    from: decimal(change.baselineAverage, 1, locale),
    to: decimal(change.latestAverage, 1, locale),
    important,
  });
}

/** A site, worse or better word as a label. */
export function countLabel(kind: 'site' | 'worse' | 'better', name: string, locale?: Locale): string {
  if (locale) return labelIn(locale, kind, name);
  const choices = kind === 'site' ? BODY_SITES : kind === 'worse' ? WORSE_FACTORS : BETTER_FACTORS;
  return labelOf(choices as { value: string; label: string }[], name) || name;
}

/** "2 of 3 sessions" for one week, and whether its goal was met. */
export function weekWords(week: WeekReport, locale?: Locale): string {
  return week.goalMet
    ? say(locale, 'export.week.goalMet', { sessions: week.sessions })
    : say(locale, 'export.week.short', { sessions: week.sessions, needed: week.needed });
}

/** "24 Aug 2026": short enough to line up a column of weeks. */
export function shortDay(day: string, locale?: Locale): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date || month > 12) return day;
  const monthName = new Intl.DateTimeFormat(intlTag(locale ?? i18n.locale), { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  return say(locale, 'export.shortDay', { day: String(date), month: monthName, year: String(year) });
}

/** Whole days from `from` to `to` (calendar days). */
export function daysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return Math.round((end - start) / 86_400_000);
}

/** Items joined the way the language lists them in a short line: "a, b, c" / "a, b y c". */
export function shortList(items: readonly string[], locale?: Locale): string {
  return new Intl.ListFormat(intlTag(locale ?? i18n.locale), { type: 'unit', style: 'short' }).format(items);
}
