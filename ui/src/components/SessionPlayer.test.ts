// The session player against mocked IPC: the stage components and the session machine wired
// together, from pain before to the summary, with each finished set saved at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { Exercise } from '$lib/bindings/Exercise';
import { clock } from '$lib/clock.svelte';
import SessionPlayer from './SessionPlayer.svelte';

function exercise(id: string, name: string): Exercise {
  return {
    id,
    family: id.split('.')[0] ?? id,
    level: 'standard',
    name,
    steps: ['Lie on your back.', 'Lift your hips.', 'Lower slowly.'],
    muscles: ['gluteus_maximus'],
    dose: { sets: 2, effort: { kind: 'reps', count: 10, secondsPerRep: 3 }, perSide: false, restSeconds: 30 },
    feel: 'Your buttocks working.',
    stopIf: ['Sharp pain'],
    illustration: 'illustrations/glute-bridge.svg',
    position: 'floor',
    bed: null,
    avoidIf: [],
    care: null,
    estimatedSeconds: 120,
  };
}

const routine = {
  gentle: true,
  exercises: [exercise('glute-bridge.standard', 'Glute bridge'), exercise('bird-dog.standard', 'Bird dog')],
  estimatedSeconds: 240,
  leftOut: [],
  stopSigns: ['Pain, pressure or tightness in your chest', 'Feeling faint, dizzy or light-headed'],
  stopAdvice: 'Stop and rest. Call 911 if chest pain does not go away within a few minutes.',
};

type Call = { cmd: string; args: Record<string, unknown> };
let calls: Call[];
let rejectFinish: unknown;

beforeEach(() => {
  clock.set({ today: '2026-03-02', nowLocal: '2026-03-02T08:30' });
  calls = [];
  rejectFinish = null;
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    switch (cmd) {
      case 'list_pain_days':
        return [];
      case 'start_session':
      case 'record_exercise_progress':
        return { id: 's-1' };
      case 'finish_session':
        if (rejectFinish) throw rejectFinish;
        return { id: 's-1' };
      case 'get_program':
        return { suggestions: [] };
      default:
        throw { kind: 'storage', message: `unexpected command ${cmd}` };
    }
  });
});

afterEach(() => clearMocks());

async function begin() {
  render(SessionPlayer, { routine, onClose: vi.fn() });
  await fireEvent.click(screen.getByTestId('pain-before-2'));
  await fireEvent.click(screen.getByTestId('player-begin'));
  await waitFor(() => expect(screen.getByTestId('player-exercise-name').textContent).toBe('Glute bridge'));
}

describe('the session player', () => {
  it('shows the signs that stop any session before it starts and beside every exercise', async () => {
    render(SessionPlayer, { routine, onClose: vi.fn() });
    const before = screen.getByTestId('stop-signs');
    expect(before.textContent).toContain('tightness in your chest');
    expect(before.textContent).toContain('Call 911');
    await fireEvent.click(screen.getByTestId('player-begin'));
    await waitFor(() => expect(screen.getByTestId('player-exercise-name').textContent).toBe('Glute bridge'));
    expect(screen.getByTestId('stop-signs').textContent).toContain('Feeling faint');
  });

  it('starts with the pain before, saves a finished set and rests', async () => {
    await begin();
    expect(calls.find((c) => c.cmd === 'start_session')?.args).toEqual({ gentle: true, painBefore: 2 });
    expect(document.activeElement, 'focus moves to the exercise heading').toBe(screen.getByTestId('player-exercise-name'));
    await fireEvent.click(screen.getByTestId('reps-plus'));
    await fireEvent.click(screen.getByTestId('set-done'));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'record_exercise_progress')).toBe(true));
    expect(calls.find((c) => c.cmd === 'record_exercise_progress')?.args).toEqual({
      sessionId: 's-1',
      progress: { exerciseId: 'glute-bridge.standard', setsDone: 1, completed: false, repsDone: 1 },
    });
    expect(screen.getByTestId('rest-time').textContent).toMatch(/^0:(30|29)$/);
    expect(screen.getByTestId('player-status').textContent).toBe('Set done. Rest for 30 seconds.');
  });

  it('moves between exercises with the arrow keys, but not while paused', async () => {
    await begin();
    (document.activeElement as HTMLElement | null)?.blur();
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(screen.getByTestId('player-count').textContent).toBe('Exercise 2 of 2');
    await fireEvent.click(screen.getByTestId('player-pause'));
    expect(screen.getByTestId('player-paused')).toBeTruthy();
    (document.activeElement as HTMLElement | null)?.blur();
    await fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(screen.getByTestId('player-count').textContent, 'a paused session stays where it is').toBe('Exercise 2 of 2');
  });

  it('stops early, shows a field error beside its field, then the summary', async () => {
    await begin();
    await fireEvent.click(screen.getByTestId('set-done'));
    await fireEvent.click(screen.getByTestId('player-stop'));
    await screen.findByTestId('player-after');
    rejectFinish = { kind: 'validation', message: 'Please check.', fields: [{ field: 'effort', message: 'Effort is 0 to 10.' }] };
    await fireEvent.click(screen.getByTestId('player-finish'));
    await waitFor(() => expect(document.getElementById('effort-error')?.textContent).toContain('Effort is 0 to 10.'));
    rejectFinish = null;
    await fireEvent.click(screen.getByTestId('player-finish'));
    expect((await screen.findByTestId('player-summary-text')).textContent).toBe('You did 1 of 2 exercises. That counts.');
  });
});
