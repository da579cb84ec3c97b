import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ind-002-indicator-years.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-IND-002 indicator years consistent with the plan period', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('warns on a baseline measured after the plan start', () => {
    const plan = loadPlan();
    plan.indicators!.data.indicators[0]!.baseline!.year = 2023;
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-IND-002', severity: 'warning', path: ['indicators', 0, 'baseline', 'year'], expected: '≤ 2022', found: '2023' });
  });
  it('warns on a target year outside the period, at its key', () => {
    const plan = loadPlan();
    plan.indicators!.data.indicators[0]!.targets = { '2023': 120, '2030': 150 };
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ path: ['indicators', 0, 'targets', '2030'], expected: '2022-2027', found: '2030' });
  });
});
