import { describe, expect, it } from 'vitest';
import { changeWords, countLabel, fileSize, reportRange, shortDay, weekWords } from './exportWords';

const change = (points: number, percent: number | null, clinicallyImportant: boolean) => ({
  baseline: { from: '2026-01-01', to: '2026-01-14' },
  latest: { from: '2026-03-18', to: '2026-03-31' },
  baselineAverage: 6,
  latestAverage: 6 + points,
  points,
  percent,
  clinicallyImportant,
});

describe('export words', () => {
  it('picks report ranges that end today and include it', () => {
    expect(reportRange('last30', '2026-03-31')).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(reportRange('last365', '2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('names file sizes the way people read them', () => {
    expect(fileSize(900)).toBe('900 bytes');
    expect(fileSize(12_500)).toBe('12 KB');
    expect(fileSize(1_468_006)).toBe('1.4 MB');
  });

  it('says whether a change in pain is clinically important', () => {
    expect(changeWords(change(-2.5, -42, true))).toBe(
      'Average pain lower by 2.5 points (42%), from 6.0 to 3.5: a clinically important change.',
    );
    expect(changeWords(change(1, 17, false))).toBe(
      'Average pain higher by 1.0 points (17%), from 6.0 to 7.0: not a clinically important change.',
    );
    expect(changeWords(change(0, 0, false))).toMatch(/^Average pain stayed the same/);
  });

  it('labels sites and factors in plain words, keeping unknown words as they are', () => {
    expect(countLabel('site', 'buttock_left')).toMatch(/buttock/i);
    expect(countLabel('worse', 'sitting')).toMatch(/sitting/i);
    expect(countLabel('better', 'something_new')).toBe('something_new');
  });

  it('sums up a week of the program', () => {
    expect(weekWords({ weekStart: '2026-03-02', sessions: 3, activeDays: 3, needed: 3, goalMet: true, whole: true })).toBe(
      '3 sessions, goal met',
    );
    expect(weekWords({ weekStart: '2026-03-09', sessions: 1, activeDays: 1, needed: 3, goalMet: false, whole: true })).toBe(
      '1 session of 3 planned',
    );
  });

  it('writes a short date for the week column', () => {
    expect(shortDay('2026-08-24')).toBe('24 Aug 2026');
    expect(shortDay('not a day')).toBe('not a day');
  });

  it('writes the report\'s words in the language asked for', () => {
    expect(changeWords(change(-2.5, -42, true), 'es')).toBe(
      'El dolor promedio bajó 2.5 puntos (42%), de 6.0 a 3.5: un cambio de importancia clínica.',
    );
    expect(weekWords({ weekStart: '2026-03-09', sessions: 1, activeDays: 1, needed: 3, goalMet: false, whole: true }, 'es')).toBe(
      '1 sesión de 3 planeadas',
    );
    expect(shortDay('2026-08-24', 'es')).toBe('24 ago 2026');
  });
});
