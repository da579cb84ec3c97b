import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/period-finance/per-002-years-inside-period.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-PER-002 project years inside the plan period', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a schedule that ends after the plan', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.schedule.end_year = 2028;
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-PER-002', severity: 'error', path: ['schedule', 'end_year'], expected: '2022-2027', found: '2028' });
  });
  it('flags a financing year before the plan, at its by_year key', () => {
    const plan = loadPlan();
    const line = plan.projects[0]!.data.financing[1]!;
    line.by_year = { '2021': 300000, '2023': 300000 };
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ path: ['financing', 1, 'by_year', '2021'], expected: '2022-2027', found: '2021' });
    expect(ds[0]!.file).toMatch(/P01\.yaml$/);
  });
  it('follows the plan period, not a fixed one', () => {
    const plan = loadPlan();
    plan.manifest!.data.period = { start_year: 2023, end_year: 2028 };
    expect(check(rule, plan).map((d) => d.path)).toEqual([
      ['schedule', 'start_year'],
      ['financing', 0, 'by_year', '2022'],
      ['financing', 1, 'by_year', '2022'],
    ]);
  });
});
