// One plan, one reading: the fast path of parseYaml (js-yaml) must read every file exactly as the
// `yaml` package reads it (parseCareful), or fall back to it. Checked over the examples, over tricky
// scalars, and over seeded mutations of the examples.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseCareful, parseYaml } from '../../src/io/parse-yaml.js';

const root = path.resolve(__dirname, '../..');

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

const corpus = [...yamlFiles(path.join(root, 'examples')), ...yamlFiles(path.join(root, 'test/fixtures'))];

/** Same result: both read the same data (NaN equals NaN, -0 differs from 0), or both refuse the text. */
async function same(text: string): Promise<void> {
  const fast = await parseYaml(text);
  const careful = await parseCareful(text);
  expect(fast.ok, `${JSON.stringify(text.slice(0, 200))}: fast ${JSON.stringify(fast).slice(0, 200)} careful ${JSON.stringify(careful).slice(0, 200)}`).toBe(
    careful.ok,
  );
  if (fast.ok && careful.ok) expect(fast.data, JSON.stringify(text.slice(0, 200))).toStrictEqual(careful.data);
  else if (!fast.ok && !careful.ok) expect(fast.problem.key).toBe(careful.problem.key);
}

// Scalars whose reading differs between YAML 1.1, js-yaml's core schema and YAML 1.2 core.
const SCALARS = [
  '+.5',
  '-.5',
  '.5',
  '5.',
  '+5',
  '-0',
  '-0.0',
  '0',
  '00',
  '0777',
  '0o17',
  '0O17',
  '0o8',
  '0x1F',
  '0X1F',
  '0xg',
  '0b101',
  '0b2',
  '1_000',
  '1,000',
  '1e3',
  '1E3',
  '1e+3',
  '+1e3',
  '-1.5e-3',
  '1.e3',
  '.e3',
  '1e',
  '.inf',
  '+.inf',
  '-.Inf',
  '.INF',
  '.nan',
  '.NaN',
  'nan',
  'inf',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  '',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  '2001-01-01',
  '2001-12-14t21:59:43.10-05:00',
  '12:30',
  '1:30:00',
  '0x',
  '0o',
  '+',
  '-',
  '.',
  '12345678901234567890',
  '9007199254740993',
  "'+.5'",
  '"0b101"',
  'Pourquoi ?',
  '[1]: note',
  '? x',
  '!!str 5',
  '!!int 5',
  '!!float 5',
  '!!bool true',
  '!!null ~',
  '!!str',
  '"\\u00e9"',
  "'it''s'",
  '! 12',
  '"a"#c',
  'x #c',
  '[a,\n  b]',
  '"two\n  lines"',
];

describe('parseYaml reads what the yaml package reads', () => {
  it('over every example and fixture file', async () => {
    expect(corpus.length).toBeGreaterThan(20);
    for (const f of corpus) await same(readFileSync(f, 'utf8'));
  });

  it.each(SCALARS)('the scalar %s, as a value, a list item and a key', async (s) => {
    await same(`a: ${s}\n`);
    await same(`- ${s}\n`);
    await same(`b: [${s}]\n`);
    if (s && !s.startsWith('!')) await same(`${s}: 1\n`);
  });

  it('the fast path and the careful one agree on the numbers the two libraries read differently', async () => {
    const r = await parseYaml('a: +.5\nb: 0b101\nc: 0o17\nd: 1_000\n');
    expect(r).toEqual({ ok: true, data: { a: 0.5, b: '0b101', c: 15, d: '1_000' } });
  });

  it('over seeded mutations of the examples', async () => {
    // A small deterministic generator (mulberry32): the same mutations on every run.
    let seed = Number(process.env.PARITY_SEED ?? 20261129);
    const rand = () => {
      seed |= 0;
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const pieces = [
      ...SCALARS,
      ':',
      '- ',
      '  ',
      '\t',
      '#',
      '&a ',
      '*a',
      '? ',
      '|',
      '>',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '\n',
      '---\n',
      '...\n',
      '%YAML 1.2\n',
      '!',
    ];
    const texts = corpus.map((f) => readFileSync(f, 'utf8')).filter((t) => t.length < 20_000);
    let n = 0;
    for (let i = 0; i < Number(process.env.PARITY_N ?? 1000); i++) {
      const text = pick(texts);
      const lines = text.split('\n');
      const at = Math.floor(rand() * lines.length);
      const line = lines[at]!;
      const col = Math.floor(rand() * (line.length + 1));
      const op = rand();
      if (op < 0.5) lines[at] = line.slice(0, col) + pick(pieces) + line.slice(col);
      else if (op < 0.7) lines[at] = line.slice(0, col) + line.slice(col + 1 + Math.floor(rand() * 4));
      else if (op < 0.85) lines.splice(at, 1);
      else lines[at] = line.replace(/: .*$/, `: ${pick(SCALARS)}`);
      await same(lines.join('\n'));
      n++;
    }
    expect(n).toBe(Number(process.env.PARITY_N ?? 1000));
  }, 120_000);
});
