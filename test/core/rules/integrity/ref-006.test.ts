import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ref-006-localities.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-REF-006 named localities exist', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags unknown localities in every file that names some', () => {
    const plan = loadPlan();
    plan.diagnosis!.data.sectors[0]!.problems![0]!.localities = ['D2'];
    plan.consultations!.data.consultations[0]!.localities = ['D1', 'D3'];
    plan.priorities!.data.priorities[0]!.localities = ['X'];
    plan.projects[0]!.data.localities = ['C2'];
    const ds = check(rule, plan);
    expect(ds.map((d) => [d.path, d.found])).toEqual([
      [['sectors', 0, 'problems', 0, 'localities', 0], 'D2'],
      [['consultations', 0, 'localities', 1], 'D3'],
      [['priorities', 0, 'localities', 0], 'X'],
      [['localities', 0], 'C2'],
    ]);
    expect(ds.every((d) => d.code === 'PAC-REF-006' && d.expected === 'D1, C1')).toBe(true);
  });
  it('still checks the files present when others are missing', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.localities = ['C2'];
    for (const k of ['diagnosis', 'consultations', 'priorities'] as const) {
      delete plan[k];
      plan.present.delete(k);
    }
    expect(check(rule, plan).map((d) => d.found)).toEqual(['C2']);
  });
});
