import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ruleByCode } from '../../../../src/core/rules/registry.js';
import { programmeFingerprint } from '../../../../src/core/decide/programme-fingerprint.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';
import { runCli } from '../../../helpers/run-cli.js';

const rule = ruleByCode('PAC-PRG-001')!;
const repo = path.resolve(__dirname, '../../../..');

const withProgramme = () => {
  const plan = loadPlan();
  (plan.finance!.data as any).programme = {
    generated_by: 'test',
    objective: 1,
    lines: [{ project: 'P01', year: 2022, partner: 'COMMUNE', amount: 1 }],
    unfunded: [],
  };
  (plan.finance!.data as any).programme.fingerprint = programmeFingerprint(plan);
  return plan;
};

describe('PAC-PRG-001 programme up to date', () => {
  it('is silent without a programme, and on a programme computed from the plan as it is', () => {
    expect(check(rule, loadPlan())).toEqual([]);
    expect(check(rule, withProgramme())).toEqual([]);
  });
  it('the fingerprint ignores texts and key order, not figures', () => {
    const plan = withProgramme();
    const fp = programmeFingerprint(plan);
    const p = plan.projects[0]!.data as any;
    p.title = { ar: 'عنوان آخر', fr: 'Un autre titre' };
    plan.projects[0]!.data = Object.fromEntries(Object.entries(p).reverse()) as any;
    expect(programmeFingerprint(plan)).toBe(fp);
    (plan.projects[0]!.data as any).estimated_cost += 1;
    expect(programmeFingerprint(plan)).not.toBe(fp);
  });
  it.each([
    ['a project cost', (p: any) => (p.projects[0].data.estimated_cost += 100000)],
    ['a project schedule', (p: any) => (p.projects[0].data.schedule.end_year += 1)],
    ['a financing', (p: any) => (p.projects[0].data.financing[0].amount += 1)],
    ['a partner envelope or projection', (p: any) => (p.finance.data.projection[0].investment_capacity += 1)],
    ['a share rule', (p: any) => (p.finance.data.selection = { sector_shares: [{ sector: 'roads', max: 0.5 }] })],
    ['a score', (p: any) => (p.priorities.data.priorities[0].scores.urgency = 3)],
  ])('reports the programme out of date after a change of %s, at the fingerprint', (_what, change) => {
    const plan = withProgramme();
    change(plan);
    const ds = check(rule, plan, {}, 'fr');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-PRG-001', severity: 'error', path: ['programme', 'fingerprint'] });
    expect(ds[0]!.message).toContain('plan select');
  });
  it('reports a programme that does not record its inputs', () => {
    const plan = withProgramme();
    delete (plan.finance!.data as any).programme.fingerprint;
    expect(check(rule, plan)[0]).toMatchObject({ code: 'PAC-PRG-001', path: ['programme'] });
  });
});

describe('plan select, validate and render with the programme', () => {
  const copy = (from: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-prg-'));
    cpSync(path.join(repo, from), dir, { recursive: true });
    return dir;
  };
  it('plan select stores the fingerprint; a cost changed afterwards fails validate at the programme', async () => {
    const dir = copy('test/fixtures/minimal');
    try {
      expect((await runCli(['select', dir, '--lang', 'en'])).code).toBe(0);
      expect(readFileSync(path.join(dir, 'finance.yaml'), 'utf8')).toMatch(/^ {2}fingerprint: sha256:[0-9a-f]{64}$/m);
      expect((await runCli(['validate', dir])).code).toBe(0);
      const p = path.join(dir, 'priorities.yaml');
      writeFileSync(p, readFileSync(p, 'utf8').replace('urgency: 5', 'urgency: 3'));
      const v = await runCli(['validate', dir, '--format', 'json']);
      expect(v.code).toBe(1);
      const d = JSON.parse(v.stdout).diagnostics;
      expect(d.map((x: any) => x.code)).toEqual(['PAC-PRG-001']);
      expect(d[0].file).toMatch(/finance\.yaml$/);
      expect(d[0].line).toBeGreaterThan(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('plan render refuses a final document from an out-of-date programme, and prints a marked draft with --draft', async () => {
    const dir = copy('examples/oulmes');
    const out = mkdtempSync(path.join(tmpdir(), 'plan-prg-out-'));
    try {
      const p = path.join(dir, 'projects', 'P01.yaml');
      writeFileSync(
        p,
        readFileSync(p, 'utf8')
          .replace(/^estimated_cost: (\d+)/m, (_m, n) => `estimated_cost: ${Number(n) + 1000000}`)
          .replace(/amount: (\d+)/, (_m, n) => `amount: ${Number(n) + 1000000}`),
      );
      const r = await runCli(['render', dir, '--format', 'html', '--out', out, '--lang', 'fr']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('PAC-PRG-001');
      expect(readdirSync(out)).toEqual([]);
      const d = await runCli(['render', dir, '--format', 'html', '--out', out, '--lang', 'fr', '--draft']);
      expect(d.code).toBe(0);
      const file = readdirSync(out).find((f) => f.endsWith('.html'))!;
      expect(existsSync(path.join(out, file))).toBe(true);
      expect(readFileSync(path.join(out, file), 'utf8')).toMatch(/class="[^"]*draft/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
