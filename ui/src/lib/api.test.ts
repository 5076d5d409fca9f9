import { describe, expect, it } from 'vitest';
import { toAppError } from './api';

describe('normalising rejections', () => {
  it('keeps a validation error with its fields', () => {
    const error = toAppError({ kind: 'validation', message: 'Check this', fields: [{ field: 'note', message: 'Too long' }] });
    expect(error).toEqual({ kind: 'validation', message: 'Check this', fields: [{ field: 'note', message: 'Too long' }] });
  });

  it('drops malformed field entries instead of showing blanks', () => {
    const error = toAppError({ kind: 'validation', message: 'x', fields: [{ field: 'name' }, { field: 'note', message: 'Too long' }] });
    expect(error.kind === 'validation' && error.fields).toEqual([{ field: 'note', message: 'Too long' }]);
  });

  it('passes known kinds through', () => {
    expect(toAppError({ kind: 'not_found', message: 'Gone' })).toEqual({ kind: 'not_found', message: 'Gone' });
  });

  it('turns a bare string or unknown kind into a storage error with a kind message', () => {
    expect(toAppError('command log_pain not found').kind).toBe('storage');
    expect(toAppError({ kind: 'weird', message: 'x' }).kind).toBe('storage');
    expect(toAppError(undefined).message).toMatch(/not changed/);
  });
});
