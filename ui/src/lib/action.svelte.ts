// One kind of backend call a screen or form makes (a save, a load, a choice): whether it is
// in flight, and how it last failed, as an `AppError` the template can branch on. It replaces
// the try / catch / finally with a busy flag that each component used to write by hand.
import { toAppError, type AppError } from './api';

export class Action {
  // Runs in flight; `busy` stays true until the last of overlapping runs has settled.
  #running = $state(0);

  /** How the latest run that settled failed; `null` once one succeeds, or after `clear()`. */
  error = $state<AppError | null>(null);

  get busy(): boolean {
    return this.#running > 0;
  }

  /** The failure's plain message, or '' when there is none. */
  get message(): string {
    return this.error?.message ?? '';
  }

  /**
   * Runs `work` and gives back what it returns, or `null` if it threw (the error is then kept in
   * `error`). Never throws. A run does not wipe the previous error before it starts, so a form's
   * messages stay in place while it saves; call `clear()` first where they should go at once.
   * It never refuses to start: a component that must not run twice checks `busy` itself.
   */
  async run<T>(work: () => Promise<T>): Promise<T | null> {
    this.#running += 1;
    try {
      const result = await work();
      this.error = null;
      return result;
    } catch (reason) {
      this.error = toAppError(reason);
      return null;
    } finally {
      this.#running -= 1;
    }
  }

  clear(): void {
    this.error = null;
  }
}
