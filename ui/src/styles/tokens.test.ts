// Every colour comes from a token in base.css, so a theme (dark, high contrast) only has to
// redefine the tokens. A colour written anywhere else fails here, with the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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
      .filter((file) => path.basename(file) !== 'base.css')
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
