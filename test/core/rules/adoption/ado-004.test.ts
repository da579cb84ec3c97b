import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/adoption/ado-004-votes-attendance.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-ADO-004 votes consistent with attendance', () => {
  it('accepts 11 votes from 11 present of 15', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags more votes than members present', () => {
    const plan = loadPlan();
    plan.adoption!.data.votes = { for: 10, against: 1, abstain: 1 };
    expect(check(rule, plan)).toEqual([expect.objectContaining({ code: 'PAC-ADO-004', severity: 'error', path: ['votes'], expected: '≤ 11', found: '12' })]);
  });
  it('counts the present of the held convocation', () => {
    const plan = loadPlan();
    const s = plan.adoption!.data.session!;
    s.convocations = [
      { number: 1, date: '2022-04-29', present: 6 },
      { number: 2, date: '2022-05-03', present: 10 },
    ];
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['votes'], expected: '≤ 10', found: '11' })]);
  });
  it('flags more present than members in office', () => {
    const plan = loadPlan();
    plan.adoption!.data.session!.convocations[0]!.present = 16;
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['session', 'convocations', 0, 'present'], expected: '≤ 15', found: '16' })]);
  });
  it('flags more members in office at the session than the council has', () => {
    const plan = loadPlan();
    plan.adoption!.data.members_in_office = 17;
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['members_in_office'], expected: '≤ 15', found: '17' })]);
  });
});
