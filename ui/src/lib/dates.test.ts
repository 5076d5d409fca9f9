import { describe, expect, it } from 'vitest';
import { addDays, checkRange, dayHeading, formatAverage, isDay, longDay, matchingPreset, presetRange, timeOf, wallClock } from './dates';

describe('calendar days', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('knows a real day from a look-alike', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
  });

  it('makes "last 7 days" include today', () => {
    expect(presetRange('last7', '2026-03-10')).toEqual({ from: '2026-03-04', to: '2026-03-10' });
    expect(presetRange('last30', '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(presetRange('all', '2026-03-10')).toEqual({ from: null, to: null });
  });

  it('recognises which preset a range is', () => {
    expect(matchingPreset({ from: '2026-03-04', to: '2026-03-10' }, '2026-03-10')).toBe('last7');
    expect(matchingPreset({ from: null, to: null }, '2026-03-10')).toBe('all');
    expect(matchingPreset({ from: '2026-03-05', to: '2026-03-10' }, '2026-03-10')).toBeNull();
  });
});

describe('the date filter check', () => {
  it('accepts an ordered range and open ends', () => {
    expect(checkRange('2026-03-01', '2026-03-05')).toEqual({ range: { from: '2026-03-01', to: '2026-03-05' }, problems: {} });
    expect(checkRange('', '2026-03-05').range).toEqual({ from: null, to: '2026-03-05' });
    expect(checkRange('2026-03-05', '2026-03-05').range).not.toBeNull();
  });

  it('puts the message for a reversed range beside the end date', () => {
    const result = checkRange('2026-03-06', '2026-03-05');
    expect(result.range).toBeNull();
    expect(result.problems.to).toMatch(/before the start/);
    expect(result.problems.from).toBeUndefined();
  });

  it('rejects a date that does not exist', () => {
    expect(checkRange('2026-02-31', '').problems.from).toBeDefined();
  });
});

describe('times from stored entries', () => {
  it('takes the wall clock from the stored text, whatever the browser zone', () => {
    expect(wallClock('2026-03-02T23:30:00-05:00')).toBe('2026-03-02T23:30');
    expect(wallClock('2026-03-02T08:05:59+01:00')).toBe('2026-03-02T08:05');
    expect(timeOf('2026-03-02T23:30:00-05:00')).toBe('23:30');
    expect(wallClock('nonsense')).toBe('');
  });

  it('names today and yesterday in words', () => {
    expect(dayHeading('2026-03-10', '2026-03-10')).toBe('Today');
    expect(dayHeading('2026-03-09', '2026-03-10')).toBe('Yesterday');
    expect(dayHeading('2026-03-02', '2026-03-10', 'en-GB')).toMatch(/^Monday,? 2 March 2026$/);
  });

  it('formats a day without shifting it by the browser zone', () => {
    // Midnight UTC read in a zone west of UTC would show 31 December if the zone leaked in.
    expect(longDay('2026-01-01', 'en-GB')).toMatch(/^Thursday,? 1 January 2026$/);
  });

  it('shows averages with at most one decimal and no trailing zero', () => {
    expect(formatAverage(3.5)).toBe('3.5');
    expect(formatAverage(4)).toBe('4');
    expect(formatAverage(4.25)).toBe('4.3');
  });
});
