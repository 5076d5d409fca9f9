import { describe, expect, it } from 'vitest';
import { changeWords, countLabel, fileSize, pointsText, reportRange, shortDay, trendLines, weekWords } from './exportWords';

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

  it('draws the trend from 0 at the bottom to 10 at the top, left to right', () => {
    const lines = trendLines(
      [
        { day: '2026-03-01', average: 0, high: 10 },
        { day: '2026-03-02', average: 5, high: 5 },
      ],
      100,
      50,
    );
    expect(lines.average).toEqual([
      { x: 0, y: 50 },
      { x: 100, y: 25 },
    ]);
    expect(pointsText(lines.high)).toBe('0.0,0.0 100.0,25.0');
    expect(trendLines([], 100, 50).average).toEqual([]);
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
});
