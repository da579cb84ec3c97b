import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/phs-001-phase-order.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-PHS-001 priorities present once a later phase has begun', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('fails when projects exist without priorities.yaml (e.g. removed from an adopted plan), on the missing file', () => {
    const plan = loadPlan();
    plan.present.delete('priorities');
    delete plan.priorities;
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-PHS-001', severity: 'error', path: [], expected: 'priorities.yaml', found: '—' });
    expect(ds[0]!.file).toMatch(/priorities\.yaml$/);
    expect(ds[0]!.message).toContain('projects/, finance.yaml, indicators.yaml, adoption.yaml');
  });
  it('counts a file that exists but is invalid as present', () => {
    const plan = loadPlan();
    delete plan.priorities;
    plan.invalid.add('priorities');
    expect(check(rule, plan)).toEqual([]);
  });
  it('is silent for a plan in progress that has not gone past its phase', () => {
    const plan = loadPlan();
    for (const k of ['priorities', 'finance', 'indicators', 'adoption'] as const) {
      delete plan[k];
      plan.present.delete(k);
    }
    plan.projects = [];
    plan.present.delete('project');
    expect(check(rule, plan)).toEqual([]);
  });
});
