import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/period-finance/fin-002-financing-closes.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-FIN-002 financing closes', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a cost the financing does not cover', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.estimated_cost = 1_100_000;
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-FIN-002', severity: 'error', path: ['estimated_cost'], expected: '1,100,000', found: '1,000,000' });
    expect(ds[0]!.message).toContain('gap -100,000 MAD');
  });
  it('accepts a gap within tolerance_mad, from plan.yaml or from the run', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.estimated_cost = 1_000_500;
    expect(check(rule, plan)).toHaveLength(1);
    expect(check(rule, plan, { params: { 'PAC-FIN-002': { tolerance_mad: 500 } } })).toEqual([]);
    plan.manifest!.data.rules = { params: { 'PAC-FIN-002': { tolerance_mad: 499 } } };
    expect(check(rule, plan)).toHaveLength(1);
  });
});
