import { describe, expect, it } from 'vitest';
import { calendarWeeks, lastShownDay, painBin } from './insightsCalendar';

describe('the year calendar', () => {
  it('lays 2026 out in Monday-to-Sunday weeks, blank outside the year', () => {
    const weeks = calendarWeeks(2026, { from: '2026-01-01', to: '2026-12-31' });
    expect(weeks).toHaveLength(53);
    expect(weeks[0]).toEqual([null, null, null, '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(lastShownDay(weeks)).toBe('2026-12-31');
  });

  it('leaves days outside the range blank', () => {
    const weeks = calendarWeeks(2026, { from: '2026-03-01', to: '2026-03-31' });
    const shown = weeks.flat().filter((d) => d !== null);
    expect(shown).toHaveLength(31);
    expect(lastShownDay(weeks)).toBe('2026-03-31');
  });

  it('gives 0 its own colour and then one colour per two points', () => {
    expect([0, 0.4, 2, 2.1, 5, 8.9, 10].map(painBin)).toEqual([0, 1, 1, 2, 3, 5, 5]);
  });
});
