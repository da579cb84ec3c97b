import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/period-finance/fin-001-three-year-projection.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-FIN-001 three-year projection', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a missing third year', () => {
    const plan = loadPlan();
    plan.finance!.data.projection = plan.finance!.data.projection.filter((r) => r.year !== 2024);
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-FIN-001', severity: 'error', path: ['projection'], expected: '2024', found: '2022, 2023' });
    expect(ds[0]!.message).toContain('plan year 3');
  });
  it('counts the years from the plan start', () => {
    const plan = loadPlan();
    plan.manifest!.data.period = { start_year: 2021, end_year: 2026 };
    expect(check(rule, plan).map((d) => d.expected)).toEqual(['2021']);
  });
  it('is skipped without finance.yaml', () => {
    const plan = loadPlan();
    delete plan.finance;
    plan.present.delete('finance');
    expect(check(rule, plan)).toEqual([]);
  });
});
