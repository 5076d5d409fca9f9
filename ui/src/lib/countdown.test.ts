import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCountdown } from './countdown';

describe('the undo countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('expires after its time', () => {
    const expired = vi.fn();
    startCountdown(10_000, expired);
    vi.advanceTimersByTime(9_999);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expired).toHaveBeenCalledOnce();
  });

  it('does not run out while paused, and continues with the time that was left', () => {
    const expired = vi.fn();
    const countdown = startCountdown(10_000, expired);
    vi.advanceTimersByTime(4_000);
    countdown.pause();
    vi.advanceTimersByTime(60_000);
    expect(expired).not.toHaveBeenCalled();
    countdown.resume();
    vi.advanceTimersByTime(5_999);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expired).toHaveBeenCalledOnce();
  });

  it('never fires once cancelled, even if resumed', () => {
    const expired = vi.fn();
    const countdown = startCountdown(1_000, expired);
    countdown.cancel();
    countdown.resume();
    vi.advanceTimersByTime(5_000);
    expect(expired).not.toHaveBeenCalled();
    expect(countdown.finished).toBe(true);
  });
});
