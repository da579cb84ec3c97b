import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/period-finance/fin-006-partner-commitments.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-FIN-006 financing within partner commitments', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('warns when a partner is asked more than its commitment for a year', () => {
    const plan = loadPlan();
    plan.finance!.data.partners[1]!.commitments = { '2022': 300_000, '2023': 250_000 };
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      code: 'PAC-FIN-006',
      severity: 'warning',
      path: ['partners', 1, 'commitments', '2023'],
      expected: '250,000',
      found: '300,000',
    });
    expect(ds[0]!.message).toContain('REGION');
  });
  it('counts an undeclared year as nothing committed', () => {
    const plan = loadPlan();
    plan.finance!.data.partners[1]!.commitments = { '2022': 300_000 };
    const ds = check(rule, plan);
    expect(ds.map((d) => [d.path, d.expected, d.found])).toEqual([[['partners', 1, 'commitments'], '0', '300,000']]);
  });
  it('leaves alone partners without commitments and cancelled projects', () => {
    const plan = loadPlan();
    plan.finance!.data.partners[1]!.commitments = { '2022': 1, '2023': 1 };
    plan.projects[0]!.data.status = 'cancelled';
    expect(check(rule, plan)).toEqual([]);
    plan.projects[0]!.data.status = 'planned';
    delete plan.finance!.data.partners[1]!.commitments;
    expect(check(rule, plan)).toEqual([]);
  });
});
