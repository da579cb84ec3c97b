// PAC-PUB-002: the plan's data published as open data (law 31-13 art. 10, unverified): judged on what is
// recorded — in time after the entry into force, after the session, with the data set's address.
import { describe, expect, it } from 'vitest';
import { check, loadPlan } from '../../../helpers/plan-builder.js';
import pub002 from '../../../../src/core/rules/procedure/pub-002-open-data.js';
import { RULES } from '../../../../src/core/rules/registry.js';

const at = (ds: { path: unknown; expected?: string | number; found?: string | number }[]) => ds.map((d) => [d.path, d.expected, d.found]);
const plan = (d = '2026-11-29') => Object.assign(loadPlan(), { today: d });

describe('PAC-PUB-002 open data', () => {
  it('is registered, unverified, with a bounded days parameter and messages in three languages', () => {
    const r = RULES.find((x) => x.code === 'PAC-PUB-002');
    expect(r).toBe(pub002);
    expect(r).toMatchObject({ severity: 'warning', phase: 5, unverified: true, basis: 'Law 31-13 art. 10' });
    expect(r!.params!.days).toMatchObject({ default: 30, min: 0, max: 365, integer: true });
    expect(Object.keys(r!.message)).toEqual(['ar', 'fr', 'en']);
  });
  it('passes the minimal plan, and a plan that has not published its data yet (a step of plan status)', () => {
    expect(check(pub002, plan())).toEqual([]);
    const p = plan();
    delete p.adoption!.data.publication!.open_data_published_on;
    delete p.adoption!.data.publication!.open_data_url;
    expect(check(pub002, p)).toEqual([]);
  });
  it('flags a publication more than `days` after the entry into force; the parameter moves the limit', () => {
    const p = plan();
    p.adoption!.data.publication!.open_data_published_on = '2022-07-01';
    const ds = check(pub002, p);
    expect(at(ds)).toEqual([[['publication', 'open_data_published_on'], '≤ 2022-06-23', '2022-07-01']]);
    expect(ds[0]!.message).toMatch(/2022-05-24.*31-13/);
    expect(check(pub002, p, { params: { 'PAC-PUB-002': { days: 60 } } })).toEqual([]);
  });
  it('flags a publication without the data set’s address, and one before the session', () => {
    const p = plan();
    delete p.adoption!.data.publication!.open_data_url;
    expect(at(check(pub002, p))).toEqual([[['publication'], 'open_data_url', '—']]);
    const q = plan();
    q.adoption!.data.publication!.open_data_published_on = '2022-04-30';
    expect(at(check(pub002, q))).toEqual([[['publication', 'open_data_published_on'], '≥ 2022-05-03', '2022-04-30']]);
  });
  it('speaks the administration’s words in Arabic and French', () => {
    const p = plan();
    delete p.adoption!.data.publication!.open_data_url;
    expect(check(pub002, p, {}, 'ar')[0]!.message).toMatch(/المعطيات المفتوحة/);
    expect(check(pub002, p, {}, 'fr')[0]!.message).toMatch(/données ouvertes/);
  });
});
