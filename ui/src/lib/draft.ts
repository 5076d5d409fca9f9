// The entry form's state and the two conversions it needs: a stored entry into form state (to
// edit it) and form state into the draft the backend validates. No checks happen here beyond
// shaping: the Rust validation is the authority on what is allowed.
import type { BetterFactor } from './bindings/BetterFactor';
import type { BodySite } from './bindings/BodySite';
import type { LegRadiation } from './bindings/LegRadiation';
import type { Medication } from './bindings/Medication';
import type { Mood } from './bindings/Mood';
import type { PainEntry } from './bindings/PainEntry';
import type { PainEntryDraft } from './bindings/PainEntryDraft';
import type { PainQuality } from './bindings/PainQuality';
import type { WorseFactor } from './bindings/WorseFactor';
import { wallClock } from './dates';

export const NOTE_MAX_CHARS = 4000;

/** One row of the "medications taken" list in the form. */
export type MedicationPick = { medicationId: string; taken: boolean; dose: string };

export type EntryFormState = {
  /** `YYYY-MM-DDTHH:MM`, or '' for "now". */
  occurredAt: string;
  intensity: number | null;
  sites: BodySite[];
  /** '' means "not answered". */
  legRadiation: LegRadiation | '';
  qualities: PainQuality[];
  worse: WorseFactor[];
  better: BetterFactor[];
  medications: MedicationPick[];
  /** '' means "not answered"; otherwise '0'..'10' as a select gives it. */
  sleepQuality: string;
  interference: string;
  mood: Mood | '';
  note: string;
  forSurgeon: boolean;
};

export function emptyForm(medications: readonly Medication[] = []): EntryFormState {
  return {
    occurredAt: '',
    intensity: null,
    sites: [],
    legRadiation: '',
    qualities: [],
    worse: [],
    better: [],
    medications: medications.map((m) => ({ medicationId: m.id, taken: false, dose: m.defaultDose })),
    sleepQuality: '',
    interference: '',
    mood: '',
    note: '',
    forSurgeon: false,
  };
}

/**
 * Form state for editing `entry`. Every medication on `offered` gets a row; a medication the
 * entry names that is not offered (archived since) still gets one, so saving keeps it.
 */
export function formFromEntry(entry: PainEntry, offered: readonly Medication[]): EntryFormState {
  const rows: MedicationPick[] = offered.map((m) => {
    const taken = entry.medications.find((dose) => dose.medicationId === m.id);
    return { medicationId: m.id, taken: taken !== undefined, dose: taken ? taken.dose : m.defaultDose };
  });
  for (const dose of entry.medications) {
    if (!rows.some((row) => row.medicationId === dose.medicationId)) {
      rows.push({ medicationId: dose.medicationId, taken: true, dose: dose.dose });
    }
  }
  return {
    occurredAt: wallClock(entry.occurredAt),
    intensity: entry.intensity,
    sites: [...entry.sites],
    legRadiation: entry.legRadiation ?? '',
    qualities: [...entry.qualities],
    worse: [...entry.worse],
    better: [...entry.better],
    medications: rows,
    sleepQuality: entry.sleepQuality === null ? '' : String(entry.sleepQuality),
    interference: entry.interference === null ? '' : String(entry.interference),
    mood: entry.mood ?? '',
    note: entry.note,
    forSurgeon: entry.forSurgeon,
  };
}

function scale(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/**
 * The draft sent to `log_pain` / `update_pain`. Unanswered optional fields are left out (the
 * backend reads a missing field as "not answered"); an empty time means "now".
 */
export function buildDraft(state: EntryFormState): PainEntryDraft {
  const draft: PainEntryDraft = {
    sites: [...state.sites],
    qualities: [...state.qualities],
    worse: [...state.worse],
    better: [...state.better],
    medications: state.medications
      .filter((row) => row.taken)
      .map((row) => ({ medicationId: row.medicationId, dose: row.dose })),
    note: state.note,
    forSurgeon: state.forSurgeon,
  };
  if (state.occurredAt.trim() !== '') draft.occurredAt = state.occurredAt.trim();
  if (state.intensity !== null) draft.intensity = state.intensity;
  if (state.legRadiation !== '') draft.legRadiation = state.legRadiation;
  const sleep = scale(state.sleepQuality);
  if (sleep !== undefined) draft.sleepQuality = sleep;
  const interference = scale(state.interference);
  if (interference !== undefined) draft.interference = interference;
  if (state.mood !== '') draft.mood = state.mood;
  return draft;
}

/** Adds `value` to a list if it is missing, removes it if present; keeps `order`. */
export function toggle<T>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const next = list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  return order.filter((item) => next.includes(item));
}

/** How many characters a note has, counted the way the backend counts them (code points). */
export function noteLength(note: string): number {
  return [...note.trim()].length;
}

/** Whether anything beyond the pain level was filled in (to show "details added"). */
export function hasDetails(state: EntryFormState): boolean {
  return (
    state.occurredAt !== '' ||
    state.sites.length > 0 ||
    state.legRadiation !== '' ||
    state.qualities.length > 0 ||
    state.worse.length > 0 ||
    state.better.length > 0 ||
    state.medications.some((row) => row.taken) ||
    state.sleepQuality !== '' ||
    state.interference !== '' ||
    state.mood !== '' ||
    state.note.trim() !== '' ||
    state.forSurgeon
  );
}
