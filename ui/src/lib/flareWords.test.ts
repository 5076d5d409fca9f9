import { describe, expect, it } from 'vitest';
import { FLARE_DAY_CHOICES, FLARE_MAX_DAYS, flareModeLine, flareProgress, flareSpan, lastDayChoices } from './flareWords';

describe('the flare card words', () => {
  it('says how far along the flare is, counting today', () => {
    expect(flareProgress({ from: '2026-06-10', plannedTo: '2026-06-14' }, '2026-06-11')).toBe('Day 2 of 5, until Sunday, June 14, 2026.');
    expect(flareProgress({ from: '2026-06-10', plannedTo: '2026-06-10' }, '2026-06-10')).toBe('Day 1 of 1, until Wednesday, June 10, 2026.');
  });

  it('offers last days from today up to 14 days from the start, across a month end', () => {
    const choices = lastDayChoices({ from: '2026-06-25' }, '2026-06-27');
    expect(choices[0]).toBe('2026-06-27');
    expect(choices.at(-1)).toBe('2026-07-08');
    expect(choices).toHaveLength(12);
    expect(Math.max(...FLARE_DAY_CHOICES)).toBe(FLARE_MAX_DAYS);
  });

  it('names a past flare with its real last day and length', () => {
    expect(flareSpan({ from: '2026-06-01', plannedTo: '2026-06-07', endedOn: '2026-06-03' })).toBe(
      'Monday, June 1, 2026 to Wednesday, June 3, 2026 (3 days)',
    );
    expect(flareSpan({ from: '2026-06-01', plannedTo: '2026-06-01', endedOn: null })).toContain('(1 day)');
  });

  it('says workout reminders are quiet in both kinds of flare, without blame', () => {
    for (const mode of ['pause', 'gentle'] as const) {
      expect(flareModeLine(mode)).toContain('workout reminders are quiet');
      expect(flareModeLine(mode)).not.toMatch(/fail|miss|should/i);
    }
  });
});
