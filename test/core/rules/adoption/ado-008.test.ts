import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/adoption/ado-008-update-year.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';
import type { Plan } from '../../../../src/core/plan/workspace.js';

const update = (plan: Plan, date: string) => {
  plan.adoption!.data.updates = [{ date, plan_year: 3, changes: [{ ar: 'إضافة مشروع', fr: 'Ajout d’un projet' }] }];
};

describe('PAC-ADO-008 update from the third year in force', () => {
  // The minimal plan's visa is dated 2022-05-24: the third year in force opens on 2024-05-24.
  it('accepts a plan without updates, and one updated in its third year in force', () => {
    expect(check(rule, loadPlan())).toEqual([]);
    const plan = loadPlan();
    update(plan, '2024-05-24');
    expect(check(rule, plan)).toEqual([]);
  });
  it('counts from the entry into force, not the plan calendar: 1 January of plan year 3 is too early', () => {
    const plan = loadPlan();
    update(plan, '2024-01-01');
    const ds = check(rule, plan);
    expect(ds).toEqual([
      expect.objectContaining({ code: 'PAC-ADO-008', severity: 'warning', path: ['updates', 0, 'date'], expected: '≥ 2024-05-24', found: '2024-01-01' }),
    ]);
    expect(ds[0]!.message).toMatch(/unverified/);
  });
  it('counts from the tacit visa date when the governor kept silent', () => {
    const plan = loadPlan();
    plan.adoption!.data.visa = { received_on: '2022-05-10', status: 'tacit' };
    update(plan, '2024-05-29');
    expect(check(rule, plan).map((d) => d.expected)).toEqual(['≥ 2024-05-30']);
  });
  it('flags an update of a plan that never entered into force', () => {
    const plan = loadPlan();
    plan.adoption!.data.visa = { received_on: '2022-05-10', status: 'pending' };
    update(plan, '2025-01-01');
    expect(check(rule, plan).map((d) => [d.path, d.expected])).toEqual([[['updates', 0, 'date'], 'visa']]);
  });
  it('reads the first year allowed from the settings', () => {
    const plan = loadPlan();
    update(plan, '2024-06-01');
    expect(check(rule, plan, { params: { 'PAC-ADO-008': { from_plan_year: 4 } } })).toEqual([
      expect.objectContaining({ expected: '≥ 2025-05-24', found: '2024-06-01' }),
    ]);
  });
});
