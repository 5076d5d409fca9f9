// The window's appearance: which theme is drawn for each choice and system setting, what a
// remembered value may hold, and that a choice is saved in the diary and drawn on <html>.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { DEFAULT_APPEARANCE, WindowAppearance, parseAppearance, shownTheme } from './appearance.svelte';

const calm = { dark: false, moreContrast: false };

describe('the theme drawn', () => {
  it('follows the system only when the choice is "System"', () => {
    expect(shownTheme('system', calm)).toBe('light');
    expect(shownTheme('system', { dark: true, moreContrast: false })).toBe('dark');
    expect(shownTheme('light', { dark: true, moreContrast: false })).toBe('light');
    expect(shownTheme('dark', calm)).toBe('dark');
  });

  it('gives high contrast to a system that asks for more contrast, unless a theme was chosen', () => {
    expect(shownTheme('system', { dark: true, moreContrast: true })).toBe('contrast');
    expect(shownTheme('dark', { dark: true, moreContrast: true })).toBe('dark');
    expect(shownTheme('contrast', calm)).toBe('contrast');
  });
});

describe('a remembered appearance', () => {
  it('reads back what was written', () => {
    expect(parseAppearance(JSON.stringify({ theme: 'dark', textSize: 175 }))).toEqual({ theme: 'dark', textSize: 175 });
  });

  it('falls back, one part at a time, for what BackTrack never writes', () => {
    expect(parseAppearance(null)).toEqual(DEFAULT_APPEARANCE);
    expect(parseAppearance('not json')).toEqual(DEFAULT_APPEARANCE);
    expect(parseAppearance('[1]')).toEqual(DEFAULT_APPEARANCE);
    expect(parseAppearance(JSON.stringify({ theme: 'sepia', textSize: 150 }))).toEqual({ theme: 'system', textSize: 150 });
    expect(parseAppearance(JSON.stringify({ theme: 'dark', textSize: 300 }))).toEqual({ theme: 'dark', textSize: 100 });
  });
});

describe('the window appearance', () => {
  let root: HTMLElement;

  beforeEach(() => {
    root = document.createElement('div');
    localStorage.clear();
  });

  afterEach(() => clearMocks());

  it('draws the remembered choice before the diary answers, then what the diary keeps', async () => {
    localStorage.setItem('backtrack.appearance', JSON.stringify({ theme: 'contrast', textSize: 150 }));
    mockIPC((cmd) => {
      if (cmd === 'system_theme') return null;
      if (cmd === 'get_appearance') return { theme: 'dark', textSize: 200 };
      throw new Error(`unexpected ${cmd}`);
    });
    const look = new WindowAppearance();
    const stop = look.start(root);
    expect(root.dataset.theme).toBe('contrast');
    expect(root.style.fontSize).toBe('150%');
    await look.load(root);
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.fontSize).toBe('200%');
    expect(JSON.parse(localStorage.getItem('backtrack.appearance') ?? '')).toEqual({ theme: 'dark', textSize: 200 });
    stop();
  });

  it('takes a dark desktop setting when the webview does not see it', async () => {
    mockIPC((cmd) => (cmd === 'system_theme' ? 'dark' : null));
    const look = new WindowAppearance();
    const stop = look.start(root);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.dataset.theme).toBe('dark');
    stop();
  });

  it('saves a new choice in the diary and keeps the old one when the diary refuses it', async () => {
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === 'system_theme') return 'light';
      sent.push([cmd, args]);
      const chosen = (args as { appearance: { textSize: number } }).appearance;
      if (chosen.textSize === 130) throw { kind: 'validation', message: 'x', fields: [{ field: 'textSize', message: 'Choose a text size from 100% to 200%.' }] };
      return chosen;
    });
    const look = new WindowAppearance();
    const stop = look.start(root);
    await look.choose({ theme: 'dark', textSize: 125 }, root);
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.fontSize).toBe('125%');
    await expect(look.choose({ theme: 'light', textSize: 130 }, root)).rejects.toMatchObject({ kind: 'validation' });
    expect(root.dataset.theme).toBe('dark');
    expect(look.chosen).toEqual({ theme: 'dark', textSize: 125 });
    expect(sent).toEqual([
      ['set_appearance', { appearance: { theme: 'dark', textSize: 125 } }],
      ['set_appearance', { appearance: { theme: 'light', textSize: 130 } }],
    ]);
    stop();
  });
});
