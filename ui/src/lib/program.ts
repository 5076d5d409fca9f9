// Plain words for the exercise program: doses, levels, muscles, routine lengths, suggestions
// and level history. Pure functions only; the screens render what these return.
import type { Direction } from './bindings/Direction';
import type { Dose } from './bindings/Dose';
import type { Exercise } from './bindings/Exercise';
import type { Level } from './bindings/Level';
import type { LevelChange } from './bindings/LevelChange';
import type { Muscle } from './bindings/Muscle';
import type { Routine } from './bindings/Routine';
import type { Suggestion } from './bindings/Suggestion';
import { longDay } from './dates';
import { i18n, intlTag, t, translate, type Locale } from './i18n.svelte';

/** The catalog key of each level's name ("Easier", "Standard"…). */
export const LEVEL_KEYS: Record<Level, string> = {
  modified: 'program.level.modified',
  standard: 'program.level.standard',
  harder: 'program.level.harder',
  water: 'program.level.water',
};

/** A level's name in the window's language: "Easier", "Standard", "Harder", "In the pool". */
export function levelLabel(level: Level, locale: Locale = i18n.locale): string {
  return translate(locale, LEVEL_KEYS[level]);
}

/** The catalog key of each muscle's plain name. */
export const MUSCLE_KEYS: Record<Muscle, string> = {
  gluteus_maximus: 'program.muscle.gluteusMaximus',
  gluteus_medius: 'program.muscle.gluteusMedius',
  gluteus_minimus: 'program.muscle.gluteusMinimus',
  piriformis: 'program.muscle.piriformis',
  hamstrings: 'program.muscle.hamstrings',
  hip_flexors: 'program.muscle.hipFlexors',
  core: 'program.muscle.core',
};

/** A muscle in plain words, with its anatomical name: "Big buttock muscle (gluteus maximus)". */
export function muscleLabel(muscle: Muscle): string {
  return t(MUSCLE_KEYS[muscle]);
}

/** "30 seconds", "1 minute", "1 minute 30 seconds". */
export function durationWords(totalSeconds: number): string {
  const all = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(all / 60);
  const seconds = all % 60;
  if (minutes === 0) return t('program.duration.seconds', { seconds });
  if (seconds === 0) return t('program.duration.minutes', { minutes });
  return t('program.duration.minutesSeconds', { minutes, seconds });
}

/** "2 sets of 10", "2 sets of 8, each side", "Hold 30 seconds, each side", "3 holds of 20 seconds". */
export function doseWords(dose: Dose): string {
  if (dose.effort.kind === 'reps') {
    const values = { sets: dose.sets, count: dose.effort.count };
    return dose.perSide ? t('program.dose.repsEachSide', values) : t('program.dose.reps', values);
  }
  const duration = durationWords(dose.effort.seconds);
  if (dose.sets === 1) return dose.perSide ? t('program.dose.holdEachSide', { duration }) : t('program.dose.hold', { duration });
  const values = { sets: dose.sets, duration };
  return dose.perSide ? t('program.dose.holdsEachSide', values) : t('program.dose.holds', values);
}

/** Whole minutes for a time estimate, never less than 1. */
export function estimatedMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

/** "About 3 minutes" / "About 1 minute". */
export function minutesWords(seconds: number): string {
  return t('program.aboutMinutes', { minutes: estimatedMinutes(seconds) });
}

/** The routine's total: the catalog's own estimate, or the sum of its exercises if absent. */
export function routineSeconds(routine: Pick<Routine, 'exercises' | 'estimatedSeconds'>): number {
  if (routine.estimatedSeconds > 0) return routine.estimatedSeconds;
  return routine.exercises.reduce((total, exercise) => total + exercise.estimatedSeconds, 0);
}

/** "5 exercises, about 12 minutes in all". */
export function routineSummary(routine: Pick<Routine, 'exercises' | 'estimatedSeconds'>): string {
  return t('program.routineSummary', { count: routine.exercises.length, minutes: estimatedMinutes(routineSeconds(routine)) });
}

/** What happened to a level, in a few words: "Standard to Easier", or "Easier, done gently". */
export function levelMove(from: Level, to: Level | null, locale: Locale = i18n.locale): string {
  if (to === null) return translate(locale, 'program.levelMove.gently', { from: levelLabel(from, locale) });
  return translate(locale, 'program.levelMove.to', { from: levelLabel(from, locale), to: levelLabel(to, locale) });
}

/**
 * The sentence shown with a suggestion. Rust writes it (`suggestions::step_back_message`), in the
 * words of the pain rule the Program screen shows, so no face words the rule on its own.
 */
export function suggestionText(suggestion: Pick<Suggestion, 'message'>): string {
  return suggestion.message.trim();
}

/** One line of the level history: "Monday, March 2, 2026 · Glute bridge: Standard to Easier". */
export function historyLine(change: Pick<LevelChange, 'day' | 'fromLevel' | 'toLevel'>, familyName: string): string {
  return t('program.history.line', {
    day: longDay(change.day, intlTag()),
    family: familyName,
    move: levelMove(change.fromLevel, change.toLevel),
  });
}

/** How a history line ends: what the person chose and why. */
export function historyDecision(change: Pick<LevelChange, 'decided' | 'direction'>): string {
  if (change.direction === 'manual') return t('program.history.manual');
  return change.decided === 'accepted' ? t('program.history.accepted') : t('program.history.declined');
}

/** The finished-session summary: "You did 5 of 8 exercises. That counts." */
export function sessionSummary(done: number, planned: number): string {
  if (done <= 0) return t('session.summary.none');
  if (done >= planned) return t('session.summary.all', { planned });
  return t('session.summary.some', { done, planned });
}

/** Exercises of a routine a family's name can be looked up for. */
export function familyNames(families: readonly { id: string; name: string }[]): Map<string, string> {
  return new Map(families.map((family) => [family.id, family.name]));
}

/** The illustration's file name, such as `glute-bridge.svg`, from the catalog's relative path. */
export function illustrationFile(exercise: Pick<Exercise, 'illustration'>): string {
  const parts = exercise.illustration.split('/');
  return parts[parts.length - 1] ?? '';
}
