import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/gen-004-women-share.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';
import type { Plan } from '../../../../src/core/plan/workspace.js';

// Sets women/men of a consultation, keeping the total.
const setWomen = (plan: Plan, i: number, women: number) => {
  const p = plan.consultations!.data.consultations[i]!.participants;
  p.men = p.total - women;
  p.women = women;
};

describe('PAC-GEN-004 women share of participants', () => {
  it('accepts the minimal plan (27 women of 61 participants)', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags an overall share under 30% at consultations, as percentages', () => {
    const plan = loadPlan();
    setWomen(plan, 0, 8); // 8 + 4 + 5 = 17 of 61 = 27.9 %
    const ds = check(rule, plan);
    expect(ds).toEqual([expect.objectContaining({ code: 'PAC-GEN-004', severity: 'warning', path: ['consultations'], expected: '30', found: '27.9' })]);
    expect(ds[0]!.message).toMatch(/unverified/);
  });
  it('flags one consultation under the per-consultation floor', () => {
    const plan = loadPlan();
    setWomen(plan, 1, 1); // K2: 1 of 12 = 8.3 %; overall 24 of 61 stays above 30 %
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['consultations', 1, 'participants', 'women'], expected: '15', found: '8.3' })]);
  });
  it('takes both thresholds from plan.yaml rules.params', () => {
    const plan = loadPlan();
    plan.manifest!.data.rules = { params: { 'PAC-GEN-004': { min_women_share: 0.5, min_women_share_each: 0.4 } } };
    // 44.3 % overall < 50 %; K2 has 33.3 % < 40 %.
    expect(check(rule, plan).map((d) => [d.path, d.expected, d.found])).toEqual([
      [['consultations', 1, 'participants', 'women'], '40', '33.3'],
      [['consultations'], '50', '44.3'],
    ]);
  });
});
