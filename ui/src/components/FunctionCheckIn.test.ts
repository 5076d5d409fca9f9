// The weekly check-in card on Today against mocked IPC: it invites, takes "not now", asks for
// each activity's rating, and shows a refused rating beside its own box.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import FunctionCheckIn from './FunctionCheckIn.svelte';

const walk = { id: 'a1', name: 'Walk to the shops', createdAt: '2026-03-01T09:00:00.000Z', retiredAt: null };
const sit = { id: 'a2', name: 'Sit through a movie', createdAt: '2026-03-01T09:01:00.000Z', retiredAt: null };
const week = '2026-03-16';

function status(over: Record<string, unknown> = {}) {
  return { week, activities: [walk, sit], ratedThisWeek: [], due: true, invite: false, ...over };
}

afterEach(() => clearMocks());

describe('the weekly check-in card', () => {
  it('invites the person to name activities, and "Not now" puts the invitation aside', async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === 'get_function_check_in') return status({ activities: [], due: false, invite: true });
      if (cmd === 'put_aside_function_invite') return status({ activities: [], due: false, invite: false });
      if (cmd === 'list_function_activities' || cmd === 'list_function_ratings') return [];
      return null;
    });
    render(FunctionCheckIn);
    expect(await screen.findByRole('heading', { name: 'What does pain make hard?' })).toBeTruthy();
    expect(await screen.findByLabelText(/Name something pain makes hard/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByTestId('check-in-card')).toBeNull());
    expect(calls).toContain('put_aside_function_invite');
    expect(screen.getByText('Manage your weekly activities')).toBeTruthy();
  });

  it('sends a rating for each filled box and says it is done', async () => {
    let sent: unknown = null;
    let done = false;
    mockIPC((cmd, args) => {
      if (cmd === 'get_function_check_in') return done ? status({ due: false, ratedThisWeek: ['a1', 'a2'] }) : status();
      if (cmd === 'record_function_check_in') {
        sent = (args as { ratings: unknown }).ratings;
        done = true;
        return [{ id: 'r1' }, { id: 'r2' }];
      }
      return [];
    });
    render(FunctionCheckIn);
    await fireEvent.input(await screen.findByLabelText('Walk to the shops'), { target: { value: '4' } });
    await fireEvent.input(screen.getByLabelText('Sit through a movie'), { target: { value: '6' } });
    await fireEvent.click(screen.getByRole('button', { name: "Save this week's ratings" }));
    await waitFor(() => expect(screen.getByTestId('check-in-status').textContent).toContain('Saved 2 ratings'));
    expect(sent).toEqual([
      { activityId: 'a1', score: 4 },
      { activityId: 'a2', score: 6 },
    ]);
    await waitFor(() => expect(screen.getByTestId('check-in-status').textContent).toContain("This week's check-in is done."));
    expect(screen.queryByTestId('check-in-card')).toBeNull();
  });

  it('shows a refused rating beside its own box and keeps the form', async () => {
    mockIPC((cmd) => {
      if (cmd === 'get_function_check_in') return status();
      if (cmd === 'record_function_check_in') {
        throw {
          kind: 'validation',
          message: 'Please fix the highlighted answer.',
          fields: [{ field: 'ratings.1.score', message: 'A rating must be a whole number from 0 to 10.' }],
        };
      }
      return [];
    });
    render(FunctionCheckIn);
    await fireEvent.input(await screen.findByLabelText('Walk to the shops'), { target: { value: '4' } });
    await fireEvent.input(screen.getByLabelText('Sit through a movie'), { target: { value: '7.5' } });
    await fireEvent.click(screen.getByRole('button', { name: "Save this week's ratings" }));
    const message = await screen.findByTestId('error-check-in-a2-error');
    expect(message.textContent).toContain('whole number');
    expect(screen.getByLabelText('Sit through a movie').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Walk to the shops').getAttribute('aria-invalid')).toBeNull();
  });
});
