import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, latestOnly } from './debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, with the last arguments, after typing pauses', () => {
    const run = vi.fn();
    const search = debounce(run, 250);
    search('p');
    search('pi');
    vi.advanceTimersByTime(200);
    search('pir');
    vi.advanceTimersByTime(249);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith('pir');
  });

  it('can forget a waiting call', () => {
    const run = vi.fn();
    const search = debounce(run, 100);
    search('x');
    search.cancel();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('latestOnly', () => {
  it('accepts only the newest request', () => {
    const requests = latestOnly();
    const first = requests.begin();
    const second = requests.begin();
    expect(requests.isLatest(first)).toBe(false);
    expect(requests.isLatest(second)).toBe(true);
    requests.reset();
    expect(requests.isLatest(second)).toBe(false);
  });
});
