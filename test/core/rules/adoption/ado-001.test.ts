import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/adoption/ado-001-committee-referral.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-ADO-001 committees seized 30 days before the session', () => {
  it('accepts a referral 39 days before', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('accepts exactly 30 days', () => {
    const plan = loadPlan();
    plan.adoption!.data.committee_referral!.date = '2022-04-03';
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags 29 days at committee_referral.date', () => {
    const plan = loadPlan();
    plan.adoption!.data.committee_referral!.date = '2022-04-04';
    expect(check(rule, plan)).toEqual([
      expect.objectContaining({ code: 'PAC-ADO-001', severity: 'error', path: ['committee_referral', 'date'], expected: '≥ 30', found: '29' }),
    ]);
  });
  it('flags a session without a recorded referral', () => {
    const plan = loadPlan();
    delete plan.adoption!.data.committee_referral;
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['committee_referral'], found: '—' })]);
  });
  it('reads the number of days from the settings', () => {
    expect(check(rule, loadPlan(), { params: { 'PAC-ADO-001': { days: 40 } } })).toEqual([expect.objectContaining({ expected: '≥ 40', found: '39' })]);
  });
});
