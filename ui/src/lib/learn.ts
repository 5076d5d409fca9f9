// Plain words for Learn and the warning-signs check: read marks, sources, answers and what
// each outcome of a check means. Wording follows ../shared/CLINICAL.md: never a diagnosis and
// never a promise that symptoms are harmless.
import type { Answer } from './bindings/Answer';
import type { Outcome } from './bindings/Outcome';
import type { Urgency } from './bindings/Urgency';
import { longDay, timeOf } from './dates';

export type AnswerValue = Answer;

export const ANSWER_CHOICES: { value: AnswerValue; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not_sure', label: 'Not sure' },
];

export function answerLabel(answer: AnswerValue): string {
  return ANSWER_CHOICES.find((c) => c.value === answer)?.label ?? answer;
}

/** "3 minute read" */
export function readingTime(minutes: number): string {
  return `${minutes} minute read`;
}

/** The read mark's words; an icon beside it is decoration only. */
export function readMark(read: boolean): string {
  return read ? 'Read' : 'Not read yet';
}

/** "Last checked Monday 24 November 2026" */
export function reviewedWords(day: string): string {
  return `Last checked ${longDay(day)}`;
}

/** "NICE, 2016" style line under a source title. */
export function sourceLine(source: { publisher: string; year: number }): string {
  return `${source.publisher}, ${source.year}`;
}

/** Emergency questions first, then same-day ones; each group keeps its given order. */
export function questionsInOrder<Q extends { urgency: Urgency }>(questions: readonly Q[]): Q[] {
  return [...questions.filter((q) => q.urgency === 'emergency'), ...questions.filter((q) => q.urgency !== 'emergency')];
}

export type OutcomeWords = {
  /** The result's heading. */
  heading: string;
  /** What to do, one sentence a line. */
  steps: string[];
  /** The outcome in a few words, for the list of past checks. */
  short: string;
};

export function outcomeWords(outcome: Outcome): OutcomeWords {
  switch (outcome) {
    case 'emergency':
      return {
        heading: 'Get help now',
        steps: [
          'Call 911 or go to the nearest emergency room now. Outside the US, call your local emergency number, such as 999 in the UK or 112 in Europe.',
          'Do not wait to see if it gets better.',
          'If you can, take someone with you.',
        ],
        short: 'Get help now',
      };
    case 'same_day':
      return {
        heading: 'Get medical advice today',
        steps: [
          "Call your primary care doctor's office today.",
          'If the office is closed, call a nurse advice line or go to urgent care. In the UK, call NHS 111.',
          'If you get worse while you wait, or a new warning sign starts, get help now.',
        ],
        short: 'Get medical advice today',
      };
    default:
      return {
        heading: 'None of the warning signs you were asked about',
        steps: ['This does not rule out every problem. If you feel worse or are worried, get medical advice.'],
        short: 'None of the warning signs asked about',
      };
  }
}

/** When a check was taken: "Monday 2 March 2026 at 08:30", from its own wall clock. */
export function takenWords(check: { day: string; takenAt: string }): string {
  const time = timeOf(check.takenAt);
  return time ? `${longDay(check.day)} at ${time}` : longDay(check.day);
}

/** Ids of the questions with no answer yet, in the order given. */
export function unanswered(questionIds: readonly string[], answers: Record<string, AnswerValue | ''>): string[] {
  return questionIds.filter((id) => !answers[id]);
}
