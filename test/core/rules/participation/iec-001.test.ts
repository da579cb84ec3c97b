import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/iec-001-iecag-consulted.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-IEC-001 IECAG consulted before the committees', () => {
  it('accepts an IECAG consultation before the referral', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags plans without an IECAG consultation', () => {
    const plan = loadPlan();
    plan.consultations!.data.consultations[2]!.type = 'target_group';
    expect(check(rule, plan)).toEqual([
      expect.objectContaining({ code: 'PAC-IEC-001', severity: 'warning', path: ['consultations'], expected: 'type: iecag', found: '—' }),
    ]);
  });
  it('flags an IECAG consultation on or after the committee referral, at its date', () => {
    const plan = loadPlan();
    plan.consultations!.data.consultations[2]!.date = '2022-03-25';
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['consultations', 2, 'date'], expected: '< 2022-03-25', found: '2022-03-25' })]);
  });
  it('only asks for an IECAG consultation when no referral is recorded', () => {
    const plan = loadPlan();
    plan.consultations!.data.consultations[2]!.date = '2022-06-01';
    delete plan.adoption!.data.committee_referral;
    expect(check(rule, plan)).toEqual([]);
  });
});
