// The person's local "today" and "now", as the Rust side reads them (the UI never reads the
// wall clock for dates: the backend owns the time zone). Set once from `app_status` at start-up;
// screens refresh it before they depend on it (after a save, on opening), and every component
// that reads it follows along.
import * as api from './api';
import type { AppStatus } from './bindings/AppStatus';

export class LocalClock {
  /** The local calendar date, `YYYY-MM-DD`; empty until the app status has been read. */
  today = $state('');
  /** The local wall-clock time to the minute, `YYYY-MM-DDTHH:MM`, for date-time inputs. */
  nowLocal = $state('');

  set(status: Pick<AppStatus, 'today' | 'nowLocal'>): void {
    this.today = status.today;
    this.nowLocal = status.nowLocal;
  }

  /** Asks the backend again; if it cannot answer, the dates we had stay. */
  async refresh(): Promise<void> {
    try {
      this.set(await api.appStatus());
    } catch {
      // Keep the dates we had; the backend still checks dates and times on save.
    }
  }
}

/** The one clock the whole UI reads. */
export const clock = new LocalClock();
