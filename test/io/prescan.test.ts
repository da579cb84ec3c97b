// The scan that sends a file to the careful YAML path jumps from one character that matters to the
// next. It must send exactly the files the character-by-character scan and the two patterns sent
// (the reference below, as it was written before), over the examples, the fixtures and seeded mutations.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { needsCareful, spansLines } from '../../src/io/parse-yaml.js';

function referenceSpansLines(text: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 10) return true;
      if (quote === '"' && c === 92) i++;
      else if (String.fromCharCode(c) === quote) {
        if (quote === "'" && text.charCodeAt(i + 1) === 39) i++;
        else quote = '';
      }
      continue;
    }
    switch (c) {
      case 10:
        if (depth > 0) return true;
        break;
      case 91:
      case 123:
        depth++;
        break;
      case 93:
      case 125:
        if (depth > 0) depth--;
        break;
      case 34:
      case 39:
        if (/[\s,[{:?-]/.test(text[i - 1] ?? ' ')) quote = text[i]!;
        break;
      case 35:
        if (/\s/.test(text[i - 1] ?? ' ')) while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) i++;
        break;
    }
  }
  return depth > 0 || quote !== '';
}
const TIGHT_COMMENT = /["'\]}]#/;
const COMPLEX_KEY = /[\]}][ \t]*:(?:[ \t\r\n,\]}]|$)|^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)|[{,][ \t]*\?[ \t]/m;
const reference = (text: string) => COMPLEX_KEY.test(text) || TIGHT_COMMENT.test(text) || referenceSpansLines(text);

const root = path.resolve(__dirname, '../..');
function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}
const texts = [...yamlFiles(path.join(root, 'examples')), ...yamlFiles(path.join(root, 'test/fixtures'))].map((f) => readFileSync(f, 'utf8'));

/** The texts on which the two scans disagree (none expected). */
const mismatches: string[] = [];
const same = (text: string) => {
  if (spansLines(text) !== referenceSpansLines(text) || needsCareful(text) !== reference(text)) mismatches.push(text);
};
const noMismatch = () => expect(mismatches.splice(0).slice(0, 5)).toEqual([]);

const PIECES = [
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  "''",
  '\\',
  '\\"',
  '#',
  ' #',
  '"#',
  ']#',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '\u00a0',
  ',',
  ':',
  ': ',
  ']: ',
  '} :',
  '? ',
  '?',
  '- ? ',
  '{ ? a',
  ', ?\t',
  "it's",
  "l'eau",
  'a',
  '-',
];

describe('the careful-path scan sends the same files as before', () => {
  it('over every example and fixture file', () => {
    expect(texts.length).toBeGreaterThan(20);
    for (const t of texts) same(t);
    noMismatch();
  });

  it('over every string of up to four pieces that matter', () => {
    let n = 0;
    const walk = (prefix: string, left: number) => {
      same(prefix);
      n++;
      if (left) for (const p of PIECES) walk(prefix + p, left - 1);
    };
    walk('', 4);
    expect(n).toBeGreaterThan(PIECES.length ** 4);
    noMismatch();
  });

  it('over seeded mutations of the examples', () => {
    let seed = 20261129;
    const rand = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const small = texts.filter((t) => t.length < 20_000);
    let careful = 0;
    for (let i = 0; i < 3000; i++) {
      const lines = small[Math.floor(rand() * small.length)]!.split('\n');
      for (let k = 0; k < 3; k++) {
        const at = Math.floor(rand() * lines.length);
        const line = lines[at]!;
        const col = Math.floor(rand() * (line.length + 1));
        lines[at] = line.slice(0, col) + PIECES[Math.floor(rand() * PIECES.length)]! + line.slice(col);
      }
      const text = lines.join('\n');
      same(text);
      if (reference(text)) careful++;
    }
    noMismatch();
    // Both answers occur, so the comparison means something.
    expect(careful).toBeGreaterThan(300);
    expect(careful).toBeLessThan(2700);
  });
});
