import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/gen-003-beneficiaries-by-sex.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-GEN-003 beneficiaries split by sex', () => {
  it('accepts beneficiaries split by sex', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags women + men different from the total at beneficiaries.total', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.beneficiaries!.total = 650;
    expect(check(rule, plan)).toEqual([
      expect.objectContaining({ code: 'PAC-GEN-003', severity: 'error', path: ['beneficiaries', 'total'], expected: '600', found: '650' }),
    ]);
  });
  it('flags beneficiaries without a split by sex', () => {
    const plan = loadPlan();
    delete plan.projects[0]!.data.beneficiaries!.men;
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['beneficiaries'], expected: 'women, men', found: 'women' })]);
  });
  it('flags a project without beneficiaries', () => {
    const plan = loadPlan();
    delete plan.projects[0]!.data.beneficiaries;
    expect(check(rule, plan)).toEqual([expect.objectContaining({ code: 'PAC-GEN-003', path: ['beneficiaries'], found: '—' })]);
  });
});
