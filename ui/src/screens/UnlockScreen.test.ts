// The unlock screen against mocked IPC: a wrong passphrase is shown beside its field, the right
// one unlocks, and the recovery code path checks the new passphrase twice before sending it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import UnlockScreen from './UnlockScreen.svelte';

afterEach(() => clearMocks());

describe('the unlock screen', () => {
  it('shows a wrong passphrase beside its field, and unlocks with the right one', async () => {
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      sent.push([cmd, args]);
      if ((args as { passphrase?: string }).passphrase !== 'the right one') {
        throw { kind: 'validation', message: 'x', fields: [{ field: 'passphrase', message: 'That passphrase is not right. Nothing was changed.' }] };
      }
      return null;
    });
    const onUnlocked = vi.fn();
    render(UnlockScreen, { onUnlocked });
    const field = screen.getByLabelText('Passphrase');
    await fireEvent.input(field, { target: { value: 'a guess' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(screen.getByText(/That passphrase is not right/)).toBeTruthy());
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onUnlocked).not.toHaveBeenCalled();
    await fireEvent.input(field, { target: { value: 'the right one' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([
      ['unlock_diary', { passphrase: 'a guess' }],
      ['unlock_diary', { passphrase: 'the right one' }],
    ]);
  });

  it('resets a forgotten passphrase with the recovery code, once the new one is typed the same twice', async () => {
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      sent.push([cmd, args]);
      return null;
    });
    const onUnlocked = vi.fn();
    render(UnlockScreen, { onUnlocked });
    await fireEvent.click(screen.getByRole('button', { name: 'I forgot my passphrase' }));
    await fireEvent.input(screen.getByLabelText('Recovery code'), { target: { value: 'ABCD-EFGH' } });
    await fireEvent.input(screen.getByLabelText('New passphrase'), { target: { value: 'new passphrase' } });
    await fireEvent.input(screen.getByLabelText('New passphrase again'), { target: { value: 'new passphrasx' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByText('The two new passphrases are not the same.')).toBeTruthy();
    expect(sent).toEqual([]);
    await fireEvent.input(screen.getByLabelText('New passphrase again'), { target: { value: 'new passphrase' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([['reset_passphrase', { recoveryCode: 'ABCD-EFGH', newPassphrase: 'new passphrase' }]]);
  });
});
