import { describe, expect, it } from 'vitest';
import { RULES, ruleByCode } from '../../../../src/core/rules/registry.js';
import { paramValueOk } from '../../../../src/core/rules/param-schema.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

const rule = ruleByCode('PAC-CFG-001')!;
const withRules = (rules: unknown) => {
  const plan = loadPlan();
  (plan.manifest!.data as any).rules = rules;
  return plan;
};

describe('PAC-CFG-001 rule settings in plan.yaml', () => {
  it('accepts the minimal plan and valid settings', () => {
    expect(check(rule, loadPlan())).toEqual([]);
    expect(
      check(rule, withRules({ disable: ['PAC-GEN-004'], params: { 'PAC-FIN-002': { tolerance_mad: 100 } }, severity: { 'PAC-INC-001': 'info' } })),
    ).toEqual([]);
  });
  it('reports a value of the wrong type at its position, in the user language', () => {
    const ds = check(rule, withRules({ params: { 'PAC-FIN-002': { tolerance_mad: 'lots' } } }), {}, 'fr');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-CFG-001', severity: 'error', path: ['rules', 'params', 'PAC-FIN-002', 'tolerance_mad'], found: '"lots"' });
    expect(ds[0]!.message).toContain('un nombre ≥ 0');
  });
  it('reports a value out of range', () => {
    const ds = check(rule, withRules({ params: { 'PAC-GEN-004': { min_women_share: 30 } } }));
    expect(ds[0]).toMatchObject({ path: ['rules', 'params', 'PAC-GEN-004', 'min_women_share'] });
    expect(ds[0]!.message).toContain('from 0 to 1');
  });
  it('reports a misspelt parameter with a did-you-mean', () => {
    const ds = check(rule, withRules({ params: { 'PAC-GEN-004': { min_women_shar: 0.2 } } }));
    expect(ds[0]).toMatchObject({ path: ['rules', 'params', 'PAC-GEN-004', 'min_women_shar'], expected: 'min_women_share' });
    expect(ds[0]!.message).toContain('Did you mean "min_women_share"?');
  });
  it('reports unknown codes in disable, params and severity', () => {
    const ds = check(rule, withRules({ disable: ['PAC-GEN-044'], params: { 'PAC-XYZ-001': { a: 1 } }, severity: { 'PAC-FIN-092': 'info' } }));
    expect(ds.map((d) => d.path)).toEqual([
      ['rules', 'disable', 0],
      ['rules', 'severity', 'PAC-FIN-092'],
      ['rules', 'params', 'PAC-XYZ-001'],
    ]);
    expect(ds[0]!.expected).toBe('PAC-GEN-004');
  });
});

describe('parameter schemas', () => {
  it('a list parameter may be written as a list, one value or comma-separated text', () => {
    const spec = ruleByCode('PAC-ADO-006')!.params!.ordinary_months!;
    for (const ok of [[2, 5, 10], 5, '2,5,10', '6']) expect(paramValueOk(spec, ok), JSON.stringify(ok)).toBe(true);
    for (const bad of ['May', [2, 13], '', true]) expect(paramValueOk(spec, bad), JSON.stringify(bad)).toBe(false);
  });
  it('every parameter has a schema: numbers a range, texts their values, and the default fits it', () => {
    for (const r of RULES)
      for (const [name, spec] of Object.entries((r.params ?? {}) as Record<string, any>)) {
        const sample = Array.isArray(spec.default) ? spec.default[0] : spec.default;
        if (typeof sample === 'number') expect(spec.min ?? spec.max, `${r.code}.${name} has no range`).toBeDefined();
        if (typeof sample === 'string') expect(spec.values, `${r.code}.${name} lists no values`).toBeDefined();
        expect(paramValueOk(spec, spec.default), `${r.code}.${name} default`).toBe(true);
      }
  });
});

describe('a bad setting in plan.yaml fails validate', () => {
  it('tolerance_mad: "lots" is an error at its line, not a rule silently off', async () => {
    const { mkdtempSync, cpSync, appendFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { runCli } = await import('../../../helpers/run-cli.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-cfg-'));
    try {
      cpSync(path.resolve(__dirname, '../../../fixtures/minimal'), dir, { recursive: true });
      appendFileSync(path.join(dir, 'plan.yaml'), 'rules:\n  params:\n    PAC-FIN-002: { tolerance_mad: "lots" }\n');
      const r = await runCli(['validate', dir, '--format', 'json', '--lang', 'en']);
      expect(r.code).toBe(1);
      const d = JSON.parse(r.stdout).diagnostics;
      expect(d).toEqual([expect.objectContaining({ code: 'PAC-CFG-001', line: 10, found: '"lots"' })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
