import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/adoption/ado-008-update-year.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';
import type { Plan } from '../../../../src/core/plan/workspace.js';

const update = (plan: Plan, date: string) => {
  plan.adoption!.data.updates = [{ date, plan_year: 3, changes: [{ ar: 'إضافة مشروع', fr: 'Ajout d’un projet' }] }];
};

describe('PAC-ADO-008 update from the third year', () => {
  it('accepts a plan without updates, and one updated in its third year', () => {
    expect(check(rule, loadPlan())).toEqual([]);
    const plan = loadPlan();
    update(plan, '2024-01-01');
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags an update in the second year at its date', () => {
    const plan = loadPlan();
    update(plan, '2023-12-31');
    const ds = check(rule, plan);
    expect(ds).toEqual([expect.objectContaining({ code: 'PAC-ADO-008', severity: 'warning', path: ['updates', 0, 'date'], expected: '≥ 2024-01-01', found: '2023-12-31' })]);
    expect(ds[0]!.message).toMatch(/unverified/);
  });
  it('reads the first plan year allowed from the settings', () => {
    const plan = loadPlan();
    update(plan, '2024-06-01');
    expect(check(rule, plan, { params: { 'PAC-ADO-008': { from_plan_year: 4 } } })).toEqual([
      expect.objectContaining({ expected: '≥ 2025-01-01', found: '2024-06-01' }),
    ]);
  });
});
