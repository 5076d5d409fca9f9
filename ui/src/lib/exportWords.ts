// Words, ranges and small figures for the Export screen. Pure, tested without the app.
import type { ExportFormat } from './bindings/ExportFormat';
import type { PainChange } from './bindings/PainChange';
import type { ReportSection } from './bindings/ReportSection';
import type { WeekReport } from './bindings/WeekReport';
import { addDays } from './dates';
import { BETTER_FACTORS, BODY_SITES, WORSE_FACTORS, labelOf } from './vocabulary';

/** The report's sections in the report's order, with what each holds. */
export const SECTIONS: { id: ReportSection; label: string }[] = [
  { id: 'redFlags', label: 'Warning signs found by the check' },
  { id: 'pain', label: 'Pain levels, trend and change' },
  { id: 'legSymptoms', label: 'Leg pain and numbness' },
  { id: 'function', label: 'Activities you rate each week' },
  { id: 'sites', label: 'Where it hurts' },
  { id: 'factors', label: 'What made it worse or better' },
  { id: 'medication', label: 'Medication' },
  { id: 'sleepAndFunction', label: 'Sleep and daily activities' },
  { id: 'program', label: 'Exercise program' },
  { id: 'surgeonNotes', label: 'Notes marked for the surgeon' },
  { id: 'dailyLog', label: 'Daily log (later pages)' },
];

export const ALL_SECTIONS: ReportSection[] = SECTIONS.map((s) => s.id);

/** The data files the screen offers, besides the PDF and the backup. */
export const DATA_FORMATS: { id: ExportFormat; label: string; hint: string }[] = [
  { id: 'entriesCsv', label: 'Pain entries (CSV)', hint: 'One row per entry, for a spreadsheet.' },
  { id: 'sessionsCsv', label: 'Exercise sessions (CSV)', hint: 'One row per session, for a spreadsheet.' },
  { id: 'functionCsv', label: 'Weekly activity ratings (CSV)', hint: 'One row per rating, for a spreadsheet.' },
  { id: 'fhir', label: 'Health record (FHIR R4, JSON)', hint: 'For clinic systems that read FHIR.' },
];

export type ReportPreset = 'last30' | 'last90' | 'last365';

export const REPORT_PRESETS: { id: ReportPreset; label: string; days: number }[] = [
  { id: 'last30', label: 'Last 30 days', days: 30 },
  { id: 'last90', label: 'Last 90 days', days: 90 },
  { id: 'last365', label: 'Last year', days: 365 },
];

/** The range a preset stands for, today included. */
export function reportRange(preset: ReportPreset, today: string): { from: string; to: string } {
  const days = REPORT_PRESETS.find((p) => p.id === preset)?.days ?? 90;
  return { from: addDays(today, -(days - 1)), to: today };
}

/** "12 KB", "1.4 MB": a file size in words a person reads at a glance. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** One decimal, or a dash when there is nothing to show. */
export function oneDecimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toFixed(1);
}

/** The change between the first and last two weeks, in words, with its clinical weight. */
export function changeWords(change: PainChange): string {
  const points = Math.abs(change.points).toFixed(1);
  const percent = change.percent === null ? '' : ` (${Math.abs(change.percent)}%)`;
  const direction = change.points < 0 ? 'lower' : change.points > 0 ? 'higher' : 'the same';
  const what =
    direction === 'the same'
      ? `Average pain stayed the same (${change.baselineAverage.toFixed(1)})`
      : `Average pain ${direction} by ${points} points${percent}, from ${change.baselineAverage.toFixed(1)} to ${change.latestAverage.toFixed(1)}`;
  return change.clinicallyImportant ? `${what}: a clinically important change.` : `${what}: not a clinically important change.`;
}

/** A site, worse or better word as a label. */
export function countLabel(kind: 'site' | 'worse' | 'better', name: string): string {
  const choices = kind === 'site' ? BODY_SITES : kind === 'worse' ? WORSE_FACTORS : BETTER_FACTORS;
  return labelOf(choices as { value: string; label: string }[], name) || name;
}

/** "2 of 3 sessions" for one week, and whether its goal was met. */
export function weekWords(week: WeekReport): string {
  const sessions = week.sessions === 1 ? '1 session' : `${week.sessions} sessions`;
  return week.goalMet ? `${sessions}, goal met` : `${sessions} of ${week.needed} planned`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "24 Aug 2026": short enough to line up a column of weeks. */
export function shortDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const name = MONTHS[(month ?? 1) - 1];
  return year && name && date ? `${date} ${name} ${year}` : day;
}
