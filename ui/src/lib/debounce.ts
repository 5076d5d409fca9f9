// Waits until typing pauses before running a search, and keeps only the newest answer.

export type Debounced<A extends unknown[]> = {
  (...args: A): void;
  /** Forgets a call that is still waiting. */
  cancel(): void;
};

/** Runs `run` once `delayMs` has passed since the last call, with that call's arguments. */
export function debounce<A extends unknown[]>(run: (...args: A) => void, delayMs: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const debounced = (...args: A) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      run(...args);
    }, delayMs);
  };
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return debounced;
}

/**
 * Numbers each request so a slow, older answer cannot replace a newer one: `begin()` before a
 * request, then `isLatest(ticket)` when it answers.
 */
export function latestOnly() {
  let newest = 0;
  return {
    begin: (): number => ++newest,
    isLatest: (ticket: number): boolean => ticket === newest,
    /** Makes every request still in flight out of date. */
    reset: (): void => {
      newest += 1;
    },
  };
}
