import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/inc-001-youth-reached.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-INC-001 youth reached', () => {
  it('accepts a consultation targeting youth', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags consultations that neither target nor count youth', () => {
    const plan = loadPlan();
    const k1 = plan.consultations!.data.consultations[0]!;
    k1.target_groups = ['rural', 'pwd'];
    delete k1.participants.youth;
    const ds = check(rule, plan);
    expect(ds).toEqual([expect.objectContaining({ code: 'PAC-INC-001', severity: 'warning', path: ['consultations'], found: '—' })]);
    expect(ds[0]!.expected).toContain('youth');
    expect(ds[0]!.message).toContain('young people');
  });
  it('accepts young participants counted without the target group', () => {
    const plan = loadPlan();
    plan.consultations!.data.consultations[0]!.target_groups = [];
    expect(check(rule, plan)).toEqual([]);
  });
});
