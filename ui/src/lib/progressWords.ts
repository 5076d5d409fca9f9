// Encouraging words for the Progress screen. No message ever blames the person for a day off.
import type { WeeklyGoalStatus } from './bindings/WeeklyGoalStatus';
import { t } from './i18n.svelte';

export function currentStreakWords(current: number): string {
  if (current <= 0) return t('progress.streak.none');
  return t('progress.streak.current', { count: current });
}

export function longestStreakWords(longest: number): string {
  if (longest <= 0) return t('progress.streak.longestNone');
  return t('progress.streak.longest', { count: longest });
}

export function weeklyGoalWords(status: WeeklyGoalStatus): string {
  if (status.thisWeek === 'paused') return t('progress.goal.paused');
  const values = { done: status.doneThisWeek, needed: status.neededThisWeek };
  if (status.doneThisWeek >= status.neededThisWeek) return t('progress.goal.met', values);
  return status.neededThisWeek < status.goal
    ? t('progress.goal.eased', { ...values, goal: status.goal })
    : t('progress.goal.progress', values);
}

export function weeksMetWords(current: number, longest: number): string {
  if (current <= 0) return longest > 0 ? t('progress.weeksMet.noneBest', { best: longest }) : t('progress.weeksMet.none');
  return longest > 0 ? t('progress.weeksMet.currentBest', { current, best: longest }) : t('progress.weeksMet.current', { current });
}

/** Habit strength 0..1 as a whole percentage. */
export function strengthPercent(strength: number): number {
  if (!Number.isFinite(strength)) return 0;
  return Math.round(Math.min(1, Math.max(0, strength)) * 100);
}

/** What habit strength means, in the window's language. */
export function strengthExplained(): string {
  return t('progress.strength.explained');
}
