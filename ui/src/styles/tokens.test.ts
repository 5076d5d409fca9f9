// Every colour comes from a token in base.css, so a theme (dark, high contrast, in themes.css)
// only has to redefine the tokens. A colour written anywhere else fails here, with the file and
// line, and so does a token that a theme forgets to redefine.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOKEN_FILES = ['base.css', 'themes.css'];
const COLOUR = /#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'bindings' ? [] : sourceFiles(full);
    return /\.(css|svelte)$/.test(entry.name) ? [full] : [];
  });
}

describe('colour tokens', () => {
  it('finds the stylesheets and components to check', () => {
    expect(sourceFiles(srcRoot).length).toBeGreaterThan(20);
  });

  it('has no colour outside base.css', () => {
    const found = sourceFiles(srcRoot)
      .filter((file) => !TOKEN_FILES.includes(path.basename(file)))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, where: `${path.relative(srcRoot, file)}:${index + 1}` }))
          .filter(({ line }) => COLOUR.test(line))
          .map(({ where, line }) => `${where}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });
});

/** The colour tokens a block defines: `--name: #hex` lines. */
function colourTokens(css: string): string[] {
  return [...css.matchAll(/^\s*(--[a-z0-9-]+):\s*#[0-9a-fA-F]{3,8}\s*;/gm)].map((match) => match[1] ?? '').sort();
}

function block(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  return css.slice(start, css.indexOf('}', start));
}

describe('themes', () => {
  const base = readFileSync(path.join(srcRoot, 'styles', 'base.css'), 'utf8');
  const themes = readFileSync(path.join(srcRoot, 'styles', 'themes.css'), 'utf8');
  // The viridis calendar squares read the same on light and dark cards, so themes keep them.
  const light = colourTokens(block(base, ':root')).filter((name) => !name.startsWith('--heat-'));

  it('finds the light tokens', () => {
    expect(light.length).toBeGreaterThan(30);
  });

  for (const theme of ['dark', 'contrast']) {
    it(`gives the ${theme} theme every light colour token`, () => {
      expect(colourTokens(block(themes, `:root[data-theme='${theme}']`))).toEqual(light);
    });
  }
});

