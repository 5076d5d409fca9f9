import { describe, expect, it } from 'vitest';
import type { ActivityTrend } from './bindings/ActivityTrend';
import type { FunctionSummary } from './bindings/FunctionSummary';
import { meanWords, ratingField, signed, trendWords } from './functionWords';

const point = (score: number, day: string) => ({ ratingId: `r-${day}`, day, score });

function trend(scores: number[], important = false): ActivityTrend {
  const ratings = scores.map((s, i) => point(s, `2026-03-0${i + 1}`));
  return {
    id: 'a1',
    name: 'Sit through a movie',
    active: true,
    ratings,
    first: ratings[0] ?? null,
    latest: ratings[ratings.length - 1] ?? null,
    change: ratings.length >= 2 ? (scores[scores.length - 1] ?? 0) - (scores[0] ?? 0) : null,
    clinicallyImportant: important,
  };
}

describe('function check-in words', () => {
  it('names the field of a single rating or of the i-th rating of a check-in', () => {
    expect(ratingField(null, 'score')).toBe('score');
    expect(ratingField(2, 'score')).toBe('ratings.2.score');
  });

  it('signs a change the way people read it', () => {
    expect(signed(3)).toBe('+3');
    expect(signed(-1)).toBe('-1');
    expect(signed(0)).toBe('0');
    expect(signed(2, 1)).toBe('+2.0');
  });

  it('says the first and latest rating, and whether the change matters', () => {
    expect(trendWords(trend([3, 6], true))).toBe('From 3 to 6: a change of +3, a change that matters.');
    expect(trendWords(trend([5, 5]))).toBe('From 5 to 5: no change.');
    expect(trendWords(trend([4]))).toBe('Rated 4 once so far.');
    expect(trendWords(trend([]))).toBe('Not rated in these dates.');
  });

  it('says the average change, or what it needs', () => {
    const base: FunctionSummary = {
      range: { from: '2026-03-01', to: '2026-03-31' },
      activities: [],
      weeklyMeans: [],
      meanChange: null,
      importantChange: 1.4,
    };
    expect(meanWords(base)).toMatch(/twice/);
    const moved = { ...base, meanChange: { first: 2.5, latest: 4.5, change: 2, activities: 2, clinicallyImportant: true } };
    expect(meanWords(moved)).toBe('Your average went from 2.5 to 4.5 (+2.0). That is a change that matters.');
  });
});
