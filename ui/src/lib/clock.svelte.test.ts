import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { flushSync } from 'svelte';
import { LocalClock } from './clock.svelte';

const status = {
  ready: true,
  problem: null,
  dataDir: '/tmp/diary',
  timeZone: 'Europe/London',
  today: '2026-03-02',
  nowLocal: '2026-03-02T08:30',
  version: '0.1.0',
};

afterEach(() => clearMocks());

describe('the local clock', () => {
  it('is empty until the app status is known', () => {
    const clock = new LocalClock();
    expect(clock.today).toBe('');
    expect(clock.nowLocal).toBe('');
  });

  it('takes today and now from the app status', () => {
    const clock = new LocalClock();
    clock.set(status);
    expect(clock.today).toBe('2026-03-02');
    expect(clock.nowLocal).toBe('2026-03-02T08:30');
  });

  it('moves on to the day and time the backend gives on refresh', async () => {
    const clock = new LocalClock();
    clock.set(status);
    mockIPC((cmd) => {
      if (cmd === 'app_status') return { ...status, today: '2026-03-03', nowLocal: '2026-03-03T00:05' };
      throw { kind: 'storage', message: `unexpected ${cmd}` };
    });
    await clock.refresh();
    expect(clock.today, 'past midnight the clock shows the new day').toBe('2026-03-03');
    expect(clock.nowLocal).toBe('2026-03-03T00:05');
  });

  it('keeps the dates it had when the backend cannot answer', async () => {
    const clock = new LocalClock();
    clock.set(status);
    mockIPC(() => {
      throw { kind: 'unavailable', message: 'closed' };
    });
    await expect(clock.refresh()).resolves.toBeUndefined();
    expect(clock.today, 'a failed refresh never blanks the day').toBe('2026-03-02');
    expect(clock.nowLocal).toBe('2026-03-02T08:30');
  });

  it('lets effects that read it follow a refresh', async () => {
    const clock = new LocalClock();
    clock.set(status);
    const seen: string[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(clock.today);
      });
    });
    flushSync();
    clock.set({ today: '2026-03-03', nowLocal: '2026-03-03T00:05' });
    flushSync();
    stop();
    expect(seen, 'a reader sees the new day without being told').toEqual(['2026-03-02', '2026-03-03']);
  });
});
