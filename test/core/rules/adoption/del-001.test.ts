import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/adoption/del-001-first-year-deadline.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-DEL-001 adoption within the first year of the mandate', () => {
  it('accepts a session eight months into the mandate', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('accepts the last day of the first year', () => {
    const plan = loadPlan();
    plan.adoption!.data.session!.date = '2022-09-14';
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags a session on the anniversary of the mandate', () => {
    const plan = loadPlan();
    plan.adoption!.data.session!.date = '2022-09-15';
    const ds = check(rule, plan);
    expect(ds).toEqual([expect.objectContaining({ code: 'PAC-DEL-001', severity: 'warning', path: ['session', 'date'], expected: '≤ 2022-09-14', found: '2022-09-15' })]);
  });
  it('reads the number of months from the settings', () => {
    const plan = loadPlan();
    plan.adoption!.data.session!.date = '2022-09-15';
    expect(check(rule, plan, { params: { 'PAC-DEL-001': { months: 18 } } })).toEqual([]);
    expect(check(rule, loadPlan(), { params: { 'PAC-DEL-001': { months: 6 } } })).toEqual([
      expect.objectContaining({ expected: '≤ 2022-03-14', found: '2022-05-03' }),
    ]);
  });
});
