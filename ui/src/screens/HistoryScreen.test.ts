// History against mocked IPC: a range that fits one page looks as before (no paging controls);
// a long one shows "Page N of M", pages with Newer / Older, jumps to a month and announces it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { HistoryPage } from '$lib/bindings/HistoryPage';
import type { PainDay } from '$lib/bindings/PainDay';
import { painDay } from '$lib/testFixtures';
import { clock } from '$lib/clock.svelte';
import HistoryScreen from './HistoryScreen.svelte';

const status = {
  ready: true,
  problem: null,
  dataDir: '/tmp/diary',
  timeZone: 'Europe/London',
  today: '2026-03-31',
  nowLocal: '2026-03-31T08:30',
  version: '0.1.0',
};

// The screen reads today from the shared clock, which the app sets from this status.
beforeEach(() => clock.set(status));

/** Three pages: March (page 0), February (page 1), January (page 2); one day each. */
const LONG: PainDay[][] = [[painDay('2026-03-30')], [painDay('2026-02-27')], [painDay('2026-01-15')]];
const MONTHS = [
  { month: '2026-03', days: 1, entries: 1, firstPage: 0 },
  { month: '2026-02', days: 1, entries: 1, firstPage: 1 },
  { month: '2026-01', days: 1, entries: 1, firstPage: 2 },
];

function serve(pages: PainDay[][], asked: { page: number; from: unknown }[]) {
  mockIPC((cmd, args) => {
    const given = args as { from: string | null; to: string | null; page: number };
    switch (cmd) {
      case 'list_medications':
        return [];
      case 'history_page': {
        asked.push({ page: given.page, from: given.from });
        const result: HistoryPage = {
          days: pages[given.page] ?? [],
          page: given.page,
          pageCount: Math.max(pages.length, 1),
          totalDays: pages.length,
          totalEntries: pages.length,
          part: null,
          months: pages.length > 1 ? MONTHS : MONTHS.slice(0, pages.length),
        };
        return result;
      }
      default:
        throw { kind: 'storage', message: `unexpected command ${cmd}` };
    }
  });
}

afterEach(() => clearMocks());

describe('History pages', () => {
  it('shows a range that fits one page without paging controls', async () => {
    const asked: { page: number; from: unknown }[] = [];
    serve([[painDay('2026-03-30')]], asked);
    render(HistoryScreen, { onNavigate: () => {} });
    await screen.findByTestId('entry');
    expect(screen.queryByTestId('pager')).toBeNull();
    expect(screen.queryByLabelText('Jump to month')).toBeNull();
    expect(asked).toEqual([{ page: 0, from: '2026-03-02' }]);
  });

  it('pages back and forth, moving focus to the list and announcing the page', async () => {
    const asked: { page: number; from: unknown }[] = [];
    serve(LONG, asked);
    render(HistoryScreen, { onNavigate: () => {} });
    expect((await screen.findByTestId('pager-status')).textContent).toBe('Page 1 of 3');
    expect(screen.getByTestId('history-totals').textContent).toContain('3 entries on 3 days');
    expect((screen.getByTestId('pager-newer') as HTMLButtonElement).disabled).toBe(true);

    await fireEvent.click(screen.getByTestId('pager-older'));
    await waitFor(() => expect(screen.getByTestId('pager-status').textContent).toBe('Page 2 of 3'));
    await waitFor(() => expect(document.activeElement?.id).toBe('days-heading'));
    expect(screen.getByTestId('history-page-status').textContent).toMatch(/^Page 2 of 3, Friday.*27.*2026\.$/);
    expect(screen.getByTestId('day').getAttribute('data-day')).toBe('2026-02-27');

    await fireEvent.click(screen.getByTestId('pager-end-newer'));
    await waitFor(() => expect(screen.getByTestId('pager-status').textContent).toBe('Page 1 of 3'));
    expect(asked.map((a) => a.page)).toEqual([0, 1, 0]);
  });

  it('jumps to a month and puts focus on its newest day', async () => {
    const asked: { page: number; from: unknown }[] = [];
    serve(LONG, asked);
    render(HistoryScreen, { onNavigate: () => {} });
    const select = (await screen.findByLabelText('Jump to month')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['March 2026 (1 entry)', 'February 2026 (1 entry)', 'January 2026 (1 entry)']);
    await fireEvent.change(select, { target: { value: '2026-01' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Show month' }));
    await waitFor(() => expect(screen.getByTestId('pager-status').textContent).toBe('Page 3 of 3'));
    await waitFor(() => expect(document.activeElement?.closest('[data-testid="day"]')?.getAttribute('data-day')).toBe('2026-01-15'));
    expect(select.value).toBe('2026-01');
  });

  it('starts again at page 1 when a preset changes the range', async () => {
    const asked: { page: number; from: unknown }[] = [];
    serve(LONG, asked);
    render(HistoryScreen, { onNavigate: () => {} });
    await fireEvent.click(await screen.findByTestId('pager-older'));
    await waitFor(() => expect(screen.getByTestId('pager-status').textContent).toBe('Page 2 of 3'));
    await fireEvent.click(screen.getByTestId('preset-all'));
    await waitFor(() => expect(asked.at(-1)).toEqual({ page: 0, from: null }));
    await waitFor(() => expect(screen.getByTestId('pager-status').textContent).toBe('Page 1 of 3'));
  });
});
