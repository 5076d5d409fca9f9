// The guided session as a pure state machine: the stage (pain before, the exercises, pain and
// effort after, the summary), where the person is in the routine (exercise, set, side), the
// rep count, the hold and rest countdowns, and the words to announce. `transition` gives the
// next state and the effects the player must carry out (save a set's progress, beep); it reads
// no clock and calls nothing, so time arrives in events as milliseconds (`at`).
//
// Invariant: an event that does not fit the state (a key before the exercises began, Next
// while paused, going past the last exercise) gives back the very same state object and no
// effects, so the player can send every click and key press without checking first.
import type { Exercise } from './bindings/Exercise';
import type { ExerciseProgressDraft } from './bindings/ExerciseProgressDraft';
import { t } from './i18n.svelte';
import {
  afterStep,
  isDone,
  isRunning,
  newTimer,
  pauseTimer,
  placeWords,
  startTimer,
  toggleTimer,
  type Place,
  type PlanShape,
  type Timer,
} from './sessionTimer';

export type Stage = 'before' | 'exercise' | 'after' | 'summary';

/** One exercise's saved progress: whole sets finished, and whether it counts as done. */
export type ExerciseDone = { setsDone: number; completed: boolean };

export type SessionState = {
  readonly stage: Stage;
  readonly exercises: readonly Exercise[];
  /** The exercise on screen, from 0; always a valid index once the exercises have begun. */
  readonly index: number;
  readonly place: Place;
  /** By exercise id, for the exercises with at least one saved set or side. */
  readonly done: Readonly<Record<string, ExerciseDone>>;
  /** Repetitions counted for the current set (reps exercises only). */
  readonly reps: number;
  /** The current set's countdown for a hold exercise; null for reps. */
  readonly hold: Timer | null;
  /** The rest before the next set, while it lasts. */
  readonly rest: Timer | null;
  readonly paused: boolean;
  /** What the status line says to screen readers. */
  readonly announcement: string;
};

export type SessionEvent =
  /** The backend has opened the session: show the first exercise. */
  | { type: 'begin' }
  | { type: 'goTo'; index: number }
  | { type: 'addRep' }
  | { type: 'removeRep' }
  /** The person finished the current side or set ("Set done", "Mark done", a hold ran out). */
  | { type: 'stepDone'; at: number }
  | { type: 'toggleTimer'; at: number }
  | { type: 'skipRest' }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  /** The clock moved on: a rest or hold may have run out. */
  | { type: 'tick'; at: number }
  /** "Stop early" or "I am done": on to pain and effort after. */
  | { type: 'stop'; at: number }
  /** The backend has saved pain and effort after: show the summary. */
  | { type: 'finish' };

export type SessionEffect =
  /** Save this exercise's progress now (after every finished set, so nothing is lost). */
  | { kind: 'saveProgress'; progress: ExerciseProgressDraft }
  /** A rest or hold ran out: beep, if the person asked for sound. */
  | { kind: 'timerEnded' };

export type SessionStep = { state: SessionState; effects: SessionEffect[] };

/** A session before it begins: the pain-before question. */
export function newSession(exercises: readonly Exercise[]): SessionState {
  return {
    stage: 'before',
    exercises,
    index: 0,
    place: { set: 0, side: 0 },
    done: {},
    reps: 0,
    hold: null,
    rest: null,
    paused: false,
    announcement: '',
  };
}

export function currentExercise(state: SessionState): Exercise | undefined {
  return state.exercises[state.index];
}

export function shapeOf(exercise: Exercise): PlanShape {
  return { sets: exercise.dose.sets, perSide: exercise.dose.perSide, restSeconds: exercise.dose.restSeconds };
}

/** Exercises with at least one set or side done, for the summary. */
export function doneCount(state: SessionState): number {
  return Object.values(state.done).filter((d) => d.setsDone > 0).length;
}

export type KeyPress = { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean };

/**
 * The player's keys during the exercises: Space starts or pauses the timer, the arrow keys go to
 * the previous or next exercise (not while paused). Null for any other key, with a modifier, or
 * in another stage; the caller then leaves the key to the browser.
 */
export function keyEvent(state: SessionState, press: KeyPress, at: number): SessionEvent | null {
  if (state.stage !== 'exercise' || press.ctrlKey || press.altKey || press.metaKey) return null;
  if (press.key === ' ') return { type: 'toggleTimer', at };
  if (state.paused) return null;
  if (press.key === 'ArrowRight') return { type: 'goTo', index: state.index + 1 };
  if (press.key === 'ArrowLeft') return { type: 'goTo', index: state.index - 1 };
  return null;
}

const unchanged = (state: SessionState): SessionStep => ({ state, effects: [] });
const changed = (state: SessionState, effects: SessionEffect[] = []): SessionStep => ({ state, effects });

/** A fresh set of `exercise` at the state's place: no reps counted, no rest, a full hold. */
function freshStep(state: SessionState, exercise: Exercise): SessionState {
  const effort = exercise.dose.effort;
  return { ...state, reps: 0, rest: null, hold: effort.kind === 'hold' ? newTimer(effort.seconds * 1000) : null };
}

/** Shows exercise `index` at its first unfinished set; the same state if there is none such. */
function enter(state: SessionState, index: number): SessionState {
  const exercise = state.exercises[index];
  if (!exercise) return state;
  const setsDone = state.done[exercise.id]?.setsDone ?? 0;
  const place: Place = { set: Math.min(setsDone, exercise.dose.sets - 1), side: 0 };
  return {
    ...freshStep({ ...state, index, place }, exercise),
    announcement: t('session.announce.exercise', { number: index + 1, total: state.exercises.length, name: exercise.name }),
  };
}

/** Leaves the exercises for the pain-after form; a running hold keeps the time it had. */
function leaveExercises(state: SessionState, at: number): SessionState {
  return { ...state, stage: 'after', rest: null, hold: state.hold ? pauseTimer(state.hold, at) : null };
}

function stepDone(state: SessionState, at: number): SessionStep {
  const exercise = currentExercise(state);
  if (!exercise) return unchanged(state);
  const shape = shapeOf(exercise);
  const effort = exercise.dose.effort;
  const next = afterStep(shape, state.place);
  if (next.kind === 'side') {
    const otherSide = freshStep({ ...state, place: next.place }, exercise);
    return changed({ ...otherSide, announcement: t('session.announce.rightSide', { place: placeWords(shape, next.place) }) });
  }

  // Without counting, a set counts as the full dose.
  const amount = effort.kind === 'reps' ? (state.reps > 0 ? state.reps : effort.count) : effort.seconds;
  const completed = next.kind === 'done';
  const save: SessionEffect = {
    kind: 'saveProgress',
    progress: {
      exerciseId: exercise.id,
      setsDone: next.setsDone,
      completed,
      ...(effort.kind === 'reps' ? { repsDone: amount } : { secondsDone: amount }),
    },
  };
  const recorded: SessionState = { ...state, done: { ...state.done, [exercise.id]: { setsDone: next.setsDone, completed } } };

  if (next.kind === 'rest') {
    const resting = freshStep({ ...recorded, place: next.place }, exercise);
    return changed(
      {
        ...resting,
        rest: startTimer(newTimer(next.restSeconds * 1000), at),
        announcement: t('session.announce.rest', { seconds: next.restSeconds }),
      },
      [save],
    );
  }
  const following = state.exercises[state.index + 1];
  if (following) {
    return changed({ ...enter(recorded, state.index + 1), announcement: t('session.announce.next', { name: exercise.name, next: following.name }) }, [save]);
  }
  return changed({ ...leaveExercises(recorded, at), announcement: t('session.announce.last') }, [save]);
}

function tick(state: SessionState, at: number): SessionStep {
  if (state.rest && isDone(state.rest, at)) {
    const exercise = currentExercise(state);
    const where = exercise ? placeWords(shapeOf(exercise), state.place) : '';
    return changed({ ...state, rest: null, announcement: t('session.announce.restOver', { place: where }) }, [{ kind: 'timerEnded' }]);
  }
  if (state.hold && isRunning(state.hold) && isDone(state.hold, at)) {
    const step = stepDone(state, at);
    return changed(step.state, [{ kind: 'timerEnded' }, ...step.effects]);
  }
  return unchanged(state);
}

export function transition(state: SessionState, event: SessionEvent): SessionStep {
  switch (state.stage) {
    case 'before':
      return event.type === 'begin' ? changed(enter({ ...state, stage: 'exercise' }, 0)) : unchanged(state);
    case 'after':
      return event.type === 'finish' ? changed({ ...state, stage: 'summary' }) : unchanged(state);
    case 'summary':
      return unchanged(state);
    case 'exercise':
      return duringExercises(state, event);
  }
}

function duringExercises(state: SessionState, event: SessionEvent): SessionStep {
  // Stopping is the one thing a paused session still allows.
  if (event.type === 'stop') return changed(leaveExercises(state, event.at));
  if (event.type === 'resume') {
    if (!state.paused) return unchanged(state);
    return changed({
      ...state,
      paused: false,
      rest: state.rest ? startTimer(state.rest, event.at) : null,
      announcement: t('session.announce.resumed'),
    });
  }
  if (state.paused) return unchanged(state);

  switch (event.type) {
    case 'pause':
      return changed({
        ...state,
        paused: true,
        rest: state.rest ? pauseTimer(state.rest, event.at) : null,
        hold: state.hold ? pauseTimer(state.hold, event.at) : null,
        announcement: t('session.announce.paused'),
      });
    case 'goTo': {
      const next = enter(state, event.index);
      return next === state ? unchanged(state) : changed(next);
    }
    case 'addRep':
      return state.hold ? unchanged(state) : changed({ ...state, reps: state.reps + 1 });
    case 'removeRep':
      return state.hold || state.reps === 0 ? unchanged(state) : changed({ ...state, reps: state.reps - 1 });
    case 'stepDone':
      return stepDone(state, event.at);
    case 'toggleTimer':
      if (state.rest) return changed({ ...state, rest: toggleTimer(state.rest, event.at) });
      if (state.hold) return changed({ ...state, hold: toggleTimer(state.hold, event.at) });
      return unchanged(state);
    case 'skipRest':
      return state.rest ? changed({ ...state, rest: null }) : unchanged(state);
    case 'tick':
      return tick(state, event.at);
    case 'begin':
    case 'finish':
      return unchanged(state);
  }
}
