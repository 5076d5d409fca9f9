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

export const LEVEL_LABELS: Record<Level, string> = {
  modified: 'Easier',
  standard: 'Standard',
  harder: 'Harder',
  water: 'In the pool',
};

export const MUSCLE_LABELS: Record<Muscle, string> = {
  gluteus_maximus: 'Big buttock muscle (gluteus maximus)',
  gluteus_medius: 'Side buttock muscle (gluteus medius)',
  gluteus_minimus: 'Small buttock muscle (gluteus minimus)',
  piriformis: 'Deep hip muscle (piriformis)',
  hamstrings: 'Back of the thigh (hamstrings)',
  hip_flexors: 'Front of the hip (hip flexors)',
  core: 'Stomach and trunk (core)',
};

/** "30 seconds", "1 minute", "1 minute 30 seconds". */
export function durationWords(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(minutes === 1 ? '1 minute' : `${minutes} minutes`);
  if (rest > 0 || minutes === 0) parts.push(rest === 1 ? '1 second' : `${rest} seconds`);
  return parts.join(' ');
}

/** "2 sets of 10", "2 sets of 8, each side", "Hold 30 seconds, each side", "3 holds of 20 seconds". */
export function doseWords(dose: Dose): string {
  const side = dose.perSide ? ', each side' : '';
  if (dose.effort.kind === 'reps') {
    const sets = dose.sets === 1 ? '1 set' : `${dose.sets} sets`;
    return `${sets} of ${dose.effort.count}${side}`;
  }
  const hold = durationWords(dose.effort.seconds);
  if (dose.sets === 1) return `Hold ${hold}${side}`;
  return `${dose.sets} holds of ${hold}${side}`;
}

/** Whole minutes for a time estimate, never less than 1. */
export function estimatedMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

/** "About 3 minutes" / "About 1 minute". */
export function minutesWords(seconds: number): string {
  const minutes = estimatedMinutes(seconds);
  return `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** The routine's total: the catalog's own estimate, or the sum of its exercises if absent. */
export function routineSeconds(routine: Pick<Routine, 'exercises' | 'estimatedSeconds'>): number {
  if (routine.estimatedSeconds > 0) return routine.estimatedSeconds;
  return routine.exercises.reduce((total, exercise) => total + exercise.estimatedSeconds, 0);
}

/** "5 exercises, about 12 minutes in all". */
export function routineSummary(routine: Pick<Routine, 'exercises' | 'estimatedSeconds'>): string {
  const count = routine.exercises.length;
  const minutes = estimatedMinutes(routineSeconds(routine));
  return `${count} ${count === 1 ? 'exercise' : 'exercises'}, about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} in all`;
}

/** What happened to a level, in a few words: "Standard to Easier", or "Easier, done gently". */
export function levelMove(from: Level, to: Level | null): string {
  if (to === null) return `${LEVEL_LABELS[from]}, done gently`;
  return `${LEVEL_LABELS[from]} to ${LEVEL_LABELS[to]}`;
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * The sentence shown with a suggestion. Rust writes it (`suggestions::step_back_message`), in the
 * words of the pain rule the Program screen shows, so no face words the rule on its own.
 */
export function suggestionText(suggestion: Pick<Suggestion, 'message'>): string {
  return suggestion.message.trim();
}

/** One line of the level history: "Monday 2 March 2026 · Glute bridge: Standard to Easier". */
export function historyLine(change: Pick<LevelChange, 'day' | 'fromLevel' | 'toLevel'>, familyName: string): string {
  return `${longDay(change.day)} · ${familyName}: ${levelMove(change.fromLevel, change.toLevel)}`;
}

/** How a history line ends: what the person chose and why. */
export function historyDecision(change: Pick<LevelChange, 'decided' | 'direction'>): string {
  if (change.direction === 'manual') return 'You changed this yourself.';
  return change.decided === 'accepted' ? 'You accepted this suggestion.' : 'You chose "Not now". The level stayed the same.';
}

/** The finished-session summary: "You did 5 of 8 exercises. That counts." */
export function sessionSummary(done: number, planned: number): string {
  if (done <= 0) return 'You made a start today. Every try helps you build the habit.';
  if (done >= planned) return `You did all ${planned} ${planned === 1 ? 'exercise' : 'exercises'}. Well done.`;
  return `You did ${done} of ${planned} exercises. That counts.`;
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
