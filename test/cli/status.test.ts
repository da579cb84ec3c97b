import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { RULES } from '../../src/core/rules/registry.js';
import { PHASE_REQUIREMENTS } from '../../src/core/plan/phases.js';

const EXAMPLES = ['examples/oulmes', 'examples/khemisset', 'test/fixtures/minimal'];

describe('plan status', () => {
  for (const ex of EXAMPLES) {
    it(`prints the checklist of every phase and the calendar for ${ex}`, async () => {
      const r = await runCli(['status', ex, '--today', '2022-01-15', '--lang', 'en'], { env: { PLAN_BIDI: 'none' } });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      for (const n of [1, 2, 3, 4, 5]) expect(r.stdout).toMatch(new RegExp(`Phase ${n} — `));
      // Every registered rule and every requirement has its line, with its basis.
      for (const rule of RULES) expect(r.stdout).toMatch(new RegExp(`\\] ${rule.code} .*· ${rule.basis.replace(/[.()]/g, '\\$&')}`));
      for (const req of Object.values(PHASE_REQUIREMENTS).flat()) expect(r.stdout).toContain(req.item);
      expect(r.stdout).toMatch(/Calendar \(today 2022-01-15\)/);
      expect(r.stdout).toMatch(/End of the mandate’s first year/);
    });
  }
  it('marks each rule from its findings: a broken plan shows [E] on that rule only', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-status-'));
    cpSync('test/fixtures/minimal', dir, { recursive: true });
    const { writeFileSync, readFileSync } = await import('node:fs');
    const f = path.join(dir, 'consultations.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('{ total: 12, women: 4, men: 8 }', '{ total: 13, women: 4, men: 8 }'));
    // A day after every recorded fact of the minimal plan (its visa: 24 May 2022).
    const r = await runCli(['status', dir, '--format', 'json', '--today', '2022-07-01']);
    const report = JSON.parse(r.stdout);
    const items = report.phases.flatMap((p: { items: Array<{ id: string; state: string }> }) => p.items);
    expect(items.find((i: { id: string }) => i.id === 'PAC-GEN-002').state).toBe('error');
    expect(items.filter((i: { state: string }) => i.state === 'error').map((i: { id: string }) => i.id)).toEqual(['PAC-GEN-002']);
    expect(report.next[0]).toMatchObject({ item: 'PAC-GEN-002' });
    rmSync(dir, { recursive: true, force: true });
  });
  it('speaks Arabic with the Latin ids at the line start and the Arabic runs isolated', async () => {
    const r = await runCli(['status', 'examples/oulmes', '--lang', 'ar', '--today', '2022-01-15']);
    const line = r.stdout.split('\n').find((l) => l.includes('PAC-PER-001'))!;
    expect(line).toMatch(/^\s+\[x\] PAC-PER-001\s+\u2068[^\u2069]+\u2069/);
  });
  it('refuses a folder that is not a workspace and a bad --today with exit 2', async () => {
    expect((await runCli(['status', 'docs'])).code).toBe(2);
    expect((await runCli(['status', 'examples/oulmes', '--today', '15/01/2022'])).code).toBe(2);
  });
});

describe('plan status with a file that failed to load', () => {
  for (const [what, bytes] of [
    ['empty', Buffer.alloc(0)],
    ['UTF-16', Buffer.from('\ufeffcurrency: MAD\n', 'utf16le')],
    ['binary', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0])],
  ] as const) {
    it(`an ${what} finance.yaml is not done: status and validate say so`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'plan-broken-'));
      try {
        cpSync('test/fixtures/minimal', dir, { recursive: true });
        writeFileSync(path.join(dir, 'finance.yaml'), bytes);
        const s = await runCli(['status', dir, '--today', '2022-01-15', '--lang', 'en'], { env: { PLAN_BIDI: 'none' } });
        expect(s.stdout).not.toMatch(/\[x\] finance\.yaml/);
        expect(s.stdout).toMatch(/\[E\] finance\.yaml/);
        expect(s.stdout).toMatch(/Current phase: 3/);
        expect(s.stdout).toMatch(/- finance\.yaml: fix the errors: plan validate \(finance\.yaml\)/);
        const v = await runCli(['validate', dir, '--lang', 'en', '--format', 'json']);
        expect(v.code).toBe(1);
        expect(JSON.parse(v.stdout).workspaces[0].phase).toEqual({ current: 3, missing: ['finance.yaml'] });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
