import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/adoption/del-001-first-year-deadline.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-DEL-001 plan prepared within the first year of the mandate', () => {
  it('accepts a session eight months into the mandate', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('accepts the last day of the first year', () => {
    const plan = loadPlan();
    plan.adoption!.data.session!.date = '2022-09-14';
    expect(check(rule, plan)).toEqual([]);
  });
  it('by default reads "prepared" (art. 78): the referral to the committees, not the session, must fall in the first year', () => {
    const plan = loadPlan();
    plan.adoption!.data.session!.date = '2022-09-15';
    expect(check(rule, plan)).toEqual([]);
    plan.adoption!.data.committee_referral!.date = '2022-09-15';
    const ds = check(rule, plan);
    expect(ds).toEqual([
      expect.objectContaining({
        code: 'PAC-DEL-001',
        severity: 'warning',
        path: ['committee_referral', 'date'],
        expected: '≤ 2022-09-14',
        found: '2022-09-15',
      }),
    ]);
    expect(ds[0]!.message).toMatch(/prepared.*interpretation.*unverified/);
  });
  it('flags a session on the anniversary of the mandate under the stricter reading "adopted"', () => {
    const plan = loadPlan();
    plan.adoption!.data.session!.date = '2022-09-15';
    const ds = check(rule, plan, { params: { 'PAC-DEL-001': { reading: 'adopted' } } });
    expect(ds).toEqual([
      expect.objectContaining({ code: 'PAC-DEL-001', severity: 'warning', path: ['session', 'date'], expected: '≤ 2022-09-14', found: '2022-09-15' }),
    ]);
    expect(ds[0]!.message).toMatch(/\(adopted\) is an interpretation/);
  });
  it('reads the number of months from the settings', () => {
    const plan = loadPlan();
    plan.adoption!.data.committee_referral!.date = '2022-09-15';
    expect(check(rule, plan, { params: { 'PAC-DEL-001': { months: 18 } } })).toEqual([]);
    expect(check(rule, loadPlan(), { params: { 'PAC-DEL-001': { months: 6 } } })).toEqual([
      expect.objectContaining({ expected: '≤ 2022-03-14', found: '2022-03-25' }),
    ]);
  });
  it('refuses an unknown reading instead of passing silently', () => {
    expect(check(rule, loadPlan(), { params: { 'PAC-DEL-001': { reading: 'voted' } } })).toEqual([expect.objectContaining({ code: 'PAC-INT-999' })]);
  });
});
