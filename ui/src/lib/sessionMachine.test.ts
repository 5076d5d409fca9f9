import { describe, expect, it } from 'vitest';
import type { Exercise } from './bindings/Exercise';
import type { Effort } from './bindings/Effort';
import {
  currentExercise,
  doneCount,
  keyEvent,
  newSession,
  transition,
  type SessionEffect,
  type SessionEvent,
  type SessionState,
} from './sessionMachine';
import { isRunning, remaining, secondsLeft } from './sessionTimer';

function exercise(id: string, name: string, effort: Effort, sets: number, perSide = false, restSeconds = 30): Exercise {
  return {
    id,
    family: id.split('.')[0] ?? id,
    level: 'standard',
    name,
    steps: ['One', 'Two', 'Three'],
    muscles: ['gluteus_maximus'],
    dose: { sets, effort, perSide, restSeconds },
    feel: 'Your buttocks working.',
    stopIf: ['Sharp pain'],
    illustration: 'illustrations/x.svg',
    position: 'floor',
    bed: null,
    avoidIf: [],
    care: null,
    estimatedSeconds: 120,
  };
}

const bridge = exercise('glute-bridge.standard', 'Glute bridge', { kind: 'reps', count: 10, secondsPerRep: 3 }, 2);
const clam = exercise('clamshell.standard', 'Clamshell', { kind: 'reps', count: 12, secondsPerRep: 2 }, 2, true, 20);
const plank = exercise('side-plank.standard', 'Side plank', { kind: 'hold', seconds: 20 }, 2, false, 15);

/** Sends the events in order and gives the last state with every effect on the way. */
function run(state: SessionState, ...events: SessionEvent[]) {
  const effects: SessionEffect[] = [];
  for (const event of events) {
    const step = transition(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const begun = (...exercises: Exercise[]) => transition(newSession(exercises), { type: 'begin' }).state;

describe('before the exercises', () => {
  it('starts at the pain-before question with nothing done', () => {
    const state = newSession([bridge, plank]);
    expect(state.stage).toBe('before');
    expect(state.done).toEqual({});
    expect(state.announcement).toBe('');
  });

  it('begins at the first exercise, announced', () => {
    const state = begun(bridge, plank);
    expect(state.stage).toBe('exercise');
    expect(state.index).toBe(0);
    expect(state.place).toEqual({ set: 0, side: 0 });
    expect(state.announcement).toBe('Exercise 1 of 2: Glute bridge.');
    expect(state.hold, 'a reps exercise has no countdown').toBeNull();
  });

  it('gives a hold exercise a full countdown that waits to be started', () => {
    const state = begun(plank);
    expect(state.hold).not.toBeNull();
    expect(isRunning(state.hold!)).toBe(false);
    expect(remaining(state.hold!, 0)).toBe(20_000);
  });

  it('ignores every other event until it begins', () => {
    const state = newSession([bridge]);
    const events: SessionEvent[] = [
      { type: 'goTo', index: 0 },
      { type: 'addRep' },
      { type: 'removeRep' },
      { type: 'stepDone', at: 0 },
      { type: 'toggleTimer', at: 0 },
      { type: 'skipRest' },
      { type: 'pause', at: 0 },
      { type: 'resume', at: 0 },
      { type: 'tick', at: 0 },
      { type: 'stop', at: 0 },
      { type: 'finish' },
    ];
    for (const event of events) {
      const step = transition(state, event);
      expect(step.state, `${event.type} before the session began`).toBe(state);
      expect(step.effects).toEqual([]);
    }
  });
});

describe('moving between exercises', () => {
  it('goes to the next and the previous exercise', () => {
    let state = begun(bridge, plank);
    state = transition(state, { type: 'goTo', index: 1 }).state;
    expect(currentExercise(state)?.name).toBe('Side plank');
    expect(state.announcement).toBe('Exercise 2 of 2: Side plank.');
    state = transition(state, { type: 'goTo', index: 0 }).state;
    expect(currentExercise(state)?.name).toBe('Glute bridge');
  });

  it('stays put past either end', () => {
    const state = begun(bridge, plank);
    expect(transition(state, { type: 'goTo', index: -1 }).state).toBe(state);
    expect(transition(state, { type: 'goTo', index: 2 }).state).toBe(state);
  });

  it('comes back to an exercise at its first unfinished set, with the count reset', () => {
    const { state } = run(begun(bridge, plank), { type: 'addRep' }, { type: 'stepDone', at: 0 }, { type: 'goTo', index: 1 }, { type: 'goTo', index: 0 });
    expect(state.place).toEqual({ set: 1, side: 0 });
    expect(state.reps).toBe(0);
    expect(state.rest, 'the rest is left behind with the exercise').toBeNull();
  });

  it('shows a finished exercise at its last set', () => {
    const { state } = run(
      begun(bridge, plank),
      { type: 'stepDone', at: 0 },
      { type: 'skipRest' },
      { type: 'stepDone', at: 1 },
      { type: 'goTo', index: 0 },
    );
    expect(state.done[bridge.id]).toEqual({ setsDone: 2, completed: true });
    expect(state.place).toEqual({ set: 1, side: 0 });
  });
});

describe('counting repetitions', () => {
  it('counts up and down, never below zero', () => {
    let state = begun(bridge);
    state = run(state, { type: 'addRep' }, { type: 'addRep' }).state;
    expect(state.reps).toBe(2);
    state = run(state, { type: 'removeRep' }, { type: 'removeRep' }).state;
    expect(state.reps).toBe(0);
    expect(transition(state, { type: 'removeRep' }).state, 'nothing to take away at zero').toBe(state);
  });

  it('has no count for a hold exercise', () => {
    const state = begun(plank);
    expect(transition(state, { type: 'addRep' }).state).toBe(state);
    expect(transition(state, { type: 'removeRep' }).state).toBe(state);
  });
});

describe('finishing sets', () => {
  it('saves the counted repetitions and starts the rest before the next set', () => {
    const { state, effects } = run(begun(bridge, plank), { type: 'addRep' }, { type: 'addRep' }, { type: 'addRep' }, { type: 'stepDone', at: 1_000 });
    expect(effects).toEqual([
      { kind: 'saveProgress', progress: { exerciseId: bridge.id, setsDone: 1, completed: false, repsDone: 3 } },
    ]);
    expect(state.place).toEqual({ set: 1, side: 0 });
    expect(state.reps).toBe(0);
    expect(state.rest && isRunning(state.rest)).toBe(true);
    expect(secondsLeft(state.rest!, 1_000)).toBe(30);
    expect(state.announcement).toBe('Set done. Rest for 30 seconds.');
    expect(doneCount(state)).toBe(1);
  });

  it('counts a set without counting as the full dose', () => {
    const { effects } = run(begun(bridge), { type: 'stepDone', at: 0 });
    expect(effects).toEqual([
      { kind: 'saveProgress', progress: { exerciseId: bridge.id, setsDone: 1, completed: false, repsDone: 10 } },
    ]);
  });

  it('saves a hold as its seconds', () => {
    const { effects } = run(begun(plank), { type: 'stepDone', at: 0 });
    expect(effects).toEqual([
      { kind: 'saveProgress', progress: { exerciseId: plank.id, setsDone: 1, completed: false, secondsDone: 20 } },
    ]);
  });

  it('goes from the left side to the right one without saving or resting', () => {
    const { state, effects } = run(begun(clam), { type: 'addRep' }, { type: 'stepDone', at: 0 });
    expect(effects, 'half a set is not saved').toEqual([]);
    expect(state.place).toEqual({ set: 0, side: 1 });
    expect(state.reps).toBe(0);
    expect(state.rest).toBeNull();
    expect(state.announcement).toBe('Now the right side. Set 1 of 2, right side.');
    expect(doneCount(state)).toBe(0);
  });

  it('moves on to the next exercise after the last set, saving it as completed', () => {
    const { state, effects } = run(begun(bridge, plank), { type: 'stepDone', at: 0 }, { type: 'skipRest' }, { type: 'stepDone', at: 1 });
    expect(effects.at(-1)).toEqual({
      kind: 'saveProgress',
      progress: { exerciseId: bridge.id, setsDone: 2, completed: true, repsDone: 10 },
    });
    expect(state.index).toBe(1);
    expect(state.place).toEqual({ set: 0, side: 0 });
    expect(state.announcement).toBe('Glute bridge done. Next: Side plank.');
  });

  it('goes on to pain and effort after the last set of the last exercise', () => {
    const { state } = run(begun(plank), { type: 'stepDone', at: 0 }, { type: 'skipRest' }, { type: 'stepDone', at: 1 });
    expect(state.stage).toBe('after');
    expect(state.announcement).toBe('That was the last exercise.');
    expect(doneCount(state)).toBe(1);
  });

  it('skips a rest, and ignores a skip with no rest', () => {
    const resting = run(begun(bridge), { type: 'stepDone', at: 0 }).state;
    expect(transition(resting, { type: 'skipRest' }).state.rest).toBeNull();
    const idle = begun(bridge);
    expect(transition(idle, { type: 'skipRest' }).state).toBe(idle);
  });
});

describe('the timers', () => {
  it('starts and pauses the hold with the timer key', () => {
    let state = begun(plank);
    state = transition(state, { type: 'toggleTimer', at: 0 }).state;
    expect(isRunning(state.hold!)).toBe(true);
    state = transition(state, { type: 'toggleTimer', at: 5_000 }).state;
    expect(isRunning(state.hold!)).toBe(false);
    expect(remaining(state.hold!, 60_000)).toBe(15_000);
  });

  it('pauses and restarts the rest rather than the hold while resting', () => {
    let state = run(begun(plank), { type: 'stepDone', at: 0 }).state;
    state = transition(state, { type: 'toggleTimer', at: 1_000 }).state;
    expect(isRunning(state.rest!)).toBe(false);
    expect(isRunning(state.hold!), 'the next hold waits').toBe(false);
  });

  it('does nothing with the timer key on a reps exercise', () => {
    const state = begun(bridge);
    expect(transition(state, { type: 'toggleTimer', at: 0 }).state).toBe(state);
  });

  it('ends a rest when its time is up, with a beep and the place announced', () => {
    const resting = run(begun(bridge), { type: 'stepDone', at: 0 }).state;
    expect(transition(resting, { type: 'tick', at: 29_999 }).state, 'not yet').toBe(resting);
    const { state, effects } = transition(resting, { type: 'tick', at: 30_000 });
    expect(state.rest).toBeNull();
    expect(effects).toEqual([{ kind: 'timerEnded' }]);
    expect(state.announcement).toBe('Rest over. Set 2 of 2');
  });

  it('finishes the set when a running hold runs out', () => {
    const holding = transition(begun(plank), { type: 'toggleTimer', at: 0 }).state;
    const { state, effects } = transition(holding, { type: 'tick', at: 20_000 });
    expect(effects).toEqual([
      { kind: 'timerEnded' },
      { kind: 'saveProgress', progress: { exerciseId: plank.id, setsDone: 1, completed: false, secondsDone: 20 } },
    ]);
    expect(state.rest && isRunning(state.rest)).toBe(true);
  });

  it('lets a hold that was never started sit at its full time', () => {
    const state = begun(plank);
    expect(transition(state, { type: 'tick', at: 999_999 }).state).toBe(state);
  });
});

describe('pausing', () => {
  it('pauses both timers and announces it', () => {
    const resting = run(begun(plank), { type: 'stepDone', at: 0 }).state;
    const { state } = transition(resting, { type: 'pause', at: 5_000 });
    expect(state.paused).toBe(true);
    expect(isRunning(state.rest!)).toBe(false);
    expect(remaining(state.rest!, 100_000)).toBe(10_000);
    expect(state.announcement).toBe('Session paused.');
  });

  it('resumes the rest, not the hold, and announces it', () => {
    const holding = transition(begun(plank), { type: 'toggleTimer', at: 0 }).state;
    let state = transition(holding, { type: 'pause', at: 1_000 }).state;
    state = transition(state, { type: 'resume', at: 2_000 }).state;
    expect(state.paused).toBe(false);
    expect(isRunning(state.hold!), 'the person starts the hold again themselves').toBe(false);
    expect(state.announcement).toBe('Session resumed.');

    const resting = run(begun(plank), { type: 'stepDone', at: 0 }, { type: 'pause', at: 1_000 }, { type: 'resume', at: 50_000 }).state;
    expect(isRunning(resting.rest!)).toBe(true);
    expect(secondsLeft(resting.rest!, 50_000)).toBe(14);
  });

  it('ignores everything but resume and stop while paused', () => {
    const paused = transition(begun(plank, bridge), { type: 'pause', at: 0 }).state;
    const ignored: SessionEvent[] = [
      { type: 'goTo', index: 1 },
      { type: 'stepDone', at: 0 },
      { type: 'toggleTimer', at: 0 },
      { type: 'skipRest' },
      { type: 'pause', at: 0 },
      { type: 'tick', at: 999_999 },
      { type: 'begin' },
      { type: 'finish' },
    ];
    for (const event of ignored) {
      expect(transition(paused, event).state, `${event.type} while paused`).toBe(paused);
    }
    expect(transition(paused, { type: 'stop', at: 0 }).state.stage).toBe('after');
  });

  it('ignores resume when not paused', () => {
    const state = begun(bridge);
    expect(transition(state, { type: 'resume', at: 0 }).state).toBe(state);
  });
});

describe('stopping early and the end', () => {
  it('stops early for pain and effort after, keeping what was done', () => {
    const holding = run(begun(plank, bridge), { type: 'toggleTimer', at: 0 }).state;
    const { state, effects } = transition(holding, { type: 'stop', at: 4_000 });
    expect(state.stage).toBe('after');
    expect(effects, 'nothing new to save').toEqual([]);
    expect(state.rest).toBeNull();
    expect(isRunning(state.hold!)).toBe(false);
    expect(remaining(state.hold!, 100_000)).toBe(16_000);
  });

  it('shows the summary once pain and effort after are saved, and then takes no more events', () => {
    const after = transition(begun(bridge), { type: 'stop', at: 0 }).state;
    expect(transition(after, { type: 'goTo', index: 0 }).state, 'the exercises are over').toBe(after);
    const summary = transition(after, { type: 'finish' }).state;
    expect(summary.stage).toBe('summary');
    for (const event of [{ type: 'begin' }, { type: 'finish' }, { type: 'stop', at: 0 }] as SessionEvent[]) {
      expect(transition(summary, event).state).toBe(summary);
    }
  });

  it('ignores begin once the exercises are under way', () => {
    const state = begun(bridge);
    expect(transition(state, { type: 'begin' }).state).toBe(state);
    expect(transition(state, { type: 'finish' }).state).toBe(state);
  });
});

describe('the keys', () => {
  it('maps Space to the timer and the arrows to the exercises', () => {
    const state = begun(bridge, plank);
    expect(keyEvent(state, { key: ' ' }, 7)).toEqual({ type: 'toggleTimer', at: 7 });
    expect(keyEvent(state, { key: 'ArrowRight' }, 0)).toEqual({ type: 'goTo', index: 1 });
    expect(keyEvent(state, { key: 'ArrowLeft' }, 0)).toEqual({ type: 'goTo', index: -1 });
    expect(keyEvent(state, { key: 'Enter' }, 0)).toBeNull();
  });

  it('leaves keys with a modifier, and keys in other stages, to the browser', () => {
    const state = begun(bridge, plank);
    expect(keyEvent(state, { key: 'ArrowRight', ctrlKey: true }, 0)).toBeNull();
    expect(keyEvent(state, { key: ' ', altKey: true }, 0)).toBeNull();
    expect(keyEvent(state, { key: ' ', metaKey: true }, 0)).toBeNull();
    expect(keyEvent(newSession([bridge]), { key: ' ' }, 0)).toBeNull();
  });

  it('keeps Space but not the arrows while paused', () => {
    const paused = transition(begun(bridge, plank), { type: 'pause', at: 0 }).state;
    expect(keyEvent(paused, { key: ' ' }, 0)).toEqual({ type: 'toggleTimer', at: 0 });
    expect(keyEvent(paused, { key: 'ArrowRight' }, 0)).toBeNull();
  });
});
