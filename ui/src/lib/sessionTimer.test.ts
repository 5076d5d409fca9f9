import { describe, expect, it } from 'vitest';
import {
  afterStep,
  clockText,
  elapsed,
  isDone,
  isRunning,
  isTypingTarget,
  newTimer,
  pauseTimer,
  placeWords,
  remaining,
  secondsLeft,
  startTimer,
  toggleTimer,
} from './sessionTimer';

describe('the countdown', () => {
  it('counts down only while running', () => {
    let timer = newTimer(30_000);
    expect(remaining(timer, 5_000)).toBe(30_000);
    timer = startTimer(timer, 1_000);
    expect(isRunning(timer)).toBe(true);
    expect(secondsLeft(timer, 11_000)).toBe(20);
    expect(secondsLeft(timer, 11_001)).toBe(20);
    expect(secondsLeft(timer, 11_999)).toBe(20);
    expect(secondsLeft(timer, 12_000)).toBe(19);
  });

  it('keeps the time left across a pause', () => {
    let timer = startTimer(newTimer(10_000), 0);
    timer = pauseTimer(timer, 4_000);
    expect(isRunning(timer)).toBe(false);
    expect(remaining(timer, 60_000)).toBe(6_000);
    timer = startTimer(timer, 100_000);
    expect(remaining(timer, 103_000)).toBe(3_000);
    expect(isDone(timer, 105_999)).toBe(false);
    expect(isDone(timer, 106_000)).toBe(true);
  });

  it('never runs past zero, and a finished timer does not start again', () => {
    let timer = startTimer(newTimer(1_000), 0);
    expect(elapsed(timer, 50_000)).toBe(1_000);
    expect(secondsLeft(timer, 50_000)).toBe(0);
    timer = pauseTimer(timer, 50_000);
    expect(startTimer(timer, 60_000)).toBe(timer);
  });

  it('toggles between running and paused', () => {
    let timer = toggleTimer(newTimer(5_000), 0);
    expect(isRunning(timer)).toBe(true);
    timer = toggleTimer(timer, 2_000);
    expect(isRunning(timer)).toBe(false);
    expect(remaining(timer, 9_000)).toBe(3_000);
  });

  it('shows minutes and seconds', () => {
    expect(clockText(30)).toBe('0:30');
    expect(clockText(65)).toBe('1:05');
    expect(clockText(-3)).toBe('0:00');
  });
});

describe('sets and sides', () => {
  const both = { sets: 2, perSide: true, restSeconds: 30 };
  const plain = { sets: 3, perSide: false, restSeconds: 20 };

  it('goes left side, right side, then rests before the next set', () => {
    expect(afterStep(both, { set: 0, side: 0 })).toEqual({ kind: 'side', place: { set: 0, side: 1 }, setsDone: 0 });
    expect(afterStep(both, { set: 0, side: 1 })).toEqual({
      kind: 'rest',
      place: { set: 1, side: 0 },
      setsDone: 1,
      restSeconds: 30,
    });
    expect(afterStep(both, { set: 1, side: 1 })).toEqual({ kind: 'done', setsDone: 2 });
  });

  it('rests between sets but not after the last one', () => {
    expect(afterStep(plain, { set: 1, side: 0 })).toMatchObject({ kind: 'rest', setsDone: 2 });
    expect(afterStep(plain, { set: 2, side: 0 })).toEqual({ kind: 'done', setsDone: 3 });
  });

  it('names the place in plain words', () => {
    expect(placeWords(both, { set: 1, side: 1 })).toBe('Set 2 of 2, right side');
    expect(placeWords(plain, { set: 0, side: 0 })).toBe('Set 1 of 3');
  });
});

it('leaves keys alone inside fields and on buttons', () => {
  expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
  expect(isTypingTarget({ tagName: 'textarea' })).toBe(true);
  expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(true);
  expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  expect(isTypingTarget({ tagName: 'BODY' })).toBe(false);
  expect(isTypingTarget(null)).toBe(false);
});
