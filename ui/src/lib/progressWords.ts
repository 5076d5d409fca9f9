// Encouraging words for the Progress screen. No message ever blames the person for a day off.
import type { WeeklyGoalStatus } from './bindings/WeeklyGoalStatus';

const days = (n: number) => (n === 1 ? '1 active day' : `${n} active days`);
const weeks = (n: number) => (n === 1 ? '1 week' : `${n} weeks`);
const sessions = (n: number) => (n === 1 ? 'session' : 'sessions');

export function currentStreakWords(current: number): string {
  if (current <= 0) return 'Your next session starts a new run of active days.';
  return `${days(current)} in a row`;
}

export function longestStreakWords(longest: number): string {
  if (longest <= 0) return 'Your longest run will show here after your first session.';
  return `Your longest run: ${days(longest)} in a row`;
}

export function weeklyGoalWords(status: WeeklyGoalStatus): string {
  if (status.thisWeek === 'paused') return 'This week is paused. Your goal will be here when you are ready.';
  const needed = status.neededThisWeek;
  const main = `${status.doneThisWeek} of ${needed} ${sessions(needed)} this week`;
  if (status.doneThisWeek >= needed) return `${main}. Goal met. Well done.`;
  return needed < status.goal ? `${main} (your goal of ${status.goal} is eased for paused days)` : main;
}

export function weeksMetWords(current: number, longest: number): string {
  const now = current <= 0 ? 'Each week you meet your goal adds to this count.' : `Goal met ${weeks(current)} in a row.`;
  return longest > 0 ? `${now} Your best: ${weeks(longest)}.` : now;
}

/** Habit strength 0..1 as a whole percentage. */
export function strengthPercent(strength: number): number {
  if (!Number.isFinite(strength)) return 0;
  return Math.round(Math.min(1, Math.max(0, strength)) * 100);
}

export const STRENGTH_EXPLAINED =
  'It grows with each session and eases off slowly, so one missed day does not undo your work.';
