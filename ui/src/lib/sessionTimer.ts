// The session player's logic as plain values: a countdown that can pause, and the walk through
// an exercise's sets and sides. Time comes in as numbers (milliseconds from any clock), so tests
// drive it without waiting.
import { t } from './i18n.svelte';

/** A countdown as a value. `startedAt` is set while it runs. */
export type Timer = { durationMs: number; elapsedMs: number; startedAt: number | null };

export function newTimer(durationMs: number): Timer {
  return { durationMs: Math.max(0, durationMs), elapsedMs: 0, startedAt: null };
}

export function isRunning(timer: Timer): boolean {
  return timer.startedAt !== null;
}

export function elapsed(timer: Timer, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return Math.min(timer.durationMs, timer.elapsedMs + running);
}

export function remaining(timer: Timer, now: number): number {
  return timer.durationMs - elapsed(timer, now);
}

export function isDone(timer: Timer, now: number): boolean {
  return remaining(timer, now) <= 0;
}

export function startTimer(timer: Timer, now: number): Timer {
  if (timer.startedAt !== null || isDone(timer, now)) return timer;
  return { ...timer, startedAt: now };
}

export function pauseTimer(timer: Timer, now: number): Timer {
  if (timer.startedAt === null) return timer;
  return { ...timer, elapsedMs: elapsed(timer, now), startedAt: null };
}

export function toggleTimer(timer: Timer, now: number): Timer {
  return isRunning(timer) ? pauseTimer(timer, now) : startTimer(timer, now);
}

/** Whole seconds left, rounded up, so the display reads 30 … 1 and then 0 at the end. */
export function secondsLeft(timer: Timer, now: number): number {
  return Math.ceil(remaining(timer, now) / 1000);
}

/** "0:30", "1:05". */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

// --- Sets and sides ----------------------------------------------------------------------------

/** Where the person is within one exercise: set from 0, side 0 (left, or the only one) or 1. */
export type Place = { set: number; side: 0 | 1 };

export type PlanShape = { sets: number; perSide: boolean; restSeconds: number };

/**
 * What follows finishing `place`: the other side straight away, a rest before the next set, or
 * the end of the exercise. `setsDone` counts sets with every side finished.
 */
export type Next =
  | { kind: 'side'; place: Place; setsDone: number }
  | { kind: 'rest'; place: Place; setsDone: number; restSeconds: number }
  | { kind: 'done'; setsDone: number };

export function afterStep(shape: PlanShape, place: Place): Next {
  if (shape.perSide && place.side === 0) {
    return { kind: 'side', place: { set: place.set, side: 1 }, setsDone: place.set };
  }
  const setsDone = place.set + 1;
  if (setsDone >= shape.sets) return { kind: 'done', setsDone: shape.sets };
  return { kind: 'rest', place: { set: setsDone, side: 0 }, setsDone, restSeconds: shape.restSeconds };
}

/** "Set 2 of 3, right side". */
export function placeWords(shape: PlanShape, place: Place): string {
  const values = { set: place.set + 1, sets: shape.sets };
  if (!shape.perSide) return t('session.place.set', values);
  return place.side === 0 ? t('session.place.left', values) : t('session.place.right', values);
}

/** Whether a key press belongs to a form control (so the player's shortcuts leave it alone). */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A'].includes((target.tagName ?? '').toUpperCase());
}
