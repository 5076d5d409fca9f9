import { describe, expect, it } from 'vitest';
import {
  firstDayOfMonth,
  isMissingPage,
  monthChoice,
  monthLabel,
  monthOfPage,
  pageAnnouncement,
  pageStatus,
  partWords,
  totalsWords,
} from './historyPages';

describe('History page words', () => {
  it('counts pages from 1 for people', () => {
    expect(pageStatus(0, 147)).toBe('Page 1 of 147');
    expect(pageStatus(146, 147)).toBe('Page 147 of 147');
  });

  it('gives totals in plain words, singular for one', () => {
    expect(totalsWords(14612, 3653, 'en-GB')).toBe('14,612 entries on 3,653 days');
    expect(totalsWords(1, 1, 'en-GB')).toBe('1 entry on 1 day');
  });

  it('names months and their choices', () => {
    expect(monthLabel('2020-03', 'en-GB')).toBe('March 2020');
    expect(monthLabel('not a month', 'en-GB')).toBe('not a month');
    expect(monthChoice({ month: '2026-02', days: 28, entries: 1, firstPage: 3 }, 'en-GB')).toBe('February 2026 (1 entry)');
  });

  it('finds the month of a page and the day a jump lands on', () => {
    const days = [{ day: '2026-03-02' }, { day: '2026-03-01' }, { day: '2026-02-28' }, { day: '2026-02-27' }];
    expect(monthOfPage(days)).toBe('2026-03');
    expect(monthOfPage([])).toBeNull();
    expect(firstDayOfMonth(days, '2026-02')).toBe('2026-02-28');
    expect(firstDayOfMonth(days, '2026-01')).toBeNull();
    expect(firstDayOfMonth([{ day: '2026-12-01' }], '2026-1')).toBeNull();
  });

  it('says which part of a busy day a page shows', () => {
    expect(partWords({ day: '2026-03-09', first: 101, last: 1130, of: 1130 }, 'en-GB')).toBe('entries 101 to 1,130 of 1,130 that day');
  });

  it('announces the page and the days it covers, oldest to newest', () => {
    const days = [{ day: '2026-03-02' }, { day: '2026-02-27' }];
    // ICU versions differ on the comma after the weekday in en-GB.
    expect(pageAnnouncement(1, 5, days, 'en-GB')).toMatch(/^Page 2 of 5, from Friday,? 27 February 2026 to Monday,? 2 March 2026\.$/);
    expect(pageAnnouncement(0, 2, [{ day: '2026-03-02' }], 'en-GB')).toMatch(/^Page 1 of 2, Monday,? 2 March 2026\.$/);
    expect(pageAnnouncement(0, 1, [], 'en-GB')).toBe('Page 1 of 1. No entries on this page.');
  });

  it('tells a missing page apart from other errors', () => {
    expect(isMissingPage({ kind: 'validation', message: 'x', fields: [{ field: 'page', message: 'No such page' }] })).toBe(true);
    expect(isMissingPage({ kind: 'validation', message: 'x', fields: [{ field: 'from', message: 'Bad date' }] })).toBe(false);
    expect(isMissingPage({ kind: 'storage', message: 'x' })).toBe(false);
  });
});
