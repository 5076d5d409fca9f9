// How the window looks: the theme and text size chosen on Settings (kept in the diary), the
// desktop's own light or dark setting when the choice is "System", and the last appearance
// applied, remembered in the window so a locked diary's unlock screen looks the same.
//
// The theme is a `data-theme` attribute on <html> (themes.css redefines the colour tokens for
// it); the text size is the root font size as a percent, so it multiplies the system's own
// text scaling instead of replacing it.
import * as api from './api';
import type { Appearance } from './bindings/Appearance';
import type { Theme } from './bindings/Theme';
import { t } from './i18n.svelte';

export type ShownTheme = 'light' | 'dark' | 'contrast';

/** A theme to choose; its label and hint are read in the window's language each time. */
export type ThemeChoice = { readonly id: Theme; readonly label: string; readonly hint: string };

function themeChoice(id: Theme, labelKey: string, hintKey: string): ThemeChoice {
  return {
    id,
    get label() {
      return t(labelKey);
    },
    get hint() {
      return t(hintKey);
    },
  };
}

export const THEMES: readonly ThemeChoice[] = [
  themeChoice('system', 'settings.theme.system', 'settings.theme.systemHint'),
  themeChoice('light', 'settings.theme.light', 'settings.theme.lightHint'),
  themeChoice('dark', 'settings.theme.dark', 'settings.theme.darkHint'),
  themeChoice('contrast', 'settings.theme.contrast', 'settings.theme.contrastHint'),
];

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;

export const DEFAULT_APPEARANCE: Appearance = { theme: 'system', textSize: 100 };

const REMEMBERED = 'backtrack.appearance';

/** What the system asks for, from the webview's media queries and the desktop's own setting. */
export type SystemLook = { dark: boolean; moreContrast: boolean };

/** The theme to draw: the person's choice, or for "System" what the system asks for. */
export function shownTheme(choice: Theme, system: SystemLook): ShownTheme {
  if (choice !== 'system') return choice;
  if (system.moreContrast) return 'contrast';
  return system.dark ? 'dark' : 'light';
}

/** A value read back from storage, or the default when it is not one BackTrack wrote. */
export function parseAppearance(text: string | null): Appearance {
  if (!text) return DEFAULT_APPEARANCE;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return DEFAULT_APPEARANCE;
    const { theme, textSize } = value as Record<string, unknown>;
    const themeOk = THEMES.some((t) => t.id === theme);
    const sizeOk = TEXT_SIZES.some((size) => size === textSize);
    return { theme: themeOk ? (theme as Theme) : 'system', textSize: sizeOk ? (textSize as number) : 100 };
  } catch {
    return DEFAULT_APPEARANCE;
  }
}

function mediaMatches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

export class WindowAppearance {
  /** The person's choice (the diary's, once it is open). */
  chosen = $state<Appearance>(DEFAULT_APPEARANCE);
  /** The desktop's setting, as the windowing system reports it (null: it does not say). */
  desktopTheme = $state<'light' | 'dark' | null>(null);
  private mediaDark = $state(false);
  private mediaContrast = $state(false);

  /** What is drawn now. */
  get shown(): ShownTheme {
    // WebKitGTK often answers "light" on a dark desktop, so a dark desktop setting wins.
    const dark = this.mediaDark || this.desktopTheme === 'dark';
    return shownTheme(this.chosen.theme, { dark, moreContrast: this.mediaContrast });
  }

  /**
   * Applies the remembered appearance at once (before the diary is read), and follows the
   * system from then on. Returns a function that stops following.
   */
  start(root: HTMLElement = document.documentElement): () => void {
    this.chosen = parseAppearance(this.readRemembered());
    this.readMedia();
    this.apply(root);
    void this.askDesktop(root);
    const queries = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)']
      .filter(() => typeof window.matchMedia === 'function')
      .map((query) => window.matchMedia(query));
    const onMedia = () => {
      this.readMedia();
      this.apply(root);
    };
    // The desktop setting can change while BackTrack runs; it is asked again on coming back.
    const onFocus = () => void this.askDesktop(root);
    queries.forEach((query) => query.addEventListener('change', onMedia));
    window.addEventListener('focus', onFocus);
    return () => {
      queries.forEach((query) => query.removeEventListener('change', onMedia));
      window.removeEventListener('focus', onFocus);
    };
  }

  /** Takes the diary's appearance, once it is open. */
  async load(root: HTMLElement = document.documentElement): Promise<void> {
    try {
      this.use(await api.getAppearance(), root);
    } catch {
      // The remembered appearance stays; Settings shows the problem if the diary cannot answer.
    }
  }

  /** Saves a new choice in the diary and applies what the diary kept. */
  async choose(next: Appearance, root: HTMLElement = document.documentElement): Promise<Appearance> {
    const saved = await api.setAppearance(next);
    this.use(saved, root);
    return saved;
  }

  private use(appearance: Appearance, root: HTMLElement) {
    this.chosen = appearance;
    this.apply(root);
    try {
      localStorage.setItem(REMEMBERED, JSON.stringify(appearance));
    } catch {
      // Storage may be off; the diary still keeps the choice.
    }
  }

  private readRemembered(): string | null {
    try {
      return localStorage.getItem(REMEMBERED);
    } catch {
      return null;
    }
  }

  private readMedia() {
    this.mediaDark = mediaMatches('(prefers-color-scheme: dark)');
    this.mediaContrast = mediaMatches('(prefers-contrast: more)');
  }

  private async askDesktop(root: HTMLElement) {
    try {
      this.desktopTheme = await api.systemTheme();
    } catch {
      this.desktopTheme = null;
    }
    this.apply(root);
  }

  private apply(root: HTMLElement) {
    root.dataset.theme = this.shown;
    root.style.fontSize = `${this.chosen.textSize}%`;
  }
}

/** The one appearance of the window. */
export const appearance = new WindowAppearance();
