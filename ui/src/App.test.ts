// The Today quick log against mocked IPC: the same component tree as the app, no backend.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import App from './App.svelte';
import { i18n } from '$lib/i18n.svelte';
import type { PainDay } from '$lib/bindings/PainDay';
import type { PainEntry } from '$lib/bindings/PainEntry';
import { painEntry } from '$lib/testFixtures';

type Call = { cmd: string; args: Record<string, unknown> };

const status = {
  ready: true,
  problem: null,
  dataDir: '/tmp/diary',
  timeZone: 'Europe/London',
  today: '2026-03-02',
  nowLocal: '2026-03-02T08:30',
  version: '0.1.0',
};

function entryFrom(draft: Record<string, unknown>, id: string): PainEntry {
  return painEntry('2026-03-02', {
    id,
    occurredAt: `${(draft.occurredAt as string | undefined) ?? '2026-03-02T08:30'}:00+00:00`,
    intensity: draft.intensity as number,
  });
}

let calls: Call[];
let stored: PainEntry[];
let rejectNext: unknown;

beforeEach(() => {
  calls = [];
  stored = [];
  rejectNext = null;
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    switch (cmd) {
      case 'app_status':
        return status;
      case 'list_medications':
        return [];
      case 'list_pain_days': {
        if (stored.length === 0) return [];
        const levels = stored.map((e) => e.intensity);
        const day: PainDay = {
          day: '2026-03-02',
          low: Math.min(...levels),
          high: Math.max(...levels),
          average: levels.reduce((a, b) => a + b, 0) / levels.length,
          entries: [...stored],
        };
        return [day];
      }
      case 'log_pain': {
        if (rejectNext) {
          const reason = rejectNext;
          rejectNext = null;
          throw reason;
        }
        const entry = entryFrom((args as { draft: Record<string, unknown> }).draft, `e-${stored.length + 1}`);
        stored.unshift(entry);
        return entry;
      }
      default:
        throw { kind: 'storage', message: `unexpected command ${cmd}` };
    }
  });
});

afterEach(() => {
  clearMocks();
});

async function ready() {
  render(App);
  await waitFor(() => expect(document.querySelector('[data-ready="true"]')).not.toBeNull());
  return await screen.findByRole('radio', { name: '4' });
}

describe('the Today quick log', () => {
  it('saves just a number, announces it and lists it', async () => {
    await fireEvent.click(await ready());
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved. Pain 4 at 8:30\u00a0AM.'));
    const logged = calls.find((c) => c.cmd === 'log_pain');
    expect(logged?.args.draft).toMatchObject({ intensity: 4, sites: [], medications: [] });
    expect(logged?.args.draft).not.toHaveProperty('occurredAt');

    const list = await screen.findByTestId('entry-list');
    await waitFor(() => expect(within(list).getByTestId('entry-intensity').textContent).toContain('4'));
    expect(within(list).getByTestId('entry-time').textContent).toBe('8:30\u00a0AM');
    expect((screen.getByRole('radio', { name: '4' }) as HTMLInputElement).checked).toBe(false);
  });

  it('asks which day it is, then only today for its list', async () => {
    await ready();
    // Today asks the backend for the date first: the window may have stayed open past midnight.
    await waitFor(() => expect(calls.find((c) => c.cmd === 'list_pain_days')?.args).toEqual({ from: '2026-03-02', to: '2026-03-02' }));
    const asked = calls.map((c) => c.cmd);
    const statusReads = asked.slice(0, asked.indexOf('list_pain_days')).filter((cmd) => cmd === 'app_status');
    expect(statusReads.length, 'once at start-up, once more by Today before it lists').toBeGreaterThanOrEqual(2);
  });

  it('shows a rejected time beside the field, opens the details and focuses the summary', async () => {
    await fireEvent.click(await ready());
    rejectNext = {
      kind: 'validation',
      message: 'Please fix the highlighted answer.',
      fields: [{ field: 'occurredAt', message: 'This time is in the future. Pick now or an earlier time.' }],
    };
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByTestId('new-entry-errors');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const time = screen.getByLabelText('When') as HTMLInputElement;
    expect(time.getAttribute('aria-invalid')).toBe('true');
    const describedBy = time.getAttribute('aria-describedby') ?? '';
    const message = document.getElementById('new-entry-occurredAt-error');
    expect(describedBy.split(' ')).toContain('new-entry-occurredAt-error');
    expect(message?.textContent).toContain('This time is in the future');
    expect(screen.getByRole('button', { name: 'Hide details' }).getAttribute('aria-expanded')).toBe('true');
    expect(stored).toHaveLength(0);
  });

  it('tells the person plainly when there are no medications yet', async () => {
    await ready();
    await fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
    expect(screen.getByText(/Your medication list is empty/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add medications to your list' })).toBeTruthy();
  });
});

describe('start-up', () => {
  it('shows only the problem when the diary cannot be opened', async () => {
    clearMocks();
    mockIPC((cmd) => {
      if (cmd === 'app_status') return { ...status, ready: false, problem: 'This file is from a newer BackTrack.' };
      throw { kind: 'unavailable', message: 'closed' };
    });
    render(App);
    await waitFor(() => expect(document.querySelector('[data-ready="true"]')).not.toBeNull());
    expect(screen.getByTestId('startup-problem').textContent).toContain('This file is from a newer BackTrack.');
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('greets a locked diary in the device\'s language when the window never spoke one', async () => {
    clearMocks();
    localStorage.removeItem('backtrack.language');
    mockIPC((cmd) => {
      if (cmd === 'app_status') return { ...status, ready: false, locked: true, encrypted: true };
      if (cmd === 'system_language') return 'es';
      throw { kind: 'locked', message: 'locked' };
    });
    render(App);
    await waitFor(() => expect(screen.getByTestId('unlock-screen')).toBeTruthy());
    expect(document.documentElement.lang, 'Rust\'s idea of the device decides, as it will once unlocked').toBe('es-US');
    i18n.set('en');
  });
});

