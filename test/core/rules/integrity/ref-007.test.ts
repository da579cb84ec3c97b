import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ref-007-committees.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-REF-007 committees named in the adoption exist', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a referral and a report naming unknown committees', () => {
    const plan = loadPlan();
    plan.adoption!.data.committee_referral!.committees = ['FIN', 'CULT'];
    plan.adoption!.data.committee_reports![0]!.committee = 'SOC';
    expect(check(rule, plan).map((d) => [d.code, d.path, d.expected, d.found])).toEqual([
      ['PAC-REF-007', ['committee_referral', 'committees', 1], 'FIN, SERV, URB', 'CULT'],
      ['PAC-REF-007', ['committee_reports', 0, 'committee'], 'FIN, SERV, URB', 'SOC'],
    ]);
  });
});
