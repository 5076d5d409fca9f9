// The Insights screen against mocked IPC with the golden quarter's figures: one call per range,
// the summary and factors as in the file, and a refused range shown beside its field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { clock } from '$lib/clock.svelte';
import golden from '../../../tests/fixtures/golden/insights_2026q1.json';
import InsightsScreen from './InsightsScreen.svelte';

const status = {
  ready: true,
  problem: null,
  dataDir: '/tmp/diary',
  timeZone: 'Europe/London',
  today: '2026-03-31',
  nowLocal: '2026-03-31T08:30',
  version: '0.1.0',
};

beforeEach(() => clock.set(status));
afterEach(() => clearMocks());

function answering(asked: unknown[]) {
  mockIPC((cmd, args) => {
    if (cmd === 'app_status') return status;
    if (cmd !== 'get_insights') throw { kind: 'storage', message: `unexpected ${cmd}` };
    asked.push(args);
    const { to } = args as { to: string };
    if (to > '2026-03-31') throw { kind: 'validation', message: 'bad', fields: [{ field: 'to', message: 'Pick a last day that is today or earlier.' }] };
    return golden;
  });
}

describe('the Insights screen', () => {
  it('asks once for the last 90 days and shows the golden summary and factors', async () => {
    const asked: unknown[] = [];
    answering(asked);
    render(InsightsScreen, { onNavigate: () => {} });
    await screen.findByTestId('insights');
    expect(asked).toEqual([{ from: '2026-01-01', to: '2026-03-31' }]);
    expect(screen.getByTestId('insights-summary').textContent).toContain('from 3.6 to 2.9 over these 90 days');
    const factors = screen.getAllByTestId('factor');
    expect(factors).toHaveLength(golden.factors.length);
    expect(factors[0]?.dataset.name).toBe(golden.factors[0]?.name);
    expect(screen.getByTestId('factors-caution').textContent).toMatch(/do not show what causes it/);
    expect(screen.getAllByTestId('insights-function-activity')).toHaveLength(golden.function.activities.length);
  });

  it('opens the chart table only when asked, so long ranges stay light', async () => {
    answering([]);
    render(InsightsScreen, { onNavigate: () => {} });
    await screen.findByTestId('insights');
    expect(screen.queryByTestId('pain-table')).toBeNull();
    await fireEvent.click(screen.getByTestId('pain-table-toggle'));
    expect(screen.getByTestId('pain-table').querySelectorAll('tbody tr')).toHaveLength(90);
  });

  it('shows a refused last day beside its field', async () => {
    answering([]);
    render(InsightsScreen, { onNavigate: () => {} });
    await screen.findByTestId('insights');
    await fireEvent.click(screen.getByTestId('insights-range-custom'));
    await fireEvent.input(screen.getByTestId('insights-to'), { target: { value: '2026-04-30' } });
    await fireEvent.click(screen.getByTestId('insights-apply'));
    await waitFor(() => expect(screen.getByTestId('insights-to').getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('insights-to-error')?.textContent).toContain('today or earlier');
  });

  it('opens History on a day chosen in the calendar', async () => {
    answering([]);
    const went: unknown[] = [];
    render(InsightsScreen, { onNavigate: (...args: unknown[]) => went.push(args) });
    await screen.findByTestId('insights');
    const day = document.querySelector<HTMLButtonElement>('[data-testid="calendar-day"][data-day="2026-02-10"]');
    await fireEvent.click(day!);
    expect(went).toEqual([['history', { kind: 'day', day: '2026-02-10' }]]);
  });
});
