import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from './i18n.svelte';
import { clockWords, nextTimeAfter, outcomeWords, ruleSummary, shortTime, timesWords, weekdayLabel, weekdaysWords } from './reminders';

/** Intl may put a narrow no-break space before "PM"; the tests read it as a space. */
const spaced = (text: string) => text.replace(/\s/g, ' ');
const EVERY_DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

afterEach(() => i18n.set('en'));

describe('reminder words', () => {
  it('names common sets of days the way people say them', () => {
    expect(weekdaysWords([...EVERY_DAY])).toBe('every day');
    expect(weekdaysWords(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])).toBe('on weekdays');
    expect(weekdaysWords(['Sat', 'Sun'])).toBe('at weekends');
    expect(weekdaysWords(['Fri', 'Mon', 'Wed'])).toBe('on Mon, Wed, and Fri');
    expect(weekdaysWords(['Tue'])).toBe('on Tue');
  });

  it('lists times in the local form, never as 20:00', () => {
    expect(shortTime('08:30:00')).toBe('08:30');
    expect(spaced(clockWords('20:00:00'))).toBe('8:00 PM');
    expect(spaced(timesWords(['08:00:00']))).toBe('at 8:00 AM');
    expect(spaced(timesWords(['08:00:00', '13:00:00', '20:00:00']))).toBe('at 8:00 AM, 1:00 PM, and 8:00 PM');
  });

  it('sums a rule up in one sentence', () => {
    expect(spaced(ruleSummary({ times: ['20:00:00'], weekdays: [...EVERY_DAY] }))).toBe('At 8:00 PM, every day');
  });

  it('says it all in Spanish, with "a la 1" but "a las 8"', () => {
    i18n.set('es');
    expect(spaced(ruleSummary({ times: ['20:00:00'], weekdays: [...EVERY_DAY] }))).toBe('A las 8:00 p.m., todos los días');
    expect(spaced(ruleSummary({ times: ['13:00', '20:00'], weekdays: ['Mon', 'Fri'] }))).toBe(
      'A la 1:00 p.m. y 8:00 p.m., los días lunes y viernes',
    );
    expect(weekdaysWords(['Sat', 'Sun'])).toBe('los fines de semana');
    expect(weekdayLabel('Wed')).toBe('Miércoles');
    expect(outcomeWords('quietRestDay')).toMatch(/descanso/);
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
