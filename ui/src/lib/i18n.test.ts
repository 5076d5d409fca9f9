// The message catalogs: both languages have the same keys, every message is valid ICU with the
// same values in both, every key the code names exists, and formatting follows each locale.
import { afterEach, describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, LOCALES, formatClock, formatDay, formatList, i18n, localeOf, t, tRich, translate } from './i18n.svelte';

const sources = import.meta.glob<string>('../**/*.{svelte,ts,js}', { eager: true, query: '?raw', import: 'default' });

/** The names of the values a message fills in ({count}, {name}, plural and select arguments). */
function valueNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if ('value' in element && typeof element.value === 'string' && element.type !== TYPE.tag) into.add(element.value);
    if ('options' in element) for (const option of Object.values(element.options)) valueNames(option.value, into);
    if (element.type === TYPE.tag) valueNames(element.children, into);
  }
  return into;
}

afterEach(() => i18n.set('en'));

describe('the catalogs', () => {
  it('hold the same keys in English and Spanish', () => {
    const english = Object.keys(CATALOGS.en).sort();
    const spanish = Object.keys(CATALOGS.es).sort();
    expect(english.filter((key) => !(key in CATALOGS.es)), 'in English but not in Spanish').toEqual([]);
    expect(spanish.filter((key) => !(key in CATALOGS.en)), 'in Spanish but not in English').toEqual([]);
    expect(english.length).toBeGreaterThan(500);
  });

  it('hold only valid ICU messages, each formatting in both languages from the values either uses', () => {
    // A language may need a value the other does not (Spanish says "a la 1" but "a las 2", so it
    // reads the hour); the code gives both languages' values, so each must format from them.
    for (const [key, english] of Object.entries(CATALOGS.en)) {
      const spanish = CATALOGS.es[key] ?? '';
      const names = new Set([...valueNames(parse(english, { ignoreTag: true })), ...valueNames(parse(spanish, { ignoreTag: true }))]);
      const values = Object.fromEntries([...names].map((name) => [name, 1]));
      for (const locale of LOCALES) {
        const text = CATALOGS[locale][key] ?? '';
        expect(() => new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).format(values), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it('have no empty message and no Spanish message left in English', () => {
    const same = Object.keys(CATALOGS.en).filter((key) => {
      const english = CATALOGS.en[key] ?? '';
      return /\p{L}{3,}\s+\p{L}{3,}/u.test(english) && english === CATALOGS.es[key];
    });
    expect(same, 'sentences not written in Spanish').toEqual([]);
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(CATALOGS[locale])) expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('never put a period after a Spanish time, whose "p.m." already ends the sentence', () => {
    const doubled = new Set<string>();
    const walk = (key: string, elements: MessageFormatElement[]) => {
      elements.forEach((element, at) => {
        const next = elements[at + 1];
        if (element.type === TYPE.argument && /time/i.test(element.value) && next?.type === TYPE.literal && next.value.startsWith('.')) doubled.add(key);
        if ('options' in element) for (const option of Object.values(element.options)) walk(key, option.value);
        if (element.type === TYPE.tag) walk(key, element.children);
      });
    };
    for (const [key, text] of Object.entries(CATALOGS.es)) walk(key, parse(text, { ignoreTag: true }));
    expect([...doubled]).toEqual([]);
    i18n.set('es');
    expect(t('entry.saved.new', { level: 5, time: formatClock('20:00') }).replace(/\s/g, ' ')).toBe('Se guardó. Dolor 5 a las 8:00 p.m.');
  });

  it('hold every key the code names', () => {
    const missing: string[] = [];
    for (const [path, code] of Object.entries(sources)) {
      if (path.endsWith('.test.ts')) continue;
      for (const match of code.matchAll(/\b(?:t|tRich|translate\([^,]+,)\s*\(?\s*'([a-zA-Z]+\.[\w.]+)'/g)) {
        const key = match[1] ?? '';
        if (!(key in CATALOGS.en)) missing.push(`${path}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('switching language', () => {
  it('redraws the same key in the new language at once', () => {
    const key = Object.keys(CATALOGS.en).find((k) => CATALOGS.en[k] !== CATALOGS.es[k]) ?? '';
    expect(t(key)).toBe(CATALOGS.en[key]);
    i18n.set('es');
    expect(t(key)).toBe(CATALOGS.es[key]);
    expect(document.documentElement.lang, 'screen readers pick their voice by it').toBe('es-US');
  });

  it('takes any Spanish tag as Spanish and anything else as English', () => {
    expect(['es', 'es-MX', 'es_US.UTF-8'].map(localeOf)).toEqual(['es', 'es', 'es']);
    expect(['en-US', 'fr', '', null].map(localeOf)).toEqual(['en', 'en', 'en', 'en']);
  });
});

describe('formatting', () => {
  it('writes US times as each language does, never 20:00', () => {
    expect(formatClock('20:00').replace(/\s/g, ' ')).toBe('8:00 PM');
    i18n.set('es');
    expect(formatClock('20:00').replace(/\s/g, ' ')).toBe('8:00 p.m.');
  });

  it('writes a calendar day on that day in any zone', () => {
    expect(formatDay('2026-12-07', 'medium')).toBe('Dec 7, 2026');
    i18n.set('es');
    expect(formatDay('2026-12-07', 'long')).toBe('7 de diciembre de 2026');
  });

  it('joins lists with the language\'s own word', () => {
    expect(formatList(['a', 'b', 'c'])).toBe('a, b, and c');
    i18n.set('es');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b y c');
  });

  it('chooses plural forms by the language\'s rules', () => {
    const counted = Object.keys(CATALOGS.en).filter((k) => {
      const names = valueNames(parse(CATALOGS.es[k] ?? '', { ignoreTag: true }));
      return /\{count, plural,[^]*one \{/.test(CATALOGS.es[k] ?? '') && names.size === 1;
    });
    expect(counted.length, 'messages count things').toBeGreaterThan(10);
    for (const key of counted) {
      expect(translate('es', key, { count: 1 }), key).not.toBe(translate('es', key, { count: 3 }));
    }
  });

  it('splits every sentence around its inline markup without breaking it', () => {
    const tagged = Object.keys(CATALOGS.en).filter((k) => /<(\w+)>[^]*<\/\1>/.test(CATALOGS.en[k] ?? ''));
    expect(tagged.length, 'some sentences hold markup').toBeGreaterThan(0);
    for (const locale of LOCALES) {
      i18n.set(locale);
      for (const key of tagged) {
        const names = valueNames(parse(CATALOGS[locale][key] ?? '', { ignoreTag: true }));
        const values = Object.fromEntries([...names].map((name) => [name, 2]));
        const parts = tRich(key, values);
        expect(parts.map((p) => p.text).join(''), key).toBe(t(key, values).replace(/<\/?\w+>/g, ''));
        expect(parts.some((p) => p.tag !== null), `${locale} ${key} keeps its markup`).toBe(true);
      }
    }
  });
});
