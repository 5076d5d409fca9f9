// Today against mocked IPC, for what the shell brings to it: opened from "Log pain" (the tray or
// a reminder), focus lands on the quick log's pain scale; an entry saved on the command line
// (`diary-changed`) is listed without reopening the screen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import { emit } from '@tauri-apps/api/event';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { PainEntry } from '$lib/bindings/PainEntry';
import { clock } from '$lib/clock.svelte';
import { painDay, painEntry } from '$lib/testFixtures';
import TodayScreen from './TodayScreen.svelte';

const status = {
  ready: true,
  problem: null,
  dataDir: '/tmp/diary',
  timeZone: 'Europe/London',
  today: '2026-06-10',
  nowLocal: '2026-06-10T13:05',
  version: '0.1.0',
};

/** The diary as the mocked backend holds it, and how often Today asked for the day. */
let entries: PainEntry[] = [];
let dayLoads = 0;

beforeEach(() => {
  clock.set(status);
  entries = [];
  dayLoads = 0;
  mockIPC(
    (cmd) => {
      if (cmd === 'app_status') return status;
      if (cmd === 'list_medications') return [];
      if (cmd === 'list_pain_days') {
        dayLoads += 1;
        return entries.length ? [painDay(status.today, entries)] : [];
      }
      if (cmd === 'get_reminders') return { rules: [], offerDefaults: false, recent: [] };
      // Parts of Today this test is not about answer with a problem, which they show calmly.
      throw new Error(`not part of this test: ${cmd}`);
    },
    { shouldMockEvents: true },
  );
});

// Unmount first, and let the listeners' removal (a promise) run while the mocked event system is
// still there.
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
});

const noNavigation = () => {};

describe('Today, reached from the shell', () => {
  it('opened from "Log pain", puts focus on the pain scale', async () => {
    render(TodayScreen, { onNavigate: noNavigation, focusLog: true });
    await waitFor(() => expect((document.activeElement as HTMLInputElement | null)?.name).toBe('new-entry-intensity'));
    expect((document.activeElement as HTMLInputElement).value).toBe('0');
  });

  it('opened any other way, leaves focus where the app put it', async () => {
    render(TodayScreen, { onNavigate: noNavigation });
    await screen.findByTestId('new-entry-intensity-0');
    await waitFor(() => expect(dayLoads).toBe(1));
    expect((document.activeElement as HTMLInputElement | null)?.name).not.toBe('new-entry-intensity');
  });

  it('lists an entry saved on the command line when the backend says the diary changed', async () => {
    render(TodayScreen, { onNavigate: noNavigation });
    await screen.findByTestId('today-empty');
    entries = [painEntry(status.today, { id: 'e1', intensity: 5 })];
    await emit('diary-changed');
    await waitFor(() => expect(screen.queryByTestId('today-empty')).toBeNull());
    expect(screen.getAllByTestId('entry')).toHaveLength(1);
  });
});
