// A timer that can be paused and resumed, for the "Entry deleted · Undo" message: it stays for
// a while, but never disappears while the person is pointing at it or has focus inside it.

export type Scheduler = {
  set: (callback: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
  now: () => number;
};

const realScheduler: Scheduler = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export type Countdown = {
  /** Stops the clock and remembers how much time is left. */
  pause: () => void;
  /** Starts the clock again with the time that was left. */
  resume: () => void;
  /** Stops for good; `onExpire` will not run. */
  cancel: () => void;
  readonly running: boolean;
  readonly finished: boolean;
};

export function startCountdown(ms: number, onExpire: () => void, scheduler: Scheduler = realScheduler): Countdown {
  let remaining = ms;
  let startedAt = 0;
  let handle: unknown = null;
  let finished = false;

  const run = () => {
    startedAt = scheduler.now();
    handle = scheduler.set(() => {
      handle = null;
      finished = true;
      onExpire();
    }, remaining);
  };

  run();
  return {
    pause() {
      if (handle === null || finished) return;
      scheduler.clear(handle);
      handle = null;
      remaining = Math.max(0, remaining - (scheduler.now() - startedAt));
    },
    resume() {
      if (handle !== null || finished) return;
      run();
    },
    cancel() {
      if (handle !== null) scheduler.clear(handle);
      handle = null;
      finished = true;
    },
    get running() {
      return handle !== null;
    },
    get finished() {
      return finished;
    },
  };
}
