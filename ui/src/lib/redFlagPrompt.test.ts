import { describe, expect, it } from 'vitest';
import { offersRedFlagCheck } from './redFlagPrompt';

const calm = { intensity: 4, sites: ['lower_back_centre'], qualities: ['aching'] } as const;

describe('the offer to check for warning signs after a save', () => {
  it('stays quiet for moderate pain in the back', () => {
    expect(offersRedFlagCheck({ ...calm, sites: [...calm.sites], qualities: [...calm.qualities] })).toBe(false);
    expect(offersRedFlagCheck({ intensity: 7, sites: ['thigh_back_left'], qualities: ['shooting', 'tingling'] })).toBe(false);
    expect(offersRedFlagCheck({ intensity: 0, sites: [], qualities: [] })).toBe(false);
  });

  it('offers the check from pain 8 upwards', () => {
    expect(offersRedFlagCheck({ intensity: 8, sites: [], qualities: [] })).toBe(true);
    expect(offersRedFlagCheck({ intensity: 10, sites: [], qualities: [] })).toBe(true);
  });

  it('offers the check for pain below either knee', () => {
    expect(offersRedFlagCheck({ intensity: 2, sites: ['below_knee_left'], qualities: [] })).toBe(true);
    expect(offersRedFlagCheck({ intensity: 2, sites: ['hip_right', 'below_knee_right'], qualities: [] })).toBe(true);
  });

  it('offers the check for numbness', () => {
    expect(offersRedFlagCheck({ intensity: 1, sites: [], qualities: ['stiff', 'numb'] })).toBe(true);
  });
});
