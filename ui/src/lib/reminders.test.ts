import { describe, expect, it } from 'vitest';
import { nextTimeAfter, outcomeWords, ruleSummary, shortTime, timesWords, weekdaysWords } from './reminders';

describe('reminder words', () => {
  it('names common sets of days the way people say them', () => {
    expect(weekdaysWords(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])).toBe('every day');
    expect(weekdaysWords(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])).toBe('on weekdays');
    expect(weekdaysWords(['Sat', 'Sun'])).toBe('at weekends');
    expect(weekdaysWords(['Fri', 'Mon', 'Wed'])).toBe('on Mon, Wed and Fri');
    expect(weekdaysWords(['Tue'])).toBe('on Tue');
  });

  it('lists times without seconds', () => {
    expect(shortTime('08:30:00')).toBe('08:30');
    expect(timesWords(['08:00:00'])).toBe('at 08:00');
    expect(timesWords(['08:00:00', '13:00:00', '20:00:00'])).toBe('at 08:00, 13:00 and 20:00');
  });

  it('sums a rule up in one sentence', () => {
    expect(ruleSummary({ times: ['20:00:00'], weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] })).toBe(
      'At 20:00, every day',
    );
  });

  it('explains every quiet reminder without blame', () => {
    for (const outcome of ['sent', 'nudge', 'quietLogged', 'quietDone', 'quietRestDay', 'quietPaused'] as const) {
      const words = outcomeWords(outcome);
      expect(words.length).toBeGreaterThan(3);
      expect(words.toLowerCase()).not.toMatch(/forgot|failed|missed/);
    }
  });

  it('offers the next hour when another time is added, wrapping at midnight', () => {
    expect(nextTimeAfter([])).toBe('08:00');
    expect(nextTimeAfter(['08:30'])).toBe('09:30');
    expect(nextTimeAfter(['23:15'])).toBe('00:15');
  });
});
