import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/period-finance/per-001-six-year-window.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-PER-001 six-year window', () => {
  it('accepts a six-year period', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a five-year period at period.end_year', () => {
    const plan = loadPlan();
    plan.manifest!.data.period.end_year = 2026;
    const [d, ...rest] = check(rule, plan);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'PAC-PER-001', severity: 'error', path: ['period', 'end_year'], expected: '6', found: '5' });
  });
  it('reads the number of years from plan.yaml rules.params', () => {
    const plan = loadPlan();
    plan.manifest!.data.period.end_year = 2026;
    plan.manifest!.data.rules = { params: { 'PAC-PER-001': { years: 5 } } };
    expect(check(rule, plan)).toEqual([]);
  });
});
