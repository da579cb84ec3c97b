import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ind-001-project-indicator.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-IND-001 a monitoring indicator per project', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a project no indicator follows, on the project sheet', () => {
    const plan = loadPlan();
    plan.indicators!.data.indicators[0]!.project = 'P99';
    plan.projects[0]!.data.indicator_ids = [];
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-IND-001', path: ['indicator_ids'], expected: 'unit, baseline, targets ≥ 2023', found: '—' });
    expect(ds[0]!.file).toMatch(/P01\.yaml$/);
  });
  it('finds the indicator through its project field alone', () => {
    const plan = loadPlan();
    delete plan.projects[0]!.data.indicator_ids;
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags an indicator whose last target is before the project ends, on its targets', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.schedule.end_year = 2027;
    plan.indicators!.data.indicators[0]!.targets = { '2023': 60, '2025': 120 };
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ path: ['indicators', 0, 'targets'], expected: 'unit, baseline, targets ≥ 2027', found: 'I1 · targets: 2025' });
    expect(ds[0]!.file).toMatch(/indicators\.yaml$/);
  });
  it('names every missing field, in each language', () => {
    const plan = loadPlan();
    const ind = plan.indicators!.data.indicators[0]!;
    delete ind.unit;
    delete ind.baseline;
    const [d] = check(rule, plan);
    expect(d).toMatchObject({ path: ['indicators', 0], found: 'I1 · unit: — · baseline: —' });
    expect(d!.message).toContain('a unit, a baseline');
    expect(check(rule, plan, {}, 'fr')[0]!.message).toContain('une unité');
    expect(check(rule, plan, {}, 'ar')[0]!.message).toContain('وحدة القياس');
  });
  it('does not ask a cancelled project for indicators', () => {
    const plan = loadPlan();
    plan.indicators!.data.indicators = [];
    expect(check(rule, plan)).toHaveLength(1);
    plan.projects[0]!.data.status = 'cancelled';
    expect(check(rule, plan)).toEqual([]);
  });
  it('of several linked indicators (by project or by id, each once), judges the most complete, the first in the list on a tie', () => {
    const plan = loadPlan();
    const base = plan.indicators!.data.indicators[0]!;
    const copy = (id: string, extra: Partial<typeof base>) => ({ ...structuredClone(base), id, ...extra });
    // I0 names the project and lacks its unit; I2 is named by the project and lacks its baseline; I3 is
    // linked both ways and lacks both; another project's indicator I4 is complete.
    plan.indicators!.data.indicators = [
      copy('I0', { unit: '' }),
      copy('I2', { project: 'P77', baseline: undefined }),
      copy('I3', { unit: '', baseline: undefined }),
      copy('I4', { project: 'P77' }),
    ];
    plan.projects[0]!.data.indicator_ids = ['I3', 'I2', 'I3'];
    let ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ path: ['indicators', 0], found: 'I0 · unit: —' });
    // I2 complete: it is judged, and nothing is missing.
    plan.indicators!.data.indicators[1]!.baseline = { value: 1, year: 2021 };
    expect(check(rule, plan)).toEqual([]);
    // Only the indicator linked both ways is left: reported once, with both lacks.
    plan.indicators!.data.indicators.splice(0, 2);
    ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ path: ['indicators', 0], found: 'I3 · unit: — · baseline: —' });
  });
});
