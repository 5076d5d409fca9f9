// Plain words for Learn and the warning-signs check: read marks, sources, answers and what
// each outcome of a check means. Wording follows ../shared/CLINICAL.md: never a diagnosis and
// never a promise that symptoms are harmless.
import type { Answer } from './bindings/Answer';
import type { Outcome } from './bindings/Outcome';
import type { Urgency } from './bindings/Urgency';
import { longDay, timeOf } from './dates';
import { formatClock, intlTag, t } from './i18n.svelte';

export type AnswerValue = Answer;

const ANSWER_KEYS: Record<AnswerValue, string> = {
  yes: 'redFlags.answer.yes',
  no: 'redFlags.answer.no',
  not_sure: 'redFlags.answer.notSure',
};

/** The answers in the order offered; each label is read in the window's language when shown. */
export const ANSWER_CHOICES: { value: AnswerValue; readonly label: string }[] = (['yes', 'no', 'not_sure'] as const).map((value) => ({
  value,
  get label() {
    return t(ANSWER_KEYS[value]);
  },
}));

export function answerLabel(answer: AnswerValue): string {
  return ANSWER_CHOICES.find((c) => c.value === answer)?.label ?? answer;
}

/** "3 minute read" */
export function readingTime(minutes: number): string {
  return t('learn.readingTime', { minutes });
}

/** The read mark's words; an icon beside it is decoration only. */
export function readMark(read: boolean): string {
  return read ? t('learn.read') : t('learn.notRead');
}

/** "Last checked Monday, November 24, 2026" */
export function reviewedWords(day: string): string {
  return t('learn.reviewed', { day: longDay(day, intlTag()) });
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
        heading: t('redFlags.outcome.emergency.heading'),
        steps: [t('redFlags.outcome.emergency.step1'), t('redFlags.outcome.emergency.step2'), t('redFlags.outcome.emergency.step3')],
        short: t('redFlags.outcome.emergency.heading'),
      };
    case 'same_day':
      return {
        heading: t('redFlags.outcome.sameDay.heading'),
        steps: [t('redFlags.outcome.sameDay.step1'), t('redFlags.outcome.sameDay.step2'), t('redFlags.outcome.sameDay.step3')],
        short: t('redFlags.outcome.sameDay.heading'),
      };
    default:
      return {
        heading: t('redFlags.outcome.none.heading'),
        steps: [t('redFlags.outcome.none.step1')],
        short: t('redFlags.outcome.none.short'),
      };
  }
}

/** When a check was taken: "Monday, March 2, 2026 at 8:30 AM", from its own wall clock. */
export function takenWords(check: { day: string; takenAt: string }): string {
  const day = longDay(check.day, intlTag());
  const time = timeOf(check.takenAt);
  if (!time) return day;
  // The hour on a 12-hour clock, for languages whose words change with it ("a la 1", "a las 2").
  const hour = ((Number(time.slice(0, 2)) + 11) % 12) + 1;
  return t('redFlags.taken', { day, time: formatClock(time), hour: String(hour) });
}

/** Ids of the questions with no answer yet, in the order given. */
export function unanswered(questionIds: readonly string[], answers: Record<string, AnswerValue | ''>): string[] {
  return questionIds.filter((id) => !answers[id]);
}
