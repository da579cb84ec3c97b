// The fast parser (js-yaml) and the position-keeping parser (yaml) must read every file the same way,
// since clean files are read by one and files with diagnostics by the other.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import jsyaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { parseCareful, parseYaml } from '../../src/io/parse-yaml.js';

const repo = path.resolve(__dirname, '../..');
const files = globSync(['examples/**/*.yaml', 'test/fixtures/**/*.yaml'], { cwd: repo }).sort();

type Outcome = { ok: true; data: unknown } | { ok: false };
const fast = (text: string): Outcome => {
  try {
    return { ok: true, data: jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) };
  } catch {
    return { ok: false };
  }
};
const careful = (text: string): Outcome => {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) return { ok: false };
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { ok: false };
  }
};

// Scalars where YAML 1.1 and 1.2 differ, and the bad-input shapes the loader must survive.
const TRICKY = [
  'a: 2022-05-03\nb: 2022-05-03T10:00:00Z\n',
  'a: yes\nb: no\nc: on\nd: off\ne: True\nf: FALSE\n',
  'a: 0o17\nb: 017\nc: 0x1F\nd: 1_000\ne: 1e3\nf: .5\ng: +12\nh: -0\n',
  'a: ~\nb: null\nc: Null\nd:\n',
  'a: \'2024\'\nb: 2024\nc: "0042"\n',
  'a: .inf\nb: -.Inf\nc: .nan\n',
  'a: [1, 2, {b: c}]\nd: {e: [f, g]}\n',
  'text: |\n  سطر أول\n  second line\nfolded: >\n  one\n  two\n',
  'a: 1\na: 2\n',
  'a: [1, 2\n',
  '- a\n- b\n',
  'a: b: c\n',
  '"\\u0628": x\n',
  'a: 1\r\nb: 2\r\n',
  '\ufeffa: 1\n',
  'estimated_cost: 1000000\nid: P01\n',
];

describe('parser agreement', () => {
  it('finds the files to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });
  it.each(files)('%s', (file) => {
    const text = readFileSync(path.join(repo, file), 'utf8');
    expect(fast(text)).toEqual(careful(text));
  });
  it.each(TRICKY.map((s, i) => [i, s]))('tricky case %i', async (_i, text) => {
    const t = text as string;
    // Both libraries accept or refuse the same texts…
    expect(fast(t).ok).toBe(careful(t).ok);
    // …and the loader's two paths give the same data (the careful path reads -0 as 0, like js-yaml).
    const a = await parseCareful(t);
    if (a.ok) expect(fast(t)).toEqual({ ok: true, data: a.data });
  });
  it('the loader gives the same data on its fast and careful paths', async () => {
    for (const file of files) {
      const text = readFileSync(path.join(repo, file), 'utf8');
      expect(await parseYaml(text)).toEqual(await parseCareful(text));
    }
  });
});
