import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/adoption/ado-003-quorum.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';
import type { Plan } from '../../../../src/core/plan/workspace.js';

type Convocation = NonNullable<NonNullable<Plan['adoption']>['data']['session']>['convocations'][number];

// The session of the minimal plan held at its last convocation.
const convene = (plan: Plan, ...convocations: Convocation[]) => {
  const s = plan.adoption!.data.session!;
  s.convocations = convocations as typeof s.convocations;
  s.date = convocations[convocations.length - 1]!.date;
};

describe('PAC-ADO-003 quorum by convocation', () => {
  it('accepts 11 of 15 present at the 1st convocation', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags 7 of 15 at the 1st convocation (quorum 8)', () => {
    const plan = loadPlan();
    plan.adoption!.data.session!.convocations[0]!.present = 7;
    expect(check(rule, plan)).toEqual([
      expect.objectContaining({ code: 'PAC-ADO-003', severity: 'error', path: ['session', 'convocations', 0, 'present'], expected: '≥ 8', found: '7' }),
    ]);
  });
  it('accepts a 2nd convocation sent 3 days after a failed 1st, and a 3rd after the third working day, with any attendance', () => {
    const plan = loadPlan();
    // 2nd meeting on Saturday 7 May; working days after it: 9, 10, 11 May; the 3rd meets from 12 May.
    convene(
      plan,
      { number: 1, date: '2022-05-03', present: 5 },
      { number: 2, sent_on: '2022-05-06', date: '2022-05-07', present: 6 },
      { number: 3, date: '2022-05-12', present: 3 },
    );
    expect(check(rule, plan)).toEqual([]);
  });
  it('bounds the sending of the 2nd convocation (3 to 5 days), not its meeting: a meeting 7 days later passes', () => {
    const plan = loadPlan();
    convene(plan, { number: 1, date: '2022-05-03', present: 5 }, { number: 2, sent_on: '2022-05-07', date: '2022-05-10', present: 9 });
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags a 2nd convocation sent 6 days after the failed 1st, and reads the bounds from the settings', () => {
    const plan = loadPlan();
    convene(plan, { number: 1, date: '2022-05-03', present: 5 }, { number: 2, sent_on: '2022-05-09', date: '2022-05-12', present: 9 });
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['session', 'convocations', 1, 'sent_on'], expected: '3–5', found: '6' })]);
    expect(check(rule, plan, { params: { 'PAC-ADO-003': { gap_max_days: 7 } } })).toEqual([]);
  });
  it('without the sending date, flags a 2nd meeting held before the 2nd convocation could be sent', () => {
    const plan = loadPlan();
    convene(plan, { number: 1, date: '2022-05-03', present: 5 }, { number: 2, date: '2022-05-05', present: 9 });
    expect(check(rule, plan).map((d) => [d.path, d.expected, d.found])).toEqual([[['session', 'convocations', 1, 'date'], '≥ 3', '2']]);
  });
  it('flags a meeting dated before its convocation was sent', () => {
    const plan = loadPlan();
    convene(plan, { number: 1, date: '2022-05-03', present: 5 }, { number: 2, sent_on: '2022-05-07', date: '2022-05-06', present: 9 });
    expect(check(rule, plan).map((d) => [d.path, d.expected])).toEqual([[['session', 'convocations', 1, 'date'], '≥ 2022-05-07']]);
  });
  it('flags a held 2nd convocation without quorum', () => {
    const plan = loadPlan();
    convene(plan, { number: 1, date: '2022-05-03', present: 5 }, { number: 2, date: '2022-05-06', present: 7 });
    expect(check(rule, plan).map((d) => [d.path, d.expected, d.found])).toEqual([[['session', 'convocations', 1, 'present'], '≥ 8', '7']]);
  });
  it('flags a new convocation after a 1st that had its quorum', () => {
    const plan = loadPlan();
    convene(plan, { number: 1, date: '2022-05-03', present: 9 }, { number: 2, date: '2022-05-06', present: 10 });
    expect(check(rule, plan).map((d) => [d.path, d.expected, d.found])).toEqual([[['session', 'convocations', 0, 'present'], '< 8', '9']]);
  });
  it('flags a 3rd meeting the day after the 2nd, before the third working day following has passed', () => {
    const plan = loadPlan();
    convene(
      plan,
      { number: 1, date: '2022-05-03', present: 5 },
      { number: 2, sent_on: '2022-05-06', date: '2022-05-07', present: 6 },
      { number: 3, date: '2022-05-08', present: 3 },
    );
    expect(check(rule, plan).map((d) => [d.path, d.expected, d.found])).toEqual([[['session', 'convocations', 2, 'date'], '≥ 2022-05-12', '2022-05-08']]);
    expect(check(rule, plan, { params: { 'PAC-ADO-003': { third_after_working_days: 0 } } })).toEqual([]);
  });
  it('flags a convocation without the one before it', () => {
    const plan = loadPlan();
    convene(plan, { number: 2, date: '2022-05-03', present: 9 });
    expect(check(rule, plan).map((d) => [d.path, d.expected, d.found])).toEqual([[['session', 'convocations', 0, 'number'], '1', '—']]);
  });
  it('flags a session not dated on its last convocation', () => {
    const plan = loadPlan();
    plan.adoption!.data.session!.date = '2022-05-04';
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['session', 'date'], expected: '2022-05-03', found: '2022-05-04' })]);
  });
  it('falls back to the council size in commune.yaml', () => {
    const plan = loadPlan();
    delete plan.adoption!.data.members_in_office;
    plan.commune!.data.council.members_in_office = 23;
    expect(check(rule, plan)).toEqual([expect.objectContaining({ expected: '≥ 12', found: '11' })]);
  });
});
