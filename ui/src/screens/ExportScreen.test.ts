// The Export screen against mocked IPC: the preview follows the dates, and a range that ends
// before it starts is stopped with a message beside the field, asking Rust for nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { clock } from '$lib/clock.svelte';
import ExportScreen from './ExportScreen.svelte';

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

function summary(from: string, to: string) {
  return {
    range: { from, to },
    redFlags: [],
    redFlagChecksTaken: 0,
    pain: { entries: 2, daysLogged: 2, average: 4, lowest: 2, highest: 6, change: null },
    trend: [],
    legSymptoms: { daysBelowKnee: 0, daysNumbness: 0, daysLegRadiation: 0, daysAny: 0 },
    sites: [{ name: 'lower_back_centre', entries: 2 }],
    worse: [],
    better: [],
    medications: [],
    sleepAndFunction: { sleepAverage: null, sleepAnswers: 0, interferenceAverage: null, interferenceAnswers: 0 },
    function: { range: { from, to }, activities: [], weeklyMeans: [], meanChange: null, importantChange: 1.4 },
    program: {
      sessions: 0,
      activeDays: 0,
      weeklyGoal: 3,
      weeks: [],
      weeksGoalMet: 0,
      wholeWeeks: 0,
      currentStreak: 0,
      longestStreak: 0,
      goalStatus: null,
      strength: 0,
      levels: [],
      changes: [],
      flares: [],
    },
    surgeonNotes: [],
  };
}

// Unmount first, and let the listeners' removal (a promise) run while the mocked event system is
// still there (the automatic-backups card listens for `backup-tried`).
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
});

describe('the Export screen', () => {
  it('previews the last 90 days by default', async () => {
    const asked: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd !== 'report_summary') throw { kind: 'storage', message: `unexpected ${cmd}` };
      const { from, to } = args as { from: string; to: string };
      asked.push({ from, to });
      return summary(from, to);
    });
    render(ExportScreen);
    expect((await screen.findByTestId('preview-pain')).textContent).toContain('Average 4.0, lowest 2, highest 6.');
    expect(asked).toEqual([{ from: '2026-01-01', to: '2026-03-31' }]);
  });

  it('stops a range that ends before it starts, beside the field, without asking Rust', async () => {
    const asked: string[] = [];
    mockIPC((cmd, args) => {
      asked.push(cmd);
      if (cmd === 'get_language') return { settings: { language: 'system', reportLanguage: 'app' }, inUse: 'en', report: 'en', system: 'en' };
      const { from, to } = args as { from: string; to: string };
      return summary(from, to);
    });
    render(ExportScreen);
    await screen.findByTestId('preview-pain');
    asked.length = 0;
    const to = screen.getByLabelText('To');
    await fireEvent.input(to, { target: { value: '2025-12-01' } });
    await waitFor(() => expect(screen.getByText(/end date is before the start date/)).toBeTruthy());
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(asked).toEqual([]);
  });
});

describe('the report language', () => {
  const view = (reportLanguage: 'app' | 'en' | 'es') => ({
    settings: { language: 'system', reportLanguage },
    inUse: 'en',
    report: reportLanguage === 'es' ? 'es' : 'en',
    system: 'en',
  });

  function answer(setLanguage: (settings: unknown) => unknown) {
    const saved: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'report_summary') {
        const { from, to } = args as { from: string; to: string };
        return summary(from, to);
      }
      if (cmd === 'get_language') return view('app');
      if (cmd === 'set_language') {
        const { settings } = args as { settings: unknown };
        saved.push(settings);
        return setLanguage(settings);
      }
      throw { kind: 'storage', message: `unexpected ${cmd}` };
    });
    return saved;
  }

  it('is saved with the app language kept, and the preview speaks it', async () => {
    const saved = answer(() => view('es'));
    render(ExportScreen);
    expect((await screen.findByTestId('preview-pain')).textContent).toContain('Average 4.0, lowest 2, highest 6.');
    const select = screen.getByLabelText('Report language') as HTMLSelectElement;
    expect(select.dataset.testid).toBe('report-language');
    expect(select.value).toBe('app');
    expect([...select.options].map((o) => [o.value, o.textContent, o.lang])).toEqual([
      ['app', 'Same as the app', ''],
      ['en', 'English', 'en'],
      ['es', 'Español', 'es'],
    ]);
    expect(screen.getByText('The report will be written in English.')).toBeTruthy();

    await fireEvent.change(select, { target: { value: 'es' } });
    await waitFor(() => expect(saved).toEqual([{ language: 'system', reportLanguage: 'es' }]));
    await waitFor(() => expect(screen.getByText('The report will be written in Spanish.')).toBeTruthy());
    expect(select.value).toBe('es');
    expect(screen.getByTestId('preview-pain').textContent).toContain('Promedio 4.0, mínimo 2, máximo 6.');
    expect(screen.getByTestId('summary-preview').getAttribute('lang')).toBe('es-US');
    const sites = screen.getByRole('heading', { name: /Dónde le duele/ }).closest('section');
    expect(sites?.textContent, 'diary words shared with the app follow the report too').toContain('Parte baja de la espalda, en medio');
    // The screen itself still speaks the app's language.
    expect(screen.getByTestId('screen-title').textContent).toBe('Export');
  });

  it('shows a refused save beside the field and keeps the stored choice', async () => {
    answer(() => {
      throw { kind: 'validation', message: 'x', fields: [{ field: 'reportLanguage', message: 'That language cannot be chosen.' }] };
    });
    render(ExportScreen);
    await screen.findByTestId('preview-pain');
    const select = screen.getByLabelText('Report language') as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('app'));
    await fireEvent.change(select, { target: { value: 'es' } });
    const message = await screen.findByTestId('error-export-reportLanguage-error');
    expect(message.textContent).toContain('That language cannot be chosen.');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toContain('export-reportLanguage-error');
    await waitFor(() => expect(select.value).toBe('app'));
    expect(screen.getByTestId('preview-pain').textContent).toContain('Average 4.0');
  });
});
