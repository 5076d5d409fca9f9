import { describe, expect, it } from 'vitest';
import type { AppError } from './api';
import { errorId, generalMessage, messagesByField, summaryItems } from './errors';

const rejected: AppError = {
  kind: 'validation',
  message: 'Some answers need another look.',
  fields: [
    { field: 'note', message: 'Notes can be up to 4000 characters.' },
    { field: 'occurredAt', message: 'This time is in the future.' },
    { field: 'medications', message: 'First problem.' },
    { field: 'medications', message: 'Second problem.' },
  ],
};

describe('field messages', () => {
  it('puts each message under its field and joins repeats', () => {
    expect(messagesByField(rejected)).toEqual({
      note: 'Notes can be up to 4000 characters.',
      occurredAt: 'This time is in the future.',
      medications: 'First problem. Second problem.',
    });
  });

  it('has no field messages for other kinds of error', () => {
    expect(messagesByField({ kind: 'storage', message: 'Disk full' })).toEqual({});
    expect(messagesByField(null)).toEqual({});
  });
});

describe('the error summary', () => {
  it('lists problems in the order the form shows the fields', () => {
    const items = summaryItems(rejected, ['occurredAt', 'intensity', 'medications', 'note']);
    expect(items.map((item) => item.field)).toEqual(['occurredAt', 'medications', 'note']);
  });

  it('still shows a message for a field the form does not know', () => {
    const items = summaryItems(rejected, ['note']);
    expect(items).toContainEqual({ field: null, message: 'This time is in the future.' });
  });

  it('shows the general message for a storage failure', () => {
    expect(summaryItems({ kind: 'storage', message: 'The disk is full.' }, ['note'])).toEqual([
      { field: null, message: 'The disk is full.' },
    ]);
  });

  it('builds stable ids for aria-describedby', () => {
    expect(errorId('new-entry', 'note')).toBe('new-entry-note-error');
  });
});

describe('the general message', () => {
  it('is the message of an error that names no field', () => {
    expect(generalMessage({ kind: 'storage', message: 'Disk full' })).toBe('Disk full');
    expect(generalMessage({ kind: 'validation', message: 'Something is off.', fields: [] })).toBe('Something is off.');
  });

  it('is empty when the messages belong beside their fields, or there is no error', () => {
    expect(generalMessage(rejected), 'field messages show beside the fields, not on top').toBe('');
    expect(generalMessage(null)).toBe('');
  });
});
