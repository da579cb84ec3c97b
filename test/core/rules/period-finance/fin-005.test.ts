import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/period-finance/fin-005-capacity-adds-up.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-FIN-005 investment capacity adds up', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('warns when the capacity is not resources minus operating spend and debt service', () => {
    const plan = loadPlan();
    plan.finance!.data.projection[2]!.investment_capacity = 900_000;
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      code: 'PAC-FIN-005',
      severity: 'warning',
      path: ['projection', 2, 'investment_capacity'],
      expected: '850,000',
      found: '900,000',
    });
  });
  it('honours tolerance_mad', () => {
    const plan = loadPlan();
    plan.finance!.data.projection[0]!.debt_service = 100_010;
    expect(check(rule, plan)).toHaveLength(1);
    expect(check(rule, plan, { params: { 'PAC-FIN-005': { tolerance_mad: 10 } } })).toEqual([]);
  });
});
