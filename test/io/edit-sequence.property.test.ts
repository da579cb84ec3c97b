// A property over random sequences of add / edit / remove commands on a hand-kept workspace: the files
// always parse, comments and key order survive, no line the tool writes passes 120 characters, and
// validating the edited files gives the same findings as validating the same data written afresh.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { checkWorkspace } from '../../src/io/check-workspace.js';
import { MAX_LINE } from '../../src/core/wizard/yaml-build.js';

const WORDS_AR = ['تهيئة', 'الطريق', 'القروية', 'بين', 'المركز', 'والدواوير', 'المجاورة', 'مع', 'إنارة', 'عمومية'];
const WORDS_FR = ['Aménagement', 'de', 'la', 'piste', 'rurale', 'entre', 'le', 'centre', 'et', 'les', 'douars', 'voisins'];
const text = (words: string[]) => fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));

type Op =
  | { op: 'add-axis'; ar: string; fr: string }
  | { op: 'add-priority'; ar: string; fr: string; n: number }
  | { op: 'add-locality'; ar: string; fr: string; population: number }
  | { op: 'edit-axis'; k: number; fr: string }
  | { op: 'edit-locality'; k: number; population: number }
  | { op: 'edit-priority'; k: number; fr: string }
  | { op: 'remove-axis'; k: number }
  | { op: 'remove-locality'; k: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('add-axis' as const), ar: text(WORDS_AR), fr: text(WORDS_FR) }),
  fc.record({ op: fc.constant('add-priority' as const), ar: text(WORDS_AR), fr: text(WORDS_FR), n: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ op: fc.constant('add-locality' as const), ar: text(WORDS_AR), fr: text(WORDS_FR), population: fc.integer({ min: 0, max: 9000 }) }),
  fc.record({ op: fc.constant('edit-axis' as const), k: fc.nat(), fr: text(WORDS_FR) }),
  fc.record({ op: fc.constant('edit-locality' as const), k: fc.nat(), population: fc.integer({ min: 0, max: 9000 }) }),
  fc.record({ op: fc.constant('edit-priority' as const), k: fc.nat(), fr: text(WORDS_FR) }),
  fc.record({ op: fc.constant('remove-axis' as const), k: fc.nat() }),
  fc.record({ op: fc.constant('remove-locality' as const), k: fc.nat() }),
);

// The hand-kept starting point: the minimal plan with comments between entries and at the ends.
function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'plan-seq-'));
  cpSync('test/fixtures/minimal', ws, { recursive: true });
  const add = (f: string, edit: (s: string) => string) => writeFileSync(path.join(ws, f), edit(readFileSync(path.join(ws, f), 'utf8')));
  add(
    'priorities.yaml',
    (s) =>
      s.replace('axes:\n', 'axes:\n  # Les axes du conseil, dans l’ordre voté.\n').replace('priorities:\n', '# Besoins classés en atelier.\npriorities:\n') +
      '# fin des priorités\n',
  );
  add('commune.yaml', (s) => s.replace('localities:\n', 'localities: # douars et centre\n'));
  return ws;
}

const yamlFiles = (ws: string) => [
  ...readdirSync(ws).filter((f) => f.endsWith('.yaml')),
  ...readdirSync(path.join(ws, 'projects')).map((f) => `projects/${f}`),
];
const comments = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.includes('#'))
    .map((l) => l.slice(l.indexOf('#')).trim());
const topKeys = (text: string) => Object.keys(parse(text) ?? {});
const isSubsequence = (a: string[], b: string[]) => {
  let i = 0;
  for (const x of b) if (x === a[i]) i++;
  return i === a.length;
};

// The findings as data (file, code, path), whatever the layout of the files.
async function findings(ws: string): Promise<string[]> {
  const c = await checkWorkspace(ws, { lang: 'en', display: (abs) => path.relative(ws, abs) });
  return c.diagnostics.map((d) => `${d.file} ${d.code} ${JSON.stringify(d.path)}`).sort();
}

// The same data written afresh, as someone would type it with no regard for the tool's layout.
function writtenByHand(ws: string): string {
  const hand = mkdtempSync(path.join(tmpdir(), 'plan-hand-'));
  mkdirSync(path.join(hand, 'projects'));
  for (const f of yamlFiles(ws)) writeFileSync(path.join(hand, f), stringify(parse(readFileSync(path.join(ws, f), 'utf8'))));
  return hand;
}

async function apply(ws: string, op: Op): Promise<void> {
  const w = ['-w', ws, '--lang', 'en'];
  const ids = (f: string, list: string) => ((parse(readFileSync(path.join(ws, f), 'utf8'))[list] ?? []) as Array<{ id: string }>).map((x) => x.id);
  const pick = (list: string[], k: number) => list[k % Math.max(1, list.length)];
  switch (op.op) {
    case 'add-axis':
      await runCli(['add', 'axis', ...w, '--title-ar', op.ar, '--title-fr', op.fr, '--yes']);
      break;
    case 'add-priority':
      await runCli([
        'add',
        'priority',
        ...w,
        '--sector',
        'health',
        '--need-ar',
        op.ar,
        '--need-fr',
        op.fr,
        '--source-ids',
        'N1',
        '--scores',
        `beneficiaries=${op.n},urgency=${op.n}`,
        '--yes',
      ]);
      break;
    case 'add-locality':
      await runCli([
        'add',
        'locality',
        ...w,
        '--name-ar',
        op.ar,
        '--name-fr',
        op.fr,
        '--kind',
        'douar',
        '--area',
        'rural',
        '--population',
        String(op.population),
        '--yes',
      ]);
      break;
    case 'edit-axis': {
      const id = pick(ids('priorities.yaml', 'axes'), op.k);
      if (id) await runCli(['edit', 'axis', id, ...w, '--set', `title_fr=${op.fr}`]);
      break;
    }
    case 'edit-priority': {
      const id = pick(ids('priorities.yaml', 'priorities'), op.k);
      if (id) await runCli(['edit', 'priority', id, ...w, '--set', `need_fr=${op.fr}`]);
      break;
    }
    case 'edit-locality': {
      const id = pick(ids('commune.yaml', 'localities'), op.k);
      if (id) await runCli(['edit', 'locality', id, ...w, '--population', String(op.population)]);
      break;
    }
    case 'remove-axis':
    case 'remove-locality': {
      const [kind, f, list] = op.op === 'remove-axis' ? ['axis', 'priorities.yaml', 'axes'] : ['locality', 'commune.yaml', 'localities'];
      const id = pick(ids(f, list), op.k);
      if (id) await runCli(['remove', kind, id, ...w, '--cascade']);
      break;
    }
  }
}

// A line that holds one key and one plain text, or one list item of text, that is itself longer than the
// limit: no layout can shorten it (the tool does not fold a text over several lines, see MAX_LINE), so the
// limit applies to every other line. A flow collection or a line with two values never qualifies.
const unbreakable = (line: string): boolean => {
  const m = /^\s*(?:- )?(?:[\w-]+: )?(.*)$/.exec(line);
  const value = m?.[1] ?? '';
  return !/^[[{]/.test(value) && !/, \w+: /.test(value) && value.length > MAX_LINE - 20;
};

// PROP_RUNS and PROP_SEED replay or widen the search (a failure prints its seed).
const RUNS = Number(process.env.PROP_RUNS ?? 12);

describe('sequences of add, edit and remove', () => {
  it(
    'keep the files parseable, commented, in order, short-lined, and judged as if written by hand',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 6 }), async (ops) => {
          const ws = workspace();
          try {
            const original = new Map(yamlFiles(ws).map((f) => [f, readFileSync(path.join(ws, f), 'utf8')]));
            for (const op of ops) {
              await apply(ws, op);
              for (const f of yamlFiles(ws)) {
                const now = readFileSync(path.join(ws, f), 'utf8');
                expect(parseDocument(now).errors, `${f} after ${op.op}`).toEqual([]);
                const before = original.get(f);
                if (before === undefined) continue;
                for (const c of comments(before)) expect(now, `${f} keeps "${c}" after ${op.op}`).toContain(c);
                const kept = topKeys(before).filter((k) => topKeys(now).includes(k));
                expect(isSubsequence(kept, topKeys(now)), `${f} key order after ${op.op}`).toBe(true);
                const old = new Set(before.split('\n'));
                for (const line of now.split('\n'))
                  if (!old.has(line) && !unbreakable(line)) expect(line.length, `${f}: ${line}`).toBeLessThanOrEqual(MAX_LINE);
              }
              const hand = writtenByHand(ws);
              try {
                expect(await findings(ws), `findings after ${op.op}`).toEqual(await findings(hand));
              } finally {
                rmSync(hand, { recursive: true, force: true });
              }
            }
          } finally {
            rmSync(ws, { recursive: true, force: true });
          }
        }),
        { numRuns: RUNS, ...(process.env.PROP_SEED ? { seed: Number(process.env.PROP_SEED) } : {}) },
      );
    },
    10_000 * RUNS,
  );
});

describe('a list the tool grows is a block list', () => {
  it('priorities: [] written by add axis, then priorities added: one entry per block, no line past the limit', async () => {
    const ws = workspace();
    try {
      rmSync(path.join(ws, 'priorities.yaml'));
      expect((await runCli(['add', 'axis', '-w', ws, '--title-ar', 'محور', '--title-fr', 'Axe', '--yes'])).code).toBe(0);
      expect(readFileSync(path.join(ws, 'priorities.yaml'), 'utf8')).toMatch(/^priorities: \[\]$/m);
      const long = 'Aménagement de la piste rurale entre le centre et les douars voisins avec ouvrages et éclairage';
      for (let i = 0; i < 3; i++)
        expect(
          (
            await runCli([
              'add',
              'priority',
              '-w',
              ws,
              '--sector',
              'health',
              '--need-ar',
              'تهيئة الطريق القروية بين المركز والدواوير المجاورة',
              '--need-fr',
              long,
              '--source-ids',
              'N1',
              '--yes',
            ])
          ).code,
        ).toBe(0);
      const text = readFileSync(path.join(ws, 'priorities.yaml'), 'utf8');
      expect(text).toMatch(/^priorities:\n {2}- id: PRI1\n/m);
      expect(text.split('\n').filter((l) => /^ {2}- id: PRI\d$/.test(l))).toHaveLength(3);
      for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(MAX_LINE);
      // A projection row too long for one line is written as a block.
      const f = path.join(ws, 'finance.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/projection:\n( {2}- .*\n)+/, 'projection: []\n'));
      const handWritten = new Set(readFileSync(f, 'utf8').split('\n'));
      expect(
        (
          await runCli([
            'add',
            'projection',
            '-w',
            ws,
            '--year',
            '2022',
            '--own-resources',
            '950000',
            '--transfers',
            '3100000',
            '--operating-spend',
            '3200000',
            '--debt-service',
            '100000',
          ])
        ).code,
      ).toBe(0);
      const fin = readFileSync(f, 'utf8');
      expect(fin).toMatch(/^projection:\n {2}- year: 2022\n {4}own_resources: 950000\n/m);
      for (const line of fin.split('\n')) if (!handWritten.has(line)) expect(line.length).toBeLessThanOrEqual(MAX_LINE);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
