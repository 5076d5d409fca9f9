import { describe, expect, it } from 'vitest';
import type { Dose } from './bindings/Dose';
import type { Exercise } from './bindings/Exercise';
import type { Suggestion } from './bindings/Suggestion';
import {
  doseWords,
  durationWords,
  historyDecision,
  illustrationFile,
  levelMove,
  minutesWords,
  routineSeconds,
  routineSummary,
  sessionSummary,
  suggestionText,
} from './program';

const reps = (sets: number, count: number, perSide = false): Dose => ({
  sets,
  perSide,
  restSeconds: 30,
  effort: { kind: 'reps', count, secondsPerRep: 3 },
});
const hold = (sets: number, seconds: number, perSide = false): Dose => ({
  sets,
  perSide,
  restSeconds: 15,
  effort: { kind: 'hold', seconds },
});

describe('dose wording', () => {
  it('says sets and repetitions the way a person would', () => {
    expect(doseWords(reps(2, 10))).toBe('2 sets of 10');
    expect(doseWords(reps(1, 8))).toBe('1 set of 8');
    expect(doseWords(reps(3, 8, true))).toBe('3 sets of 8, each side');
  });

  it('says holds in seconds and minutes', () => {
    expect(doseWords(hold(1, 30, true))).toBe('Hold 30 seconds, each side');
    expect(doseWords(hold(3, 20))).toBe('3 holds of 20 seconds');
    expect(doseWords(hold(1, 90))).toBe('Hold 1 minute 30 seconds');
  });

  it('writes durations without "0 seconds" tails', () => {
    expect(durationWords(60)).toBe('1 minute');
    expect(durationWords(120)).toBe('2 minutes');
    expect(durationWords(1)).toBe('1 second');
    expect(durationWords(0)).toBe('0 seconds');
  });
});

describe('routine totals', () => {
  const exercise = (seconds: number) => ({ estimatedSeconds: seconds }) as Exercise;

  it('uses the catalog estimate, and the sum of exercises when there is none', () => {
    expect(routineSeconds({ exercises: [exercise(60)], estimatedSeconds: 700 })).toBe(700);
    expect(routineSeconds({ exercises: [exercise(60), exercise(150)], estimatedSeconds: 0 })).toBe(210);
  });

  it('rounds to whole minutes, never below one', () => {
    expect(minutesWords(20)).toBe('About 1 minute');
    expect(minutesWords(150)).toBe('About 3 minutes');
    expect(routineSummary({ exercises: [exercise(300), exercise(420)], estimatedSeconds: 720 })).toBe(
      '2 exercises, about 12 minutes in all',
    );
  });
});

describe('suggestion and history wording', () => {
  it("shows the app's own message, which Rust words from the pain rule", () => {
    const suggestion: Suggestion = {
      familyId: 'squat',
      familyName: 'Squat',
      direction: 'step_back',
      fromLevel: 'standard',
      toLevel: 'modified',
      message: ' Pain during the exercises reached 7 out of 10. For you, up to 5 is fine. ',
      reason: { kind: 'stepBack', reason: { kind: 'aboveCeiling', during: 7, ceiling: 5 } },
    };
    expect(suggestionText(suggestion)).toBe('Pain during the exercises reached 7 out of 10. For you, up to 5 is fine.');
  });

  it('words level moves and decisions without blame', () => {
    expect(levelMove('standard', 'modified')).toBe('Standard to Easier');
    expect(levelMove('modified', null)).toBe('Easier, done gently');
    expect(historyDecision({ decided: 'declined', direction: 'step_back' })).toContain('Not now');
    expect(historyDecision({ decided: 'accepted', direction: 'manual' })).toBe('You changed this yourself.');
  });
});

describe('session summary', () => {
  it('counts part of a session as a session', () => {
    expect(sessionSummary(5, 8)).toBe('You did 5 of 8 exercises. That counts.');
    expect(sessionSummary(4, 4)).toBe('You did all 4 exercises. Well done.');
    expect(sessionSummary(0, 4)).not.toMatch(/fail|broke|missed/i);
  });
});

it('finds the illustration file name from the catalog path', () => {
  expect(illustrationFile({ illustration: 'illustrations/glute-bridge.svg' })).toBe('glute-bridge.svg');
});
