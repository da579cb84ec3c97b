import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/cmp-001-contribution-owner.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-CMP-001 contribution projects owned by another body', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a contribution project the commune owns', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.competence_type = 'contribution';
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-CMP-001', severity: 'error', path: ['owner_is_commune'], expected: 'false', found: 'true' });
    expect(ds[0]!.message).toContain('unverified');
  });
  it('accepts a contribution project with another owner', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.competence_type = 'contribution';
    plan.projects[0]!.data.owner_is_commune = false;
    expect(check(rule, plan)).toEqual([]);
  });
  it('asks for an explicit owner unless owner_required is off', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.competence_type = 'contribution';
    delete plan.projects[0]!.data.owner_is_commune;
    expect(check(rule, plan)).toMatchObject([{ path: ['competence_type'], expected: 'false', found: '—' }]);
    expect(check(rule, plan, { params: { 'PAC-CMP-001': { owner_required: false } } })).toEqual([]);
  });
});
