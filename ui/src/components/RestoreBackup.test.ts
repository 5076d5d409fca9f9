// Restoring against mocked IPC: "replace" is never sent without the second "yes", and the window
// takes the restored diary's language and look at once.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { appearance } from '$lib/appearance.svelte';
import type { Appearance } from '$lib/bindings/Appearance';
import type { Language } from '$lib/bindings/Language';
import type { LanguageView } from '$lib/bindings/LanguageView';
import { i18n } from '$lib/i18n.svelte';
import RestoreBackup from './RestoreBackup.svelte';

type Call = { cmd: string; args: Record<string, unknown> };

const PLAIN_LOOK: Appearance = { theme: 'light', textSize: 100 };

function languageView(inUse: Language): LanguageView {
  return { settings: { language: inUse, reportLanguage: 'app' }, inUse, report: inUse, system: 'en' };
}

/** The diary's settings as the window asks for them after a restore. */
function diarySettings(cmd: string, look: Appearance, language: Language): unknown {
  if (cmd === 'get_appearance') return look;
  if (cmd === 'get_language') return languageView(language);
  return undefined;
}

afterEach(() => {
  clearMocks();
  i18n.set('en');
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.style.fontSize = '';
});

/** Records the restore calls; the settings the window reads afterwards are answered, not recorded. */
function record(answer: (cmd: string) => unknown): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    const setting = diarySettings(cmd, PLAIN_LOOK, 'en');
    if (setting !== undefined) return setting;
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    return answer(cmd);
  });
  return calls;
}

describe('restoring a backup', () => {
  it('adds what is missing straight away, and says how much was new', async () => {
    const calls = record(() => ({ added: 3, alreadyPresent: 10, keptCopy: null }));
    render(RestoreBackup);
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup to restore…' }));
    await waitFor(() => expect(screen.getByText(/3 items were added; 10 were already/)).toBeTruthy());
    expect(calls).toEqual([{ cmd: 'restore_backup', args: { replace: false } }]);
  });

  it('asks before replacing, and sends nothing when the person cancels', async () => {
    const calls = record(() => ({ added: 5, alreadyPresent: 0, keptCopy: '/data/backtrack.db.before-restore.bak' }));
    render(RestoreBackup);
    await fireEvent.click(screen.getByLabelText(/Replace my diary with the backup/));
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup to restore…' }));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    expect(calls).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup to restore…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, replace my diary' }));
    await waitFor(() => expect(screen.getByText(/kept as/)).toBeTruthy());
    expect(calls).toEqual([{ cmd: 'restore_backup', args: { replace: true } }]);
  });

  it('takes the restored diary\'s language and look at once', async () => {
    const asked: string[] = [];
    mockIPC((cmd) => {
      asked.push(cmd);
      const setting = diarySettings(cmd, { theme: 'dark', textSize: 150 }, 'es');
      if (setting !== undefined) return setting;
      return { added: 0, alreadyPresent: 0, keptCopy: '/data/backtrack.db.before-restore.bak', conflicts: [] };
    });
    render(RestoreBackup);
    await fireEvent.click(screen.getByLabelText(/Replace my diary with the backup/));
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup to restore…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, replace my diary' }));
    await waitFor(() => expect(i18n.locale).toBe('es'));
    expect(document.documentElement.lang).toBe('es-US');
    expect(appearance.chosen).toEqual({ theme: 'dark', textSize: 150 });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.style.fontSize).toBe('150%');
    // The result itself is now worded in Spanish.
    await waitFor(() => expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Restaurar una copia de seguridad'));
    expect(asked).toEqual(['restore_backup', 'get_appearance', 'get_language']);
  });

  it('keeps the window\'s language and look when a restore is refused', async () => {
    const asked: string[] = [];
    mockIPC((cmd) => {
      asked.push(cmd);
      throw { kind: 'validation', message: 'This backup was cut short.', fields: [] };
    });
    render(RestoreBackup);
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup to restore…' }));
    await screen.findByRole('alert');
    expect(asked).toEqual(['restore_backup']);
    expect(i18n.locale).toBe('en');
  });

  it('says plainly that a refused backup changed nothing', async () => {
    mockIPC(() => {
      throw { kind: 'validation', message: 'This backup was cut short.', fields: [] };
    });
    render(RestoreBackup);
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup to restore…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This backup was cut short.');
    expect(screen.getByText('Your diary was not changed.')).toBeTruthy();
  });

  it('lists each record that differs from this device, with a count, as an accessible list', async () => {
    const conflicts = [
      {
        record: 'pain entry',
        id: '00000000-0000-4000-8000-000000000e01',
        day: '2026-03-02',
        message: "A pain entry from 2026-03-02 (id 00000000-0000-4000-8000-000000000e01) differs from the one on this device; this device's copy was kept.",
      },
      {
        record: 'exercise session',
        id: '00000000-0000-4000-8000-000000000501',
        day: '2026-03-03',
        message: "An exercise session from 2026-03-03 (id 00000000-0000-4000-8000-000000000501) differs from the one on this device; this device's copy was kept.",
      },
    ];
    record(() => ({ added: 0, alreadyPresent: 40, keptCopy: null, conflicts }));
    render(RestoreBackup);
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup to restore…' }));
    const list = await screen.findByRole('list', { name: '2 records in the backup differ from the ones on this device' });
    const items = list.querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toBe(conflicts[0]?.message);
    expect(screen.getByText(/0 items were added; 40 were already/)).toBeTruthy();
  });

  it('shows no conflict list when every record matched', async () => {
    record(() => ({ added: 2, alreadyPresent: 3, keptCopy: null, conflicts: [] }));
    render(RestoreBackup);
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup to restore…' }));
    await waitFor(() => expect(screen.getByText(/2 items were added/)).toBeTruthy());
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('asks for an encrypted backup\'s passphrase, keeps asking when it is wrong, and restores with the right one', async () => {
    const calls = record((cmd) => {
      if (cmd === 'restore_backup') {
        throw { kind: 'validation', message: 'x', fields: [{ field: 'backupPassphrase', message: 'This backup is encrypted. Type its passphrase to restore it.' }] };
      }
      if (calls.at(-1)?.args.passphrase !== 'right one') {
        throw { kind: 'validation', message: 'x', fields: [{ field: 'backupPassphrase', message: "The backup's passphrase is not right. Nothing was restored." }] };
      }
      return { added: 2, alreadyPresent: 0, keptCopy: null };
    });
    render(RestoreBackup);
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup to restore…' }));
    const field = await screen.findByLabelText(/This backup is encrypted/);
    expect(screen.getByText(/Type its passphrase to restore it/)).toBeTruthy();
    await fireEvent.input(field, { target: { value: 'wrong one' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.getByText(/passphrase is not right/)).toBeTruthy());
    await fireEvent.input(screen.getByLabelText(/This backup is encrypted/), { target: { value: 'right one' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.getByText(/2 items were added/)).toBeTruthy());
    expect(screen.queryByLabelText(/This backup is encrypted/)).toBeNull();
    expect(calls.map((c) => c.cmd)).toEqual(['restore_backup', 'restore_held_backup', 'restore_held_backup']);
    expect(calls[2]?.args).toEqual({ passphrase: 'right one', replace: false });
  });
});
