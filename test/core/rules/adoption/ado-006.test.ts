import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/adoption/ado-006-session-type.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-ADO-006 session type and agenda', () => {
  it('accepts an ordinary May session with the agenda sent 25 days before', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags an ordinary session in June at session.type', () => {
    const plan = loadPlan();
    const s = plan.adoption!.data.session!;
    s.date = '2022-06-20';
    s.agenda_sent_to_governor_on = '2022-05-20';
    const ds = check(rule, plan);
    expect(ds).toEqual([
      expect.objectContaining({ code: 'PAC-ADO-006', severity: 'error', path: ['session', 'type'], expected: 'extraordinary', found: 'ordinary' }),
    ]);
    expect(ds[0]!.message).toMatch(/unverified/);
  });
  it('accepts an extraordinary session in any month, whatever the agenda date', () => {
    const plan = loadPlan();
    const s = plan.adoption!.data.session!;
    s.type = 'extraordinary';
    s.date = '2022-06-20';
    s.agenda_sent_to_governor_on = '2022-06-15';
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags an agenda sent 19 days before', () => {
    const plan = loadPlan();
    plan.adoption!.data.session!.agenda_sent_to_governor_on = '2022-04-14';
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['session', 'agenda_sent_to_governor_on'], expected: '≥ 20', found: '19' })]);
  });
  it('flags an ordinary session without an agenda date', () => {
    const plan = loadPlan();
    delete plan.adoption!.data.session!.agenda_sent_to_governor_on;
    expect(check(rule, plan)).toEqual([expect.objectContaining({ path: ['session', 'agenda_sent_to_governor_on'], found: '—' })]);
  });
  it('reads the months and the agenda delay from the settings', () => {
    const settings = { params: { 'PAC-ADO-006': { ordinary_months: [1, 4, 9], agenda_days: 30 } } };
    expect(check(rule, loadPlan(), settings).map((d) => [d.path, d.expected, d.found])).toEqual([
      [['session', 'type'], 'extraordinary', 'ordinary'],
      [['session', 'agenda_sent_to_governor_on'], '≥ 30', '25'],
    ]);
  });
  it('takes the months as one number or a comma-separated list, and reports nonsense', () => {
    const plan = loadPlan();
    expect(check(rule, plan, { params: { 'PAC-ADO-006': { ordinary_months: 5 } } })).toEqual([]);
    expect(check(rule, plan, { params: { 'PAC-ADO-006': { ordinary_months: '2,5,10' } } })).toEqual([]);
    expect(check(rule, plan, { params: { 'PAC-ADO-006': { ordinary_months: '6' } } })).toEqual([expect.objectContaining({ path: ['session', 'type'] })]);
    expect(check(rule, plan, { params: { 'PAC-ADO-006': { ordinary_months: 'May' } } })).toEqual([expect.objectContaining({ code: 'PAC-INT-999' })]);
  });
});
