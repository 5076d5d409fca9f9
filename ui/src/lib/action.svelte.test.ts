import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { Action } from './action.svelte';

/** A promise the test settles by hand, to look at the action while the call is in flight. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const fieldProblem = {
  kind: 'validation',
  message: 'Please fix the highlighted answer.',
  fields: [{ field: 'name', message: 'Give the medication a name.' }],
};

describe('an action', () => {
  it('starts idle, with no error', () => {
    const action = new Action();
    expect(action.busy).toBe(false);
    expect(action.error).toBeNull();
    expect(action.message).toBe('');
  });

  it('is busy while its call is in flight and gives back the result', async () => {
    const action = new Action();
    const call = deferred<string>();
    const running = action.run(() => call.promise);
    expect(action.busy, 'busy as soon as the call starts').toBe(true);
    call.resolve('saved');
    await expect(running).resolves.toBe('saved');
    expect(action.busy).toBe(false);
    expect(action.error).toBeNull();
  });

  it('keeps a backend refusal as an AppError, fields and all, and gives back null', async () => {
    const action = new Action();
    const result = await action.run(() => Promise.reject(fieldProblem));
    expect(result).toBeNull();
    expect(action.busy, 'a failure ends the busy time too').toBe(false);
    expect(action.error).toEqual(fieldProblem);
    expect(action.message).toBe('Please fix the highlighted answer.');
  });

  it('turns anything else thrown into the general storage error', async () => {
    const action = new Action();
    await action.run(() => Promise.reject(new Error('the IPC channel is gone')));
    expect(action.error?.kind, 'a programming fault is not the person’s input').toBe('storage');
    expect(action.message).toMatch(/Your diary was not changed/);
  });

  it('keeps the last error in view while the next run is in flight, and drops it on success', async () => {
    const action = new Action();
    await action.run(() => Promise.reject(fieldProblem));
    const call = deferred<number>();
    const running = action.run(() => call.promise);
    expect(action.error, 'messages beside the fields stay while saving again').toEqual(fieldProblem);
    call.resolve(1);
    await running;
    expect(action.error).toBeNull();
  });

  it('replaces the last error with the new one', async () => {
    const action = new Action();
    await action.run(() => Promise.reject(fieldProblem));
    await action.run(() => Promise.reject({ kind: 'not_found', message: 'That entry is gone.' }));
    expect(action.error).toEqual({ kind: 'not_found', message: 'That entry is gone.' });
  });

  it('clears the error on request', async () => {
    const action = new Action();
    await action.run(() => Promise.reject(fieldProblem));
    action.clear();
    expect(action.error).toBeNull();
    expect(action.message).toBe('');
  });

  it('stays busy until the last of overlapping runs settles', async () => {
    const action = new Action();
    const first = deferred<string>();
    const second = deferred<string>();
    const one = action.run(() => first.promise);
    const two = action.run(() => second.promise);
    first.resolve('a');
    await one;
    expect(action.busy, 'one call is still in flight').toBe(true);
    second.reject({ kind: 'unavailable', message: 'Not on this device.' });
    await two;
    expect(action.busy).toBe(false);
    expect(action.message).toBe('Not on this device.');
  });

  it('lets a template follow busy and error', async () => {
    const action = new Action();
    const seen: string[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(`${action.busy ? 'busy' : 'idle'}:${action.message}`);
      });
    });
    flushSync();
    const call = deferred<string>();
    const running = action.run(() => call.promise);
    flushSync();
    call.reject({ kind: 'storage', message: 'Could not save.' });
    await running;
    flushSync();
    stop();
    expect(seen).toEqual(['idle:', 'busy:', 'idle:Could not save.']);
  });
});
