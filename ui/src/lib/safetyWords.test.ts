import { describe, expect, it } from 'vitest';
import { safetyChangeWords } from './safetyWords';

const names = (id: string) => ({ 'donkey-kick.standard': 'Donkey kick', 'donkey-kick.modified': 'Standing hip extension', 'piriformis-stretch': 'Piriformis stretch' })[id] ?? id;

describe('what the safety answers changed', () => {
  it('names a swap with the new exercise first', () => {
    expect(safetyChangeWords({ kind: 'swapped', from: 'donkey-kick.standard', to: 'donkey-kick.modified' }, names)).toBe(
      'Standing hip extension instead of Donkey kick.',
    );
  });

  it('says a family set aside is for now, and why', () => {
    expect(safetyChangeWords({ kind: 'setAside', family: 'piriformis-stretch' }, names)).toBe(
      'Piriformis stretch is set aside for now. No version of it suits your answers.',
    );
  });
});
