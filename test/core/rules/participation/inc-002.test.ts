import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/inc-002-pwd-reached.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-INC-002 people with disabilities reached', () => {
  it('accepts a consultation targeting people with disabilities', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags consultations that neither target nor count them', () => {
    const plan = loadPlan();
    const k1 = plan.consultations!.data.consultations[0]!;
    k1.target_groups = ['rural', 'youth'];
    k1.participants.pwd = 0;
    const ds = check(rule, plan);
    expect(ds).toEqual([expect.objectContaining({ code: 'PAC-INC-002', severity: 'warning', path: ['consultations'], found: '—' })]);
    expect(ds[0]!.expected).toContain('pwd');
  });
  it('accepts participants with disabilities counted without the target group', () => {
    const plan = loadPlan();
    plan.consultations!.data.consultations[0]!.target_groups = ['rural'];
    expect(check(rule, plan)).toEqual([]);
  });
});
