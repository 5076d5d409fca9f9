import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_CHECK_MS, watchIdle } from './idleLock';

describe('watchIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('locks once after the chosen minutes without use', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    const stop = watchIdle(1, onIdle, target as unknown as Document, () => Date.now());
    vi.advanceTimersByTime(60_000 - IDLE_CHECK_MS);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(IDLE_CHECK_MS);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('starts the wait again on every key or pointer', () => {
    const target = new EventTarget();
    const onIdle = vi.fn();
    const stop = watchIdle(1, onIdle, target as unknown as Document, () => Date.now());
    vi.advanceTimersByTime(50_000);
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(15_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('watches nothing when the idle lock is off, and nothing after stop', () => {
    const onIdle = vi.fn();
    watchIdle(0, onIdle)();
    const target = new EventTarget();
    const stop = watchIdle(1, onIdle, target as unknown as Document, () => Date.now());
    stop();
    vi.advanceTimersByTime(5 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
