import { describe, expect, it } from 'vitest';
import type { FactorAssociation } from './bindings/FactorAssociation';
import type { Insights } from './bindings/Insights';
import golden from '../../../tests/fixtures/golden/insights_2026q1.json';
import { factorLabel, factorWords, intervalWords, painTableRows, presetDays, summaryWords, weekWords } from './insightsWords';

const quarter = golden as unknown as Insights;

const factor = (over: Partial<FactorAssociation> = {}): FactorAssociation => ({
  group: 'worse',
  name: 'sitting',
  withDays: 12,
  withoutDays: 30,
  withAverage: 6.2,
  withoutAverage: 4.0,
  difference: 2.2,
  interval: { low: 1.1, high: 3.4 },
  noteworthy: true,
  ...over,
});

describe('insights words', () => {
  it('asks Rust for a preset range ending today, and for everything without a start', () => {
    expect(presetDays('last30', '2026-03-31')).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(presetDays('last365', '2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(presetDays('all', '2026-03-31')).toEqual({ from: null, to: '2026-03-31' });
  });

  it('sums up the golden quarter in one plain sentence', () => {
    expect(summaryWords(quarter)).toBe(
      'Your average pain went from 3.6 to 2.9 over these 90 days, a change too small to be sure it matters.',
    );
  });

  it('says a clinically important change matters, and an empty range how to fill it', () => {
    const important = { ...quarter, pain: { ...quarter.pain, change: { ...quarter.pain.change!, latestAverage: 1.2, points: -2.4, clinicallyImportant: true } } };
    expect(summaryWords(important)).toMatch(/from 3\.6 to 1\.2 .*big enough to matter for your care/);
    expect(summaryWords({ ...quarter, daysLogged: 0 })).toMatch(/no diary entries in these dates/);
  });

  it('shows nothing on Today before any entry, never 0', () => {
    const weeks = { thisWeek: { from: '2026-03-30', to: '2026-03-31' }, lastWeek: { from: '2026-03-23', to: '2026-03-29' }, thisWeekDays: 0, lastWeekDays: 0 };
    expect(weekWords({ ...weeks, thisWeekAverage: null, lastWeekAverage: null })).toBeNull();
    expect(weekWords({ ...weeks, thisWeekAverage: 3.5, lastWeekAverage: 4.25 })).toBe('This week your average pain is 3.5, lower than last week\'s 4.3.');
    expect(weekWords({ ...weeks, thisWeekAverage: null, lastWeekAverage: 4 })).toMatch(/Nothing is logged this week yet/);
  });

  it('names a factor in the diary form\'s words and gives both day counts', () => {
    expect(factorLabel(factor())).toBe('Worse with: Sitting');
    expect(factorLabel({ group: 'sleep', name: 'poor' })).toBe('Poor sleep (0 to 3)');
    expect(factorLabel({ group: 'medication', name: 'Ibuprofen' })).toBe('Took Ibuprofen');
    expect(factorWords(factor())).toBe('Pain averaged 6.2 on 12 days with it and 4.0 on 30 days without it: 2.2 points higher.');
    expect(factorWords(factor({ difference: -0.3 }))).toMatch(/0\.3 points lower \(a small difference\)/);
    expect(intervalWords(factor({ interval: { low: -0.4, high: 0.6 } }))).toBe('Likely range of the difference: -0.4 to +0.6.');
  });

  it('tables a quarter by day and ten years by month', () => {
    expect(painTableRows(quarter.pain.days)).toMatchObject({ unit: 'day', rows: { length: 90 } });
    const long = Array.from({ length: 400 }, (_, i) => ({ day: `2025-${String(1 + Math.floor(i / 31) % 12).padStart(2, '0')}-01`, average: 4, high: 6, rolling: null }));
    expect(painTableRows(long).unit).toBe('month');
  });
});
