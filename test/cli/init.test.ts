import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { checkWorkspace } from '../../src/io/check-workspace.js';
import type { PromptSpec } from '../../src/core/wizard/question.js';

// The one prompt module, scripted: each test sets the answers by question id.
const scripted: { answers: Record<string, unknown>; seen: PromptSpec[]; cancelAt?: string } = { answers: {}, seen: [] };
vi.mock('../../src/io/prompts.js', () => ({
  PromptCancelled: class extends Error {
    override name = 'PromptCancelled';
  },
  ask: async (spec: PromptSpec) => {
    scripted.seen.push(spec);
    if (spec.id === scripted.cancelAt) {
      const e = new Error('cancelled');
      e.name = 'PromptCancelled';
      throw e;
    }
    const v = scripted.answers[spec.id];
    if (v === undefined) throw new Error(`no scripted answer for ${spec.id}`);
    const ok = spec.validate(v);
    if (ok !== true) throw new Error(`${spec.id}: ${ok}`);
    return v;
  },
}));

const ANSWERS = {
  region: 'REGION_10',
  province: 'DIV_030',
  commune: 'COM_0601',
  president: 'Ahmed Test',
  mandate_start: '2021-09-21',
  members: '23',
  census: '2014',
  women: '8422',
  men: '8452',
  period: '2022-2027',
  languages: ['ar', 'fr'],
  lang: 'fr',
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'plan-init-'));
  scripted.answers = { ...ANSWERS };
  scripted.seen = [];
  scripted.cancelAt = undefined;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function expectValidWorkspace(ws: string) {
  const checked = await checkWorkspace(ws, { lang: 'en' });
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(checked.phase.current).toBe(1);
  for (const f of ['plan.yaml', 'commune.yaml'])
    expect(readFileSync(path.join(ws, f), 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=.schemas/${f.replace('.yaml', '')}.json`);
  const schemas = readdirSync('schemas/draft-07')
    .filter((f) => f.endsWith('.json'))
    .sort();
  expect(readdirSync(path.join(ws, '.schemas')).sort()).toEqual(schemas);
  for (const s of schemas) expect(readFileSync(path.join(ws, '.schemas', s), 'utf8')).toBe(readFileSync(path.join('schemas/draft-07', s), 'utf8'));
}

describe('plan init on a terminal (prompt module scripted)', () => {
  it('asks the questions and writes a workspace that validates', async () => {
    const ws = path.join(dir, 'oulmes');
    const r = await runCli(['init', ws, '--lang', 'fr'], { tty: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(scripted.seen.map((s) => s.id)).toContain('commune');
    await expectValidWorkspace(ws);
    const commune = readFileSync(path.join(ws, 'commune.yaml'), 'utf8');
    expect(commune).toMatch(/name: \{ ar: أولماس, fr: Oulmès \}/);
    expect(commune).toMatch(/total: 16874/);
  });
  it('asks in Arabic with --lang ar', async () => {
    await runCli(['init', path.join(dir, 'x'), '--lang', 'ar'], { tty: true });
    expect(scripted.seen[0]!.message).toMatch(/الجهة/);
  });
  it('Ctrl-C in the middle writes nothing', async () => {
    scripted.cancelAt = 'period';
    const ws = path.join(dir, 'cancelled');
    const r = await runCli(['init', ws], { tty: true });
    expect(r.code).toBe(130);
    expect(existsSync(ws)).toBe(false);
  });
  it('Ctrl-C leaves an existing workspace exactly as it was, even with --force', async () => {
    const ws = path.join(dir, 'existing');
    mkdirSync(ws);
    writeFileSync(path.join(ws, 'plan.yaml'), 'format: 1 # mine\n');
    scripted.cancelAt = 'languages';
    const r = await runCli(['init', ws, '--force'], { tty: true });
    expect(r.code).toBe(130);
    expect(readdirSync(ws)).toEqual(['plan.yaml']);
    expect(readFileSync(path.join(ws, 'plan.yaml'), 'utf8')).toBe('format: 1 # mine\n');
  });
});

describe('plan init without prompts', () => {
  it('--answers FILE (YAML) and --yes', async () => {
    const file = path.join(dir, 'answers.yaml');
    writeFileSync(
      file,
      Object.entries(ANSWERS)
        .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : v}`)
        .join('\n'),
    );
    const ws = path.join(dir, 'a');
    const r = await runCli(['init', ws, '--answers', file, '--yes']);
    expect(r.code).toBe(0);
    expect(scripted.seen).toEqual([]);
    await expectValidWorkspace(ws);
  });
  it('--answers FILE (JSON) with dashed keys', async () => {
    const file = path.join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify({ ...ANSWERS, 'mandate-start': ANSWERS.mandate_start, mandate_start: undefined }));
    const ws = path.join(dir, 'j');
    expect((await runCli(['init', ws, '--answers', file])).code).toBe(0);
    await expectValidWorkspace(ws);
  });
  it('--yes with flags takes names in either script and proposes the period', async () => {
    const ws = path.join(dir, 'f');
    const r = await runCli([
      'init',
      ws,
      '--yes',
      '--region',
      'rabat sale kenitra',
      '--province',
      'الخميسات',
      '--commune',
      'oulmes',
      '--president',
      'A',
      '--mandate-start',
      '2021-09-21',
      '--members',
      '23',
      '--women',
      '10',
      '--men',
      '12',
      '--lang',
      'en',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = readFileSync(path.join(ws, 'plan.yaml'), 'utf8');
    expect(plan).toMatch(/period: \{ start_year: 2022, end_year: 2027 \}/);
    expect(plan).toMatch(/languages: \[ ar, fr \]/);
    await expectValidWorkspace(ws);
  });
  it('with no terminal and missing answers: exit 2, nothing asked, every missing flag listed', async () => {
    const ws = path.join(dir, 'm');
    const r = await runCli(['init', ws, '--region', 'REGION_10', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(scripted.seen).toEqual([]);
    for (const f of ['--province', '--commune', '--president', '--mandate-start', '--members', '--women', '--men', '--period', '--census', '--languages'])
      expect(r.stderr).toContain(f);
    expect(r.stderr).not.toContain('--region');
    expect(existsSync(ws)).toBe(false);
  });
  it('refuses a wrong answer with the reason, and an unknown commune with a hint', async () => {
    const r = await runCli([
      'init',
      path.join(dir, 'w'),
      '--yes',
      '--region',
      'REGION_10',
      '--province',
      'DIV_030',
      '--commune',
      'Nowhere',
      '--president',
      'A',
      '--mandate-start',
      '2021-09-21',
      '--members',
      '23',
      '--women',
      '1',
      '--men',
      '1',
      '--period',
      '2022-2026',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--commune .*"Nowhere" is not in the list/);
    expect(r.stderr).toMatch(/--period .*six years/);
  });
  it('refuses a folder that is not empty unless --force', async () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'x');
    const args = [
      'init',
      dir,
      '--answers',
      '/dev/null',
      '--yes',
      ...Object.entries(ANSWERS).flatMap(([k, v]) => [`--${k.replace(/_/g, '-')}`, Array.isArray(v) ? v.join(',') : String(v)]),
    ];
    const refused = await runCli(args);
    expect(refused.code).toBe(2);
    expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
    const forced = await runCli([...args, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('x');
  });
});
