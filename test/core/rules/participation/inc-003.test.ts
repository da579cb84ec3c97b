import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/inc-003-rural-reached.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';
import type { Plan } from '../../../../src/core/plan/workspace.js';

// K1 no longer targets, counts or meets in rural areas.
const unreach = (plan: Plan) => {
  const k1 = plan.consultations!.data.consultations[0]!;
  k1.target_groups = ['youth', 'pwd'];
  k1.participants.rural = 0;
  k1.localities = ['C1'];
};

describe('PAC-INC-003 rural douars reached', () => {
  it('accepts a rural commune with a rural consultation', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a rural commune whose consultations miss rural residents', () => {
    const plan = loadPlan();
    unreach(plan);
    const ds = check(rule, plan);
    expect(ds).toEqual([expect.objectContaining({ code: 'PAC-INC-003', severity: 'warning', path: ['consultations'], found: '—' })]);
    expect(ds[0]!.expected).toContain('rural');
  });
  it('counts a consultation held in a rural locality', () => {
    const plan = loadPlan();
    unreach(plan);
    plan.consultations!.data.consultations[0]!.localities = ['D1'];
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags an urban commune that has a rural douar', () => {
    const plan = loadPlan();
    unreach(plan);
    plan.commune!.data.type = 'urban';
    expect(check(rule, plan)).toHaveLength(1);
  });
  it('exempts an urban commune without rural localities', () => {
    const plan = loadPlan();
    unreach(plan);
    plan.commune!.data.type = 'urban';
    plan.commune!.data.localities = plan.commune!.data.localities!.filter((l) => l.area === 'urban');
    expect(check(rule, plan)).toEqual([]);
  });
});
