// Settings against mocked IPC: choosing a language saves it and redraws the screen in that
// language at once, and the report's language is saved on its own.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { LanguageSettings } from '$lib/bindings/LanguageSettings';
import type { LanguageView } from '$lib/bindings/LanguageView';
import { i18n } from '$lib/i18n.svelte';
import SettingsScreen from './SettingsScreen.svelte';

/** A diary that keeps the language choices it is given, on a device set to English. */
function mockDiary(sent: unknown[], refuse?: (settings: LanguageSettings) => boolean) {
  let settings: LanguageSettings = { language: 'system', reportLanguage: 'app' };
  const view = (): LanguageView => {
    const inUse = settings.language === 'system' ? 'en' : settings.language;
    return { settings, inUse, report: settings.reportLanguage === 'app' ? inUse : settings.reportLanguage, system: 'en' };
  };
  mockIPC((cmd, args) => {
    if (cmd === 'get_start_at_login') return false;
    if (cmd === 'get_language') return view();
    if (cmd === 'set_language') {
      sent.push([cmd, args]);
      const next = (args as { settings: LanguageSettings }).settings;
      if (refuse?.(next)) {
        throw { kind: 'validation', message: 'x', fields: [{ field: 'reportLanguage', message: 'Choose a language BackTrack knows.' }] };
      }
      settings = next;
      return view();
    }
    throw new Error(`unexpected ${cmd}`);
  });
}

afterEach(() => {
  clearMocks();
  i18n.set('en');
});

describe('the language settings', () => {
  it('come first, and switch the screen to Spanish at once when Español is chosen', async () => {
    const sent: unknown[] = [];
    mockDiary(sent);
    render(SettingsScreen, { dataDir: '/home/ana/.local/share/backtrack' });
    const spanish = await screen.findByTestId('settings-language-es');
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe('Language');
    expect((screen.getByTestId('settings-language-system') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Your device is set to English.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings');

    await fireEvent.click(spanish);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ajustes'));
    expect(sent).toEqual([['set_language', { settings: { language: 'es', reportLanguage: 'app' } }]]);
    expect((screen.getByTestId('settings-language-es') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('BackTrack ahora está en español.');
    expect(document.documentElement.lang).toBe('es-US');
  });

  it('saves the report\'s language on its own, and shows a refusal beside it', async () => {
    const sent: unknown[] = [];
    mockDiary(sent, (settings) => settings.reportLanguage === 'en');
    render(SettingsScreen, { dataDir: '/tmp/backtrack' });
    await fireEvent.click(await screen.findByTestId('settings-report-language-es'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your report will be in Spanish.'));
    expect(sent).toEqual([['set_language', { settings: { language: 'system', reportLanguage: 'es' } }]]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings');

    await fireEvent.click(screen.getByTestId('settings-report-language-en'));
    const message = await screen.findByTestId('error-settings-reportLanguage-error');
    expect(message.textContent).toContain('Choose a language BackTrack knows.');
    expect((screen.getByTestId('settings-report-language-es') as HTMLInputElement).checked).toBe(true);
  });
});

describe('the look settings', () => {
  it('show a refused theme beside its choices and keep the one that was saved', async () => {
    mockIPC((cmd) => {
      if (cmd === 'get_start_at_login') return false;
      if (cmd === 'get_language') return { settings: { language: 'system', reportLanguage: 'app' }, inUse: 'en', report: 'en', system: 'en' };
      if (cmd === 'set_appearance') {
        throw { kind: 'validation', message: 'x', fields: [{ field: 'theme', message: 'That theme could not be saved.' }] };
      }
      throw new Error(`unexpected ${cmd}`);
    });
    render(SettingsScreen, { dataDir: '/tmp/backtrack' });
    const kept = (await screen.findByTestId('settings-theme-system')) as HTMLInputElement;
    expect(kept.checked).toBe(true);
    await fireEvent.click(screen.getByTestId('settings-theme-dark'));
    const message = await screen.findByTestId('error-settings-theme-error');
    expect(message.textContent).toContain('That theme could not be saved.');
    await waitFor(() => expect(kept.checked).toBe(true));
    expect((screen.getByTestId('settings-theme-dark') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('group', { name: 'Colors' }).getAttribute('aria-describedby')).toBe('settings-theme-error');
  });
});
