import { describe, expect, it } from 'vitest';
import { RULES, ruleByCode } from '../../../../src/core/rules/registry.js';
import type { Plan } from '../../../../src/core/plan/workspace.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

const drop = (plan: Plan, kind: 'commune' | 'diagnosis' | 'consultations' | 'finance' | 'indicators' | 'priorities' | 'project') => {
  if (kind === 'project') plan.projects = [];
  else delete plan[kind];
  plan.present.delete(kind);
  return plan;
};

const CASES = [
  ['PAC-PHS-001', 'priorities', 'priorities.yaml', 2],
  ['PAC-PHS-002', 'commune', 'commune.yaml', 1],
  ['PAC-PHS-003', 'diagnosis', 'diagnosis.yaml', 1],
  ['PAC-PHS-004', 'consultations', 'consultations.yaml', 1],
  ['PAC-PHS-005', 'project', 'projects/', 3],
  ['PAC-PHS-006', 'finance', 'finance.yaml', 3],
  ['PAC-PHS-007', 'indicators', 'indicators.yaml', 3],
] as const;

describe('PAC-PHS-001…007 the files of a phase are there once a later phase has begun', () => {
  const phs = RULES.filter((r) => r.code.startsWith('PAC-PHS-'));
  it('the minimal plan has them all', () => {
    expect(check(phs, loadPlan())).toEqual([]);
  });
  it.each(CASES)('%s: %s removed from an adopted plan is an error with its phase and basis', (code, kind, name, phase) => {
    const ds = check(phs, drop(loadPlan(), kind), {}, 'fr');
    expect(ds).toHaveLength(1);
    const rule = ruleByCode(code)!;
    expect(rule.phase).toBe(phase);
    expect(ds[0]).toMatchObject({ code, severity: 'error', path: [], expected: name, basis: rule.basis });
    expect(ds[0]!.file.replace(/\/$/, '').endsWith(name.replace(/\/$/, ''))).toBe(true);
    expect(ds[0]!.message).toContain(`(phase ${phase})`);
  });
  it('is silent when no later phase has begun', () => {
    const plan = loadPlan();
    for (const k of ['priorities', 'project', 'finance', 'indicators'] as const) drop(plan, k);
    delete plan.adoption;
    plan.present.delete('adoption');
    drop(plan, 'consultations');
    expect(check(phs, plan)).toEqual([]);
  });
});
