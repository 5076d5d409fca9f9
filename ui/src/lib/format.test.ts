import { describe, expect, it } from 'vitest';
import { dayStats, entriesCount, medicationsTaken, savedMessage, sitesSummary } from './format';

describe('summaries', () => {
  it('names up to two places and counts the rest', () => {
    expect(sitesSummary({ sites: [] })).toBe('No place chosen');
    expect(sitesSummary({ sites: ['lower_back_centre', 'buttock_left'] })).toBe('Lower back, middle and Left buttock');
    expect(sitesSummary({ sites: ['lower_back_left', 'hip_left', 'hip_right', 'thigh_back_left'] })).toBe(
      'Lower back, left side, Left hip and 2 more',
    );
  });

  it('announces the saved level at its own wall-clock time', () => {
    expect(savedMessage({ intensity: 4, occurredAt: '2026-03-02T08:30:00+01:00' })).toBe('Saved. Pain 4 at 8:30\u00a0AM.');
    expect(savedMessage({ intensity: 2, occurredAt: '2026-03-02T21:05:00Z' }, true)).toBe('Changes saved. Pain 2 at 9:05\u00a0PM.');
  });

  it('describes a day in words', () => {
    expect(dayStats({ low: 2, average: 3.5, high: 6 })).toEqual(['Low 2', 'Average 3.5', 'High 6']);
    expect(entriesCount(1)).toBe('1 entry');
    expect(entriesCount(3)).toBe('3 entries');
  });

  it('names medications from the list and copes with unknown ones', () => {
    const known = [{ id: 'm-1', name: 'Ibuprofen', defaultDose: '400 mg', archived: true }];
    expect(
      medicationsTaken({ medications: [{ medicationId: 'm-1', dose: '200 mg' }, { medicationId: 'x', dose: '' }] }, known),
    ).toEqual(['Ibuprofen 200 mg', 'A medication no longer on your list']);
  });
});
