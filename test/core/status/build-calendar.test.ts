import { describe, expect, it } from 'vitest';
import { buildCalendar, nextOrdinarySession } from '../../../src/core/status/build-calendar.js';
import { emptyPlan, type Plan } from '../../../src/core/plan/workspace.js';

function plan(adoption?: Record<string, unknown>, mandate = '2021-09-21'): Plan {
  const p = emptyPlan('ws');
  p.manifest = { file: 'plan.yaml', kind: 'plan', data: { format: 1, title: { ar: 'ب' }, period: { start_year: 2022, end_year: 2027 } } };
  p.commune = { file: 'commune.yaml', kind: 'commune', data: { council: { mandate_start: mandate, members_in_office: 23, president: 'x' } } as never };
  if (adoption) p.adoption = { file: 'adoption.yaml', kind: 'adoption', data: adoption as never };
  return p;
}
const byId = (c: ReturnType<typeof buildCalendar>['calendar']) => Object.fromEntries(c.map((e) => [e.id, e]));

describe('nextOrdinarySession', () => {
  it('takes the 1st of the next February, May or October on or after the date', () => {
    expect(nextOrdinarySession('2022-01-10', [2, 5, 10])).toBe('2022-02-01');
    expect(nextOrdinarySession('2022-02-01', [2, 5, 10])).toBe('2022-02-01');
    expect(nextOrdinarySession('2022-02-02', [2, 5, 10])).toBe('2022-05-01');
    expect(nextOrdinarySession('2022-10-02', [2, 5, 10])).toBe('2023-02-01');
  });
});

describe('buildCalendar', () => {
  it('computes every deadline from the recorded dates', () => {
    const { session, calendar } = buildCalendar(
      plan({ committee_referral: { date: '2022-03-25' }, session: { type: 'ordinary', date: '2022-05-03', agenda_sent_to_governor_on: '2022-04-20', convocations: [] }, visa: { received_on: '2022-05-10', visa_on: '2022-06-02', status: 'granted' } }),
      '2022-01-10',
      {},
    );
    expect(session).toEqual({ date: '2022-05-03', type: 'ordinary', how: 'recorded' });
    const c = byId(calendar);
    // 21 September 2021 + 12 months, the day before the anniversary.
    expect(c.first_year_deadline).toMatchObject({ date: '2022-09-20', recorded: '2022-05-03', met: true, days_left: 253 });
    // 3 May − 30 days = 3 April; the referral on 25 March is 39 days before.
    expect(c.committee_referral).toMatchObject({ date: '2022-04-03', recorded: '2022-03-25', met: true });
    // 3 May − 20 days = 13 April; the agenda sent on 20 April is 13 days before: late.
    expect(c.agenda_to_governor).toMatchObject({ date: '2022-04-13', recorded: '2022-04-20', met: false });
    // 10 May + 20 days = 30 May; the visa on 2 June is late.
    expect(c.visa).toMatchObject({ date: '2022-05-30', recorded: '2022-06-02', met: false, unverified: true });
    // Third year of 2022-2027 = 2024.
    expect(c.update_window).toMatchObject({ date: '2024-01-01' });
    expect(calendar.map((e) => e.date)).toEqual([...calendar.map((e) => e.date)].sort());
  });
  it('without a session, takes the next ordinary session whose referral can still be made, and says it is estimated', () => {
    const { session, calendar } = buildCalendar(plan(), '2022-01-10', {});
    // 1 February is too close (its referral was due on 2 January): 1 May.
    expect(session).toEqual({ date: '2022-05-01', type: 'ordinary', how: 'next_ordinary' });
    const c = byId(calendar);
    expect(c.committee_referral).toMatchObject({ date: '2022-04-01', estimated: true, days_left: 81 });
    expect(c.agenda_to_governor).toMatchObject({ date: '2022-04-11', estimated: true });
  });
  it('says when no ordinary session is left before the first-year deadline', () => {
    const { session } = buildCalendar(plan(), '2022-08-15', {});
    // 15 August + 30 days of referral = 14 September: the next ordinary session is 1 October, after 20 September.
    expect(session).toEqual({ date: '2022-10-01', type: 'ordinary', how: 'after_deadline' });
  });
  it('follows the rules’ parameters from plan.yaml', () => {
    const p = plan();
    p.manifest!.data.rules = { params: { 'PAC-ADO-001': { days: 45 }, 'PAC-ADO-006': { ordinary_months: [3, 6] } } };
    const { session, calendar } = buildCalendar(p, '2022-01-10', { params: { 'PAC-ADO-001': { days: 45 }, 'PAC-ADO-006': { ordinary_months: [3, 6] } } });
    expect(session!.date).toBe('2022-03-01');
    expect(byId(calendar).committee_referral!.date).toBe('2022-01-15');
  });
});
