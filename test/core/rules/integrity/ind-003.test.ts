import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ind-003-project-objectives.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-IND-003 objectives and activities of the first years’ projects', () => {
  it('accepts the minimal plan, whose project states both', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('warns about a project of year 1 without objectives nor activities, on its id, in each language', () => {
    const plan = loadPlan();
    delete plan.projects[0]!.data.objectives;
    plan.projects[0]!.data.activities = [];
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-IND-003', severity: 'warning', path: ['id'], expected: 'objectives, activities', found: '—' });
    expect(ds[0]!.file).toMatch(/P01\.yaml$/);
    expect(ds[0]!.message).toBe('Project P01 starts in 2022 (first plan years) with no objectives or activities');
    expect(check(rule, plan, {}, 'fr')[0]!.message).toContain('sans objectifs ni activités');
    expect(check(rule, plan, {}, 'ar')[0]!.message).toContain('الأهداف والأنشطة');
  });
  it('names only what is missing', () => {
    const plan = loadPlan();
    delete plan.projects[0]!.data.activities;
    expect(check(rule, plan)[0]).toMatchObject({ expected: 'activities' });
  });
  it('leaves projects that start after the first three years, and cancelled ones, alone', () => {
    const plan = loadPlan();
    const p = plan.projects[0]!.data;
    delete p.objectives;
    delete p.activities;
    p.schedule = { start_year: 2025, end_year: 2026 };
    expect(check(rule, plan)).toEqual([]);
    p.schedule = { start_year: 2024, end_year: 2024 };
    expect(check(rule, plan)).toHaveLength(1);
    p.status = 'cancelled';
    expect(check(rule, plan)).toEqual([]);
  });
  it('checks as many first years as plan.yaml says', () => {
    const plan = loadPlan();
    const p = plan.projects[0]!.data;
    delete p.objectives;
    p.schedule = { start_year: 2025, end_year: 2026 };
    expect(check(rule, plan)).toEqual([]);
    expect(check(rule, plan, { params: { 'PAC-IND-003': { years: 4 } } })).toHaveLength(1);
  });
});
