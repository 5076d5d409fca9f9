// Fails on a user-facing English string written into the UI's code instead of the message
// catalogs (ui/src/i18n). Checks .svelte markup (text, and the attributes a person hears or
// reads), string literals in markup expressions and in scripts, and the .ts files in ui/src/lib.
//
//   node scripts/check_ui_strings.mjs            every file
//   node scripts/check_ui_strings.mjs FILE...    only these
//
// A literal that only looks like prose (a CSS font, a key name) is exempted by a comment
// `i18n-ignore` on its line, which says why.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import ts from 'typescript';

const ROOT = new URL('..', import.meta.url).pathname;
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
// Names and symbols that read the same in every language.
const SAME_IN_EVERY_LANGUAGE = new Set(['BackTrack', 'CSV', 'FHIR', 'PDF', 'JSON', 'OK', 'NRS', 'PSFS']);
const KEY_NAMES = new Set(['Escape', 'Enter', 'Tab', 'Home', 'End', 'PageUp', 'PageDown', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Backspace', 'Delete', 'Space']);

/** Whether a piece of text reads as words a person would see. */
export function looksLikeProse(text) {
  const trimmed = text.trim();
  if (trimmed === '' || SAME_IN_EVERY_LANGUAGE.has(trimmed) || KEY_NAMES.has(trimmed)) return false;
  if (/^[\w.-]+$/.test(trimmed) && !/^\p{Lu}\p{Ll}+$/u.test(trimmed)) return false; // ids, keys, classes
  if (trimmed.split(/\s+/).every((token) => /[-_]/.test(token) || /^[a-z]+$/.test(token) === false && /^[\w-]+$/.test(token) && !/^\p{Lu}/u.test(token))) return false; // a list of ids
  if (/\p{L}{2,}[ \u00a0]+\p{L}{2,}/u.test(trimmed)) return true; // two words
  if (/^\p{Lu}\p{Ll}+[.!?…:]?$/u.test(trimmed)) return true; // one capitalised word
  return false;
}

function markupText(text) {
  // Markup text is prose as soon as it holds a word of two letters.
  const trimmed = text.trim();
  return /\p{L}{2,}/u.test(trimmed) && !SAME_IN_EVERY_LANGUAGE.has(trimmed);
}

function lineOf(source, offset) {
  return source.slice(0, offset).split('\n').length;
}

function ignored(source, offset) {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  return source.slice(start, end === -1 ? undefined : end).includes('i18n-ignore');
}

/** String literals in TypeScript source that read as prose: [offset, text]. */
function proseLiterals(code) {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(file);
      if (/^console\.|^(t|tRich|translate|hasMessage)$/.test(callee)) return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (looksLikeProse(node.text)) found.push([node.getStart(file), node.text]);
    } else if (ts.isTemplateExpression(node)) {
      for (const piece of [node.head, ...node.templateSpans.map((span) => span.literal)]) {
        if (looksLikeProse(piece.text)) found.push([piece.getStart(file), piece.text]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function checkSvelte(path, source) {
  const problems = [];
  const ast = parse(source, { modern: true });
  const report = (offset, text) => {
    if (!ignored(source, offset)) problems.push(`${path}:${lineOf(source, offset)}: "${text.trim().slice(0, 70)}"`);
  };
  const walk = (node, inStyle) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((child) => walk(child, inStyle));
    if (node.type === 'Text' && !inStyle && markupText(node.data)) report(node.start, node.data);
    if (node.type === 'Attribute' && Array.isArray(node.value)) {
      // Plain attribute text counts only where a person reads or hears it; expressions inside
      // any attribute are still walked for literals.
      const spoken = SPOKEN_ATTRIBUTES.has(node.name.toLowerCase());
      for (const part of node.value) {
        if (part.type === 'Text') {
          if (spoken && markupText(part.data)) report(part.start, part.data);
        } else {
          walk(part, inStyle);
        }
      }
      return;
    }
    if (node.type === 'Literal' && typeof node.value === 'string' && looksLikeProse(node.value)) report(node.start, node.value);
    if (node.type === 'TemplateElement' && looksLikeProse(node.value.cooked ?? '')) report(node.start, node.value.cooked);
    if (node.type === 'CallExpression' && node.callee?.type === 'Identifier' && ['t', 'tRich'].includes(node.callee.name)) return;
    const style = inStyle || (node.type === 'RegularElement' && node.name === 'style');
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent' || key === 'metadata') continue;
      if (value && typeof value === 'object') walk(value, style);
    }
  };
  walk(ast.fragment, false);
  for (const script of [ast.instance, ast.module]) {
    if (!script) continue;
    const start = script.content.start;
    const code = source.slice(start, script.content.end);
    for (const [offset, text] of proseLiterals(code)) report(start + offset, text);
  }
  return problems;
}

function checkTs(path, source) {
  return proseLiterals(source)
    .filter(([offset]) => !ignored(source, offset))
    .map(([offset, text]) => `${path}:${lineOf(source, offset)}: "${text.trim().slice(0, 70)}"`);
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'bindings' || name === 'i18n' ? [] : filesUnder(path);
    return [path];
  });
}

function checked(path) {
  if (path.endsWith('.svelte')) return true;
  if (!/\.(ts|js)$/.test(path) || /\.test\.ts$|\.d\.ts$|testFixtures\.ts$/.test(path)) return false;
  return path.includes('/ui/src/lib/') || path.startsWith('ui/src/lib/');
}

const args = process.argv.slice(2);
const files = (args.length ? args.map((a) => join(process.cwd(), a)) : filesUnder(join(ROOT, 'ui/src'))).filter(checked);
const problems = files.flatMap((path) => {
  const source = readFileSync(path, 'utf8');
  const shown = relative(ROOT, path);
  return path.endsWith('.svelte') ? checkSvelte(shown, source) : checkTs(shown, source);
});
if (problems.length) {
  console.error(`Words written into the UI's code instead of ui/src/i18n (${problems.length}):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`check_ui_strings: ${files.length} files, no hard-coded words`);
