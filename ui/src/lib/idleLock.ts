// Locks an encrypted diary after a chosen time without use. "Use" is any key, pointer, wheel
// or touch in the window; a session's timer counting down alone is not use, so a laptop left
// open mid-session still locks.

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** How often the idle time is looked at; the lock comes at most this late. */
export const IDLE_CHECK_MS = 5_000;

/**
 * Calls `onIdle` once when `minutes` pass with no activity on `target`. Returns a stop function.
 * `minutes <= 0` watches nothing.
 */
export function watchIdle(
  minutes: number,
  onIdle: () => void,
  target: Pick<Document, 'addEventListener' | 'removeEventListener'> = document,
  now: () => number = Date.now,
): () => void {
  if (minutes <= 0) return () => {};
  let last = now();
  let fired = false;
  const seen = () => {
    last = now();
  };
  for (const kind of ACTIVITY) target.addEventListener(kind, seen, { passive: true });
  const timer = setInterval(() => {
    if (!fired && now() - last >= minutes * 60_000) {
      fired = true;
      onIdle();
    }
  }, IDLE_CHECK_MS);
  return () => {
    clearInterval(timer);
    for (const kind of ACTIVITY) target.removeEventListener(kind, seen);
  };
}
