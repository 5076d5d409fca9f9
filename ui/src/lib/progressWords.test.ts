import { describe, expect, it } from 'vitest';
import type { WeeklyGoalStatus } from './bindings/WeeklyGoalStatus';
import {
  currentStreakWords,
  longestStreakWords,
  strengthPercent,
  weeklyGoalWords,
  weeksMetWords,
} from './progressWords';

const week = (over: Partial<WeeklyGoalStatus>): WeeklyGoalStatus => ({
  goal: 3,
  weekStart: '2026-03-02',
  doneThisWeek: 2,
  neededThisWeek: 3,
  thisWeek: 'inProgress',
  currentWeeksMet: 0,
  longestWeeksMet: 0,
  ...over,
});

describe('progress words', () => {
  it('counts active days in a row', () => {
    expect(currentStreakWords(1)).toBe('1 active day in a row');
    expect(currentStreakWords(3)).toBe('3 active days in a row');
    expect(currentStreakWords(0)).not.toMatch(/broke|lost|0/);
    expect(longestStreakWords(5)).toBe('Your longest run: 5 active days in a row');
  });

  it("says this week's goal plainly", () => {
    expect(weeklyGoalWords(week({}))).toBe('2 of 3 sessions this week');
    expect(weeklyGoalWords(week({ doneThisWeek: 3, thisWeek: 'met' }))).toBe('3 of 3 sessions this week. Goal met. Well done.');
    expect(weeklyGoalWords(week({ neededThisWeek: 2, doneThisWeek: 1 }))).toContain('eased for paused days');
    expect(weeklyGoalWords(week({ thisWeek: 'paused', neededThisWeek: 0 }))).toContain('paused');
  });

  it('counts weeks met', () => {
    expect(weeksMetWords(2, 4)).toBe('Goal met 2 weeks in a row. Your best: 4 weeks.');
    expect(weeksMetWords(0, 0)).toBe('Each week you meet your goal adds to this count.');
  });

  it('shows strength as a whole percentage', () => {
    expect(strengthPercent(0.456)).toBe(46);
    expect(strengthPercent(1.2)).toBe(100);
    expect(strengthPercent(Number.NaN)).toBe(0);
  });
});
