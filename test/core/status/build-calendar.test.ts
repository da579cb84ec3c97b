import { describe, expect, it } from 'vitest';
import { buildCalendar, nextOrdinarySession, ordinarySessionsBetween } from '../../../src/core/status/build-calendar.js';
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

describe('ordinarySessionsBetween', () => {
  it('lists the 1st of every ordinary-session month in the range', () => {
    expect(ordinarySessionsBetween('2021-10-31', '2022-09-20', [2, 5, 10])).toEqual(['2022-02-01', '2022-05-01']);
    expect(ordinarySessionsBetween('2022-09-14', '2022-09-20', [2, 5, 10])).toEqual([]);
  });
});

const ADOPTED = {
  committee_referral: { date: '2022-03-25' },
  session: { type: 'ordinary', date: '2022-05-03', agenda_sent_to_governor_on: '2022-04-20', convocations: [] },
  votes: { for: 15, against: 2, abstain: 0 },
  visa: { received_on: '2022-05-10', visa_on: '2022-06-02', status: 'granted' },
};

describe('buildCalendar', () => {
  it('computes every deadline from the recorded dates, and after the vote the steps that follow', () => {
    const { session, calendar } = buildCalendar(plan(ADOPTED), '2022-07-01', {});
    expect(session).toEqual({ date: '2022-05-03', type: 'ordinary', how: 'recorded' });
    const c = byId(calendar);
    // 21 September 2021 + 12 months, the day before the anniversary; "prepared" is read on the referral (25 March).
    expect(c.first_year_deadline_prepared).toMatchObject({ date: '2022-09-20', recorded: '2022-03-25', met: true, days_left: 81, unverified: true });
    // 3 May − 30 days = 3 April; the referral on 25 March is 39 days before.
    expect(c.committee_referral).toMatchObject({ date: '2022-04-03', recorded: '2022-03-25', met: true });
    // 3 May − 20 days = 13 April; the agenda sent on 20 April is 13 days before: late.
    expect(c.agenda_to_governor).toMatchObject({ date: '2022-04-13', recorded: '2022-04-20', met: false });
    // 3 May + 15 days; the governor received it on 10 May.
    expect(c.transmission).toMatchObject({ date: '2022-05-18', recorded: '2022-05-10', met: true, unverified: true });
    // 10 May + 20 days = 30 May; the visa on 2 June is late.
    expect(c.visa).toMatchObject({ date: '2022-05-30', recorded: '2022-06-02', met: false, unverified: true });
    // In force on 2 June 2022: publication within 30 days, first evaluation before the May 2023 session,
    // update from the third year in force (2 June 2024), not from 1 January of plan year 3.
    expect(c.publication).toMatchObject({ date: '2022-07-02' });
    expect(c.publication!.recorded).toBeUndefined();
    expect(c.annual_evaluation).toMatchObject({ date: '2023-05-01' });
    expect(c.update_window).toMatchObject({ date: '2024-06-02' });
    expect(calendar.map((e) => e.date)).toEqual([...calendar.map((e) => e.date)].sort());
  });
  it('under the reading "adopted", measures the deadline on the session', () => {
    const { calendar } = buildCalendar(plan(ADOPTED), '2022-07-01', { params: { 'PAC-DEL-001': { reading: 'adopted' } } });
    expect(byId(calendar).first_year_deadline).toMatchObject({ date: '2022-09-20', recorded: '2022-05-03', met: true });
  });
  it('shows no transmission, visa, publication or update window after a vote that did not adopt the plan', () => {
    const { calendar } = buildCalendar(plan({ ...ADOPTED, votes: { for: 4, against: 9, abstain: 0 } }), '2022-07-01', {});
    expect(calendar.map((e) => e.id)).toEqual(['committee_referral', 'agenda_to_governor', 'session', 'first_year_deadline_prepared']);
  });
  it('marks a recorded date after today as a future record, never as done', () => {
    const { calendar } = buildCalendar(plan(ADOPTED), '2022-05-20', {});
    const c = byId(calendar);
    expect(c.session).toMatchObject({ recorded: '2022-05-03', met: true });
    expect(c.visa).toMatchObject({ recorded: '2022-06-02', future: true });
    expect(c.visa!.met).toBeUndefined();
  });
  it('without a session, advises the latest safe ordinary session, the earliest, and the extraordinary window', () => {
    const { session, calendar } = buildCalendar(plan(), '2022-01-10', {});
    // Committees need 30 days: sessions from 9 February. "Prepared" is read on the referral, so a session
    // up to 30 days after the deadline (20 October) still meets it: May and October 2022.
    expect(session).toEqual({
      date: '2022-10-01',
      type: 'ordinary',
      how: 'next_ordinary',
      earliest: '2022-05-01',
      latest: '2022-10-01',
      extraordinary: { from: '2022-02-09', to: '2022-10-20' },
    });
    const c = byId(calendar);
    expect(c.committee_referral).toMatchObject({ date: '2022-09-01', estimated: true, days_left: 234 });
    expect(c.agenda_to_governor).toMatchObject({ date: '2022-09-11', estimated: true });
  });
  it('on 2021-10-01 under the reading "adopted", offers February to May 2022, not only February', () => {
    const { session } = buildCalendar(plan(), '2021-10-01', { params: { 'PAC-DEL-001': { reading: 'adopted' } } });
    expect(session).toMatchObject({
      date: '2022-05-01',
      earliest: '2022-02-01',
      latest: '2022-05-01',
      extraordinary: { from: '2021-10-31', to: '2022-09-20' },
    });
  });
  it('gives the dates of the extraordinary session when no ordinary session is left before the deadline', () => {
    const { session, calendar } = buildCalendar(plan(), '2022-08-15', { params: { 'PAC-DEL-001': { reading: 'adopted' } } });
    expect(session).toEqual({ date: '2022-09-20', type: 'extraordinary', how: 'extraordinary_only', extraordinary: { from: '2022-09-14', to: '2022-09-20' } });
    expect(byId(calendar).committee_referral).toMatchObject({ date: '2022-08-21' });
  });
  it('says when nothing is left before the first-year deadline', () => {
    const { session } = buildCalendar(plan(), '2022-09-01', { params: { 'PAC-DEL-001': { reading: 'adopted' } } });
    // 1 September + 30 days of referral = 1 October, after 20 September.
    expect(session).toEqual({ date: '2022-10-01', type: 'ordinary', how: 'after_deadline' });
  });
  it('follows the rules’ parameters from plan.yaml', () => {
    const p = plan();
    p.manifest!.data.rules = { params: { 'PAC-ADO-001': { days: 45 }, 'PAC-ADO-006': { ordinary_months: [3, 6] } } };
    const { session, calendar } = buildCalendar(p, '2022-01-10', { params: { 'PAC-ADO-001': { days: 45 }, 'PAC-ADO-006': { ordinary_months: [3, 6] } } });
    expect(session).toMatchObject({ earliest: '2022-03-01', latest: '2022-06-01' });
    expect(byId(calendar).committee_referral!.date).toBe('2022-04-17');
  });
});

describe('the follow-up calendar after adoption', () => {
  // In force on 2 June 2022 (visa granted): plan years 2022-2027.
  const followup = (year: number, review?: Record<string, string>, as_of?: string) => ({
    file: `followup/${year}.yaml`,
    kind: 'followup' as const,
    data: { year, ...(as_of ? { as_of } : {}), ...(review ? { review } : {}) },
  });
  const withIndicators = (p: Plan, month?: number) => {
    p.indicators = { file: 'indicators.yaml', kind: 'indicators', data: { indicators: [], ...(month ? { reporting: { evaluation_month: month } } : {}) } };
    return p;
  };
  const of = (c: ReturnType<typeof buildCalendar>['calendar'], id: string, year: number) => c.find((e) => e.id === id && e.year === year);

  it('each past year of the plan: its follow-up file, its evaluation before the committees, the council’s review', () => {
    const p = withIndicators(plan(ADOPTED), 4);
    p.followup = [followup(2022, { committees_on: '2023-04-18', session_on: '2023-05-04' }, '2022-12-31'), followup(2023)];
    const { calendar } = buildCalendar(p, '2025-03-01', {});
    // evaluation_month 4: the evaluation of year Y is due by the end of April of Y+1
    expect(of(calendar, 'followup_file', 2022)).toMatchObject({ date: '2023-05-01', recorded: '2022-12-31', met: true });
    expect(of(calendar, 'annual_evaluation', 2022)).toMatchObject({ date: '2023-05-01', recorded: '2023-04-18', met: true });
    expect(of(calendar, 'council_review', 2022)).toMatchObject({ date: '2023-05-31', recorded: '2023-05-04', met: true });
    // 2023: the file exists, but no evaluation or review recorded, and May 2024 is past: late
    expect(of(calendar, 'followup_file', 2023)).toMatchObject({ recorded: '2023-12-31' });
    expect(of(calendar, 'annual_evaluation', 2023)).toMatchObject({ date: '2024-05-01', days_left: -304 });
    expect(of(calendar, 'annual_evaluation', 2023)!.recorded).toBeUndefined();
    // 2024: nothing recorded yet, due this year
    expect(of(calendar, 'followup_file', 2024)).toMatchObject({ date: '2025-05-01', days_left: 61 });
    expect(of(calendar, 'followup_file', 2024)!.recorded).toBeUndefined();
    // the current year (2025) is not due yet
    expect(of(calendar, 'followup_file', 2025)).toBeUndefined();
    expect(calendar.find((e) => e.id === 'update_window')).toMatchObject({ date: '2024-06-02' });
  });

  it('without indicators.yaml reporting.evaluation_month, the evaluation is due before the May ordinary session (PAC-ADO-006)', () => {
    const { calendar } = buildCalendar(plan(ADOPTED), '2024-01-15', {});
    expect(of(calendar, 'annual_evaluation', 2022)).toMatchObject({ date: '2023-05-01' });
    expect(of(calendar, 'annual_evaluation', 2023)).toMatchObject({ date: '2024-05-01' });
    // ordinary sessions in March, June and November: the evaluation before the June session
    const other = buildCalendar(plan(ADOPTED), '2024-01-15', { params: { 'PAC-ADO-006': { ordinary_months: [3, 6, 11] } } }).calendar;
    expect(of(other, 'annual_evaluation', 2023)).toMatchObject({ date: '2024-06-01' });
    expect(of(other, 'council_review', 2023)).toMatchObject({ date: '2024-06-30' });
  });

  it('a review after its session month, or an evaluation after its due date, is recorded late', () => {
    const p = withIndicators(plan(ADOPTED), 4);
    p.followup = [followup(2022, { committees_on: '2023-05-20', session_on: '2023-10-05' })];
    const { calendar } = buildCalendar(p, '2023-12-01', {});
    expect(of(calendar, 'annual_evaluation', 2022)).toMatchObject({ recorded: '2023-05-20', met: false });
    expect(of(calendar, 'council_review', 2022)).toMatchObject({ recorded: '2023-10-05', met: false });
  });

  it('no follow-up calendar before the plan is in force, nor past the plan period', () => {
    expect(buildCalendar(plan({ ...ADOPTED, visa: undefined }), '2024-01-15', {}).calendar.some((e) => e.id === 'followup_file')).toBe(false);
    const late = buildCalendar(plan(ADOPTED), '2031-01-15', {})
      .calendar.filter((e) => e.id === 'followup_file')
      .map((e) => e.year);
    expect(late).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
  });
});
