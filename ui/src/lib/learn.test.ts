import { describe, expect, it } from 'vitest';
import { answerLabel, outcomeWords, questionsInOrder, readMark, readingTime, sourceLine, takenWords, unanswered } from './learn';

describe('outcome wording', () => {
  it('tells a person with an emergency sign to get help now, and how', () => {
    const words = outcomeWords('emergency');
    expect(words.heading).toBe('Get help now');
    expect(words.steps[0]).toMatch(/^Call 911/);
    expect(words.steps[0], 'other countries come after 911').toMatch(/999 in the UK or 112 in Europe/);
    expect(words.steps).toContain('Do not wait to see if it gets better.');
    expect(words.steps).toContain('If you can, take someone with you.');
  });

  it('sends same-day signs to medical advice today', () => {
    const words = outcomeWords('same_day');
    expect(words.heading).toBe('Get medical advice today');
    expect(words.steps.join(' ')).toMatch(/primary care doctor/);
    expect(words.steps.join(' ')).toMatch(/nurse advice line or go to urgent care/);
    expect(words.steps.join(' '), 'to an American, surgery is an operation').not.toMatch(/surgery|GP/);
  });

  it('never calls symptoms harmless when nothing was flagged', () => {
    const words = outcomeWords('none_flagged');
    expect(words.heading).toBe('None of the warning signs you were asked about');
    expect(words.steps.join(' ')).toMatch(/does not rule out every problem/);
    for (const outcome of ['emergency', 'same_day', 'none_flagged'] as const) {
      const all = [outcomeWords(outcome).heading, outcomeWords(outcome).short, ...outcomeWords(outcome).steps].join(' ');
      expect(all).not.toMatch(/harmless|nothing to worry|you are fine|safe|normal/i);
    }
  });
});

describe('the check form', () => {
  it('puts emergency questions first and keeps each group in order', () => {
    const ordered = questionsInOrder([
      { id: 'a', urgency: 'same_day' as const },
      { id: 'b', urgency: 'emergency' as const },
      { id: 'c', urgency: 'same_day' as const },
      { id: 'd', urgency: 'emergency' as const },
    ]);
    expect(ordered.map((q) => q.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('lists the questions not answered yet', () => {
    expect(unanswered(['a', 'b', 'c'], { a: 'yes', b: '' })).toEqual(['b', 'c']);
  });

  it('names answers in plain words', () => {
    expect(answerLabel('not_sure')).toBe('Not sure');
    expect(answerLabel('yes')).toBe('Yes');
  });
});

describe('article words', () => {
  it('shows reading time, read marks and sources plainly', () => {
    expect(readingTime(3)).toBe('3 minute read');
    expect(readMark(true)).toBe('Read');
    expect(readMark(false)).toBe('Not read yet');
    expect(sourceLine({ publisher: 'NICE', year: 2016 })).toBe('NICE, 2016');
  });

  it('dates a past check from its own wall clock', () => {
    expect(takenWords({ day: '2026-03-02', takenAt: '2026-03-02T08:30:00+01:00' })).toMatch(/2026 at 8:30\sAM$/);
  });
});
