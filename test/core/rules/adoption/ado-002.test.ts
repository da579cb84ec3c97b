import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/adoption/ado-002-council-file.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-ADO-002 council file', () => {
  it('accepts the monitoring system and every committee report', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a monitoring system not attached', () => {
    const plan = loadPlan();
    plan.adoption!.data.monitoring_system_attached = false;
    expect(check(rule, plan)).toEqual([
      expect.objectContaining({ code: 'PAC-ADO-002', severity: 'error', path: ['monitoring_system_attached'], expected: 'true', found: 'false' }),
    ]);
  });
  it('flags a missing indicators.yaml', () => {
    const plan = loadPlan();
    delete plan.indicators;
    plan.present.delete('indicators');
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['monitoring_system_attached'], expected: 'indicators.yaml', found: '—' })]);
  });
  it('flags a referred committee without a report, at the referral entry', () => {
    const plan = loadPlan();
    plan.commune!.data.council.standing_committees!.push({ id: 'URB', name: { ar: 'لجنة التعمير', fr: 'Commission de l’urbanisme' } });
    plan.adoption!.data.committee_referral!.committees = ['FIN', 'URB'];
    expect(check(rule, plan)).toEqual([
      expect.objectContaining({ path: ['committee_referral', 'committees', 1], expected: 'committee_reports: URB', found: '—' }),
    ]);
  });
  it('leaves a committee unknown to commune.yaml to PAC-REF-007', () => {
    const plan = loadPlan();
    plan.adoption!.data.committee_referral!.committees = ['FIN', 'XXX'];
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags a report dated after the session', () => {
    const plan = loadPlan();
    plan.adoption!.data.committee_reports![0]!.date = '2022-05-04';
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['committee_reports', 0, 'date'], expected: '≤ 2022-05-03', found: '2022-05-04' })]);
  });
  it('waits for the session before judging the file', () => {
    const plan = loadPlan();
    delete plan.adoption!.data.session;
    plan.adoption!.data.monitoring_system_attached = false;
    expect(check(rule, plan)).toEqual([]);
  });
});
