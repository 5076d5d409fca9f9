import { describe, expect, it } from 'vitest';
import type { Medication } from './bindings/Medication';
import type { PainEntry } from './bindings/PainEntry';
import { buildDraft, emptyForm, formFromEntry, hasDetails, noteLength, toggle } from './draft';

const ibuprofen: Medication = { id: 'm-1', name: 'Ibuprofen', defaultDose: '400 mg', archived: false };
const paracetamol: Medication = { id: 'm-2', name: 'Paracetamol', defaultDose: '1 g', archived: false };

function storedEntry(overrides: Partial<PainEntry> = {}): PainEntry {
  return {
    id: 'e-1',
    day: '2026-03-02',
    occurredAt: '2026-03-02T23:30:00-05:00',
    timeZone: 'America/New_York',
    intensity: 6,
    sites: ['lower_back_centre', 'buttock_left'],
    legRadiation: 'left',
    qualities: ['aching'],
    worse: ['sitting'],
    better: ['heat'],
    medications: [{ medicationId: 'm-1', dose: '200 mg' }],
    sleepQuality: 0,
    interference: null,
    mood: 'low',
    note: 'Long drive',
    forSurgeon: true,
    ...overrides,
  };
}

describe('building the draft', () => {
  it('sends just the pain level for a quick entry, with the time left for the backend to fill', () => {
    const draft = buildDraft({ ...emptyForm([ibuprofen]), intensity: 4 });
    expect(draft.intensity).toBe(4);
    expect('occurredAt' in draft).toBe(false);
    expect(draft.medications).toEqual([]);
    expect(draft.sites).toEqual([]);
    expect('sleepQuality' in draft).toBe(false);
    expect('legRadiation' in draft).toBe(false);
  });

  it('still sends a draft with no pain level, so the backend can say what is missing', () => {
    expect('intensity' in buildDraft(emptyForm())).toBe(false);
  });

  it('turns answered scales into numbers, keeping zero', () => {
    const draft = buildDraft({ ...emptyForm(), intensity: 0, sleepQuality: '0', interference: '10' });
    expect(draft.intensity).toBe(0);
    expect(draft.sleepQuality).toBe(0);
    expect(draft.interference).toBe(10);
  });

  it('sends only the medications ticked, with the dose as typed', () => {
    const state = emptyForm([ibuprofen, paracetamol]);
    state.medications[1] = { medicationId: 'm-2', taken: true, dose: '500 mg' };
    expect(buildDraft(state).medications).toEqual([{ medicationId: 'm-2', dose: '500 mg' }]);
  });

  it('does not trim or cut the note: the backend decides what is too long', () => {
    const long = 'a'.repeat(4001);
    expect(buildDraft({ ...emptyForm(), note: long }).note).toBe(long);
  });
});

describe('editing a stored entry', () => {
  it('keeps the wall-clock time the entry was logged at', () => {
    expect(formFromEntry(storedEntry(), []).occurredAt).toBe('2026-03-02T23:30');
  });

  it('round-trips every answer back into the same draft', () => {
    const draft = buildDraft(formFromEntry(storedEntry(), [ibuprofen, paracetamol]));
    expect(draft).toEqual({
      occurredAt: '2026-03-02T23:30',
      intensity: 6,
      sites: ['lower_back_centre', 'buttock_left'],
      legRadiation: 'left',
      qualities: ['aching'],
      worse: ['sitting'],
      better: ['heat'],
      medications: [{ medicationId: 'm-1', dose: '200 mg' }],
      sleepQuality: 0,
      mood: 'low',
      note: 'Long drive',
      forSurgeon: true,
    });
  });

  it('keeps a medication that is no longer offered (archived) on the entry', () => {
    const state = formFromEntry(storedEntry(), [paracetamol]);
    expect(state.medications).toEqual([
      { medicationId: 'm-2', taken: false, dose: '1 g' },
      { medicationId: 'm-1', taken: true, dose: '200 mg' },
    ]);
  });
});

describe('small helpers', () => {
  it('toggles a choice and keeps the vocabulary order', () => {
    const order = ['a', 'b', 'c'];
    expect(toggle(['c'], 'a', order)).toEqual(['a', 'c']);
    expect(toggle(['a', 'c'], 'a', order)).toEqual(['c']);
  });

  it('counts note characters as the backend does', () => {
    expect(noteLength('  héllo  ')).toBe(5);
    expect(noteLength('😀')).toBe(1);
  });

  it('notices when details were added', () => {
    expect(hasDetails({ ...emptyForm(), intensity: 5 })).toBe(false);
    expect(hasDetails({ ...emptyForm(), mood: 'good' })).toBe(true);
  });
});
