// Learn and the warning-signs check against mocked IPC: the same component tree as the app.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import App from '../App.svelte';

type Call = { cmd: string; args: Record<string, unknown> };

const status = {
  ready: true,
  problem: null,
  dataDir: '/tmp/diary',
  timeZone: 'Europe/London',
  today: '2026-03-02',
  nowLocal: '2026-03-02T08:30',
  version: '0.1.0',
};

const summary = (slug: string, title: string) => ({
  slug,
  title,
  summary: `About ${title}.`,
  readingMinutes: 3,
  relatedExercises: ['glute-bridge'],
  lastReviewed: '2026-03-01',
  read: false,
});

const articles = [summary('back-and-buttocks-link', 'Your back and buttocks'), summary('piriformis-and-leg-pain', 'The piriformis')];

const questions = [
  { id: 'fever_unwell', urgency: 'same_day', text: 'Do you have a fever?', hint: null },
  { id: 'saddle_numbness', urgency: 'emergency', text: 'Is the saddle area numb?', hint: 'Between your legs.' },
];

let calls: Call[];

beforeEach(() => {
  calls = [];
  mockIPC((cmd, args) => {
    const given = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: given });
    switch (cmd) {
      case 'app_status':
        return status;
      case 'list_articles':
        return articles;
      case 'search_articles':
        return given.query === 'piriformis' ? [{ ...articles[1], snippet: '…the piriformis is deep…' }] : [];
      case 'get_article': {
        const found = articles.find((a) => a.slug === given.slug);
        if (!found) throw { kind: 'not_found', message: 'No such article.' };
        return {
          ...found,
          html: '<p>See <a href="#article/piriformis-and-leg-pain" data-article="piriformis-and-leg-pain">the piriformis</a>.</p>',
          sources: [{ title: 'Low back pain', publisher: 'NICE', year: 2016, url: 'https://www.nice.org.uk/guidance/ng59' }],
          relatedExerciseNames: [{ familyId: 'glute-bridge', name: 'Glute bridge' }],
        };
      }
      case 'set_article_read':
        return { ...articles.find((a) => a.slug === given.slug), read: given.read };
      case 'red_flag_questions':
        return questions;
      case 'list_red_flag_checks':
        return [];
      case 'submit_red_flag_check': {
        const answers = given.answers as { questionId: string; answer: string }[];
        if (answers.length !== questions.length) throw { kind: 'validation', message: 'Check', fields: [{ field: 'answers', message: 'Answer every question.' }] };
        const yes = answers.some((a) => a.questionId === 'saddle_numbness' && a.answer === 'yes');
        return {
          id: 'c1',
          takenAt: '2026-03-02T08:30:00+00:00',
          day: '2026-03-02',
          outcome: yes ? 'emergency' : 'none_flagged',
          answers,
          positives: yes ? [{ id: 'saddle_numbness', urgency: 'emergency', text: 'Is the saddle area numb?' }] : [],
        };
      }
      case 'list_medications':
      case 'list_pain_days':
        return [];
      default:
        throw { kind: 'storage', message: `unexpected command ${cmd}` };
    }
  });
});

afterEach(() => {
  clearMocks();
});

async function openLearn() {
  render(App);
  await waitFor(() => expect(document.querySelector('[data-ready="true"]')).not.toBeNull());
  await fireEvent.click(screen.getByTestId('nav-learn'));
  await screen.findAllByTestId('article-item');
}

describe('Learn', () => {
  it('lists articles with a read mark in words', async () => {
    await openLearn();
    const items = screen.getAllByTestId('article-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByTestId('read-mark').textContent?.trim()).toBe('Not read yet');
  });

  it('searches after typing pauses and shows snippets or an empty state', async () => {
    await openLearn();
    const box = screen.getByLabelText('Search the articles');
    await fireEvent.input(box, { target: { value: 'piriformis' } });
    const hit = await screen.findByTestId('search-hit');
    expect(within(hit).getByTestId('search-snippet').textContent).toContain('piriformis');
    expect(calls.filter((c) => c.cmd === 'search_articles')).toHaveLength(1);
    await fireEvent.input(box, { target: { value: 'nothing' } });
    expect((await screen.findByTestId('search-empty')).textContent).toMatch(/^No articles match/);
  });

  it('opens an article, follows an in-article link in the app and marks it read', async () => {
    await openLearn();
    await fireEvent.click(screen.getAllByTestId('article-open')[0]!);
    const title = await screen.findByTestId('article-title');
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.getByTestId('source').textContent).toContain('https://www.nice.org.uk/guidance/ng59');
    expect(screen.getByTestId('article').querySelector('a[href^="http"]')).toBeNull();

    await fireEvent.click(screen.getByTestId('article-read-toggle'));
    await waitFor(() => expect(screen.getByTestId('article-read-toggle').textContent?.trim()).toBe('Mark as unread'));
    expect(calls.find((c) => c.cmd === 'set_article_read')?.args).toEqual({ slug: 'back-and-buttocks-link', read: true });

    await fireEvent.click(screen.getByText('the piriformis'));
    await waitFor(() => expect(screen.getByTestId('article').getAttribute('data-slug')).toBe('piriformis-and-leg-pain'));
    expect(window.location.hash).toBe('');
  });

  it('shows the urgent screen for an emergency answer, with focus on its heading', async () => {
    await openLearn();
    await fireEvent.click(screen.getByTestId('check-open'));
    const items = await screen.findAllByTestId('check-question');
    expect(items.map((q) => q.getAttribute('data-question-id'))).toEqual(['saddle_numbness', 'fever_unwell']);

    await fireEvent.click(screen.getByTestId('rf-saddle_numbness-yes'));
    await fireEvent.click(screen.getByTestId('check-submit'));
    expect((await screen.findByTestId('check-errors')).textContent).toContain('Do you have a fever?');
    expect(screen.getByTestId('error-rf-fever_unwell-error')).toBeTruthy();

    await fireEvent.click(screen.getByTestId('rf-fever_unwell-no'));
    await fireEvent.click(screen.getByTestId('check-submit'));
    const result = await screen.findByTestId('check-result');
    expect(result.getAttribute('role')).toBe('alert');
    expect(result.getAttribute('data-outcome')).toBe('emergency');
    const heading = screen.getByTestId('check-result-heading');
    expect(heading.textContent).toBe('Get help now');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(result.textContent).toContain('Call 911 or go to the nearest emergency room now.');
    expect(result.textContent, 'other countries come after 911').toContain('999 in the UK or 112 in Europe');
    expect(within(result).getByTestId('check-positive').textContent).toContain('saddle area');
  });
});
