// Restoring against mocked IPC: "replace" is never sent without the second "yes".
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import RestoreBackup from './RestoreBackup.svelte';

type Call = { cmd: string; args: Record<string, unknown> };

afterEach(() => clearMocks());

function record(answer: (cmd: string) => unknown): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
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

  it('says plainly that a refused backup changed nothing', async () => {
    mockIPC(() => {
      throw { kind: 'validation', message: 'This backup was cut short.', fields: [] };
    });
    render(RestoreBackup);
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a backup to restore…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This backup was cut short.');
    expect(screen.getByText('Your diary was not changed.')).toBeTruthy();
  });
});
