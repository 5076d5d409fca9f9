import { describe, expect, it } from 'vitest';
import type { CalendarDay } from './bindings/CalendarDay';
import { addDays } from './dates';
import { calendarRange, cellName, MARKS, markLabel, mondayOf, weekdayIndex, weekRows } from './calendar';

describe('calendar layout', () => {
  it('knows Monday-first weekdays', () => {
    expect(weekdayIndex('2026-03-02')).toBe(0); // a Monday
    expect(weekdayIndex('2026-03-08')).toBe(6); // a Sunday
    expect(mondayOf('2026-03-05')).toBe('2026-03-02');
  });

  it('asks for six whole weeks ending with this week', () => {
    expect(calendarRange('2026-03-05')).toEqual({ from: '2026-01-26', to: '2026-03-08' });
    expect(calendarRange('2026-03-02', 1)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
  });

  it('puts days into week rows and leaves gaps where there is no day', () => {
    const days: CalendarDay[] = Array.from({ length: 10 }, (_, i) => ({ day: addDays('2026-03-04', i), mark: 'active' }));
    const rows = weekRows(days);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.map((cell) => cell?.day ?? null)).toEqual([
      null,
      null,
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(rows[1]![0]!.day).toBe('2026-03-09');
    expect(rows[1]![5]).toBeNull();
    expect(weekRows([])).toEqual([]);
  });

  it('crosses month and year ends', () => {
    const days: CalendarDay[] = Array.from({ length: 7 }, (_, i) => ({ day: addDays('2025-12-29', i), mark: 'rest' }));
    const rows = weekRows(days);
    expect(rows).toHaveLength(1);
    expect(rows[0]![6]!.day).toBe('2026-01-04');
  });
});

describe('calendar words', () => {
  it('gives each cell a name with its day and mark', () => {
    expect(cellName({ day: '2026-03-03', mark: 'active' })).toBe('Tuesday 3 March: active');
    expect(cellName({ day: '2026-03-01', mark: 'notStarted' })).toBe('Sunday 1 March: before you began');
  });

  it('has a label and a symbol or word for every mark, none of them blaming', () => {
    const marks = ['active', 'rest', 'paused', 'missed', 'bridged', 'pending', 'notStarted', 'future'] as const;
    for (const mark of marks) expect(MARKS.some((m) => m.mark === mark)).toBe(true);
    expect(markLabel('missed')).toBe('No session');
    for (const m of MARKS) expect(`${m.label} ${m.meaning}`).not.toMatch(/fail|broke|lost/i);
  });
});
