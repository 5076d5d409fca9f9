// The activities list against mocked IPC: add (with a refusal beside the name), rate, retire
// and correct a rating.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import FunctionActivities from './FunctionActivities.svelte';

type Activity = { id: string; name: string; createdAt: string; retiredAt: string | null };
type Rating = { id: string; activityId: string; day: string; ratedAt: string; score: number };

function backend(activities: Activity[], ratings: Rating[]) {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    switch (cmd) {
      case 'list_function_activities':
        return activities;
      case 'list_function_ratings':
        return ratings;
      case 'add_function_activity': {
        const name = (args as { draft: { name: string } }).draft.name.trim();
        if (name === '') {
          throw { kind: 'validation', message: 'Please fix the highlighted answer.', fields: [{ field: 'name', message: 'Name an activity.' }] };
        }
        const added = { id: `a${activities.length + 1}`, name, createdAt: '2026-03-16T09:00:00.000Z', retiredAt: null };
        activities.push(added);
        return added;
      }
      case 'add_function_rating': {
        const draft = (args as { draft: { activityId: string; score: number } }).draft;
        const saved = { id: 'r9', activityId: draft.activityId, day: '2026-03-18', ratedAt: '2026-03-18T12:00:00+00:00', score: draft.score };
        ratings.push(saved);
        return saved;
      }
      case 'update_function_rating': {
        const { id, change } = args as { id: string; change: { score: number } };
        const found = ratings.find((r) => r.id === id);
        if (found) found.score = change.score;
        return found;
      }
      case 'retire_function_activity': {
        const found = activities.find((a) => a.id === (args as { id: string }).id);
        if (found) found.retiredAt = '2026-03-18T12:00:00.000Z';
        return found;
      }
    }
    return null;
  });
  return calls;
}

afterEach(() => clearMocks());

describe('the weekly activities list', () => {
  it('refuses an empty name beside the field and adds a named one', async () => {
    backend([], []);
    render(FunctionActivities);
    const name = await screen.findByLabelText(/Name something pain makes hard/);
    await fireEvent.click(screen.getByRole('button', { name: 'Add activity' }));
    expect((await screen.findByTestId('error-activities-add-name-error')).textContent).toContain('Name an activity.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await fireEvent.input(name, { target: { value: 'Lift my grandson' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add activity' }));
    expect(await screen.findByRole('heading', { name: 'Lift my grandson' })).toBeTruthy();
    expect(screen.getByTestId('activities-status').textContent).toContain('Added');
  });

  it('rates an activity and lists the rating in its table', async () => {
    const calls = backend([{ id: 'a1', name: 'Walk', createdAt: '2026-03-01T09:00:00.000Z', retiredAt: null }], []);
    render(FunctionActivities);
    await fireEvent.input(await screen.findByLabelText('How well can you do it now? (0-10)'), { target: { value: '5' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save rating for Walk' }));
    await waitFor(() => expect(screen.getByTestId('activities-score-r9').textContent).toBe('5'));
    expect(calls.find((c) => c.cmd === 'add_function_rating')?.args).toEqual({ draft: { activityId: 'a1', score: 5 } });
  });

  it('corrects a rating and keeps a retired activity with its ratings', async () => {
    const activities = [{ id: 'a1', name: 'Walk', createdAt: '2026-03-01T09:00:00.000Z', retiredAt: null }];
    const ratings = [{ id: 'r1', activityId: 'a1', day: '2026-03-16', ratedAt: '2026-03-16T20:00:00+00:00', score: 3 }];
    const calls = backend(activities, ratings);
    render(FunctionActivities);
    await fireEvent.click(await screen.findByTestId('activities-edit-open-r1'));
    const score = screen.getByTestId('activities-edit-score');
    expect((screen.getByTestId('activities-edit-ratedAt') as HTMLInputElement).value).toBe('2026-03-16T20:00');
    await fireEvent.input(score, { target: { value: '6' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save change' }));
    await waitFor(() => expect(screen.getByTestId('activities-score-r1').textContent).toBe('6'));
    expect(calls.find((c) => c.cmd === 'update_function_rating')?.args).toEqual({ id: 'r1', change: { score: 6, ratedAt: '2026-03-16T20:00' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Retire Walk' }));
    expect(await screen.findByRole('heading', { name: 'Retired activities' })).toBeTruthy();
    expect(screen.getByTestId('activities-score-r1').textContent).toBe('6');
  });
});
