import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ref-010-project-programmes.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-REF-010 project convergence programmes resolve', () => {
  it('accepts a plan without convergence, and a project naming a listed programme', () => {
    const plan = loadPlan();
    expect(check(rule, plan)).toEqual([]);
    plan.manifest!.data.programmes = [{ id: 'PIK', kind: 'agreement', name: { ar: 'برنامج', fr: 'Programme' } }];
    plan.projects[0]!.data.convergence = ['PIK'];
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags a programme plan.yaml does not list, at its place in the project, with the known ids', () => {
    const plan = loadPlan();
    plan.manifest!.data.programmes = [{ id: 'PIK', kind: 'agreement', name: { ar: 'برنامج', fr: 'Programme' } }];
    plan.projects[0]!.data.convergence = ['PIK', 'INDH'];
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-REF-010', severity: 'error', path: ['convergence', 1], expected: 'PIK', found: 'INDH' });
    expect(ds[0]!.message).toBe('The id “INDH” matches no convergence programme (plan.yaml, programmes)');
    expect(check(rule, plan, {}, 'ar')[0]!.message).toContain('برنامج التقائية');
  });
});
