// The first-run reminder offer against mocked IPC: nothing is set up until the person chooses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import ReminderOffer from './ReminderOffer.svelte';

const view = { rules: [], offerDefaults: false, recent: [] };

afterEach(() => clearMocks());

describe('the reminder offer', () => {
  it('sets up the suggested reminders only when accepted', async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      return view;
    });
    const onDone = vi.fn();
    render(ReminderOffer, { onDone });
    expect(calls).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Use these reminders' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(view, true));
    expect(calls).toEqual(['accept_default_reminders']);
  });

  it('declines without adding anything', async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      return view;
    });
    const onDone = vi.fn();
    render(ReminderOffer, { onDone });
    await fireEvent.click(screen.getByRole('button', { name: 'No thanks' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(view, false));
    expect(calls).toEqual(['dismiss_default_reminders']);
  });

  it('shows a failure in words and stays open', async () => {
    mockIPC(() => {
      throw { kind: 'storage', message: 'The disk is full.' };
    });
    const onDone = vi.fn();
    render(ReminderOffer, { onDone });
    await fireEvent.click(screen.getByRole('button', { name: 'Use these reminders' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The disk is full.');
    expect(onDone).not.toHaveBeenCalled();
  });
});
