import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/period-finance/fin-003-years-close.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-FIN-003 yearly split equals the amount', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a line whose years fall short, at its amount', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.financing[1]!.by_year['2023'] = 250_000;
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-FIN-003', path: ['financing', 1, 'amount'], expected: '600,000', found: '550,000' });
    expect(ds[0]!.message).toContain('REGION');
  });
  it('honours tolerance_mad', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.financing[0].by_year['2022'] = 199_999;
    expect(check(rule, plan)).toHaveLength(1);
    expect(check(rule, plan, { params: { 'PAC-FIN-003': { tolerance_mad: 1 } } })).toEqual([]);
  });
});
