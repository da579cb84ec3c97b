import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/gen-001-gender-analysis.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-GEN-001 gender analysis', () => {
  it('accepts a diagnosis with a gender analysis', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a missing gender_analysis', () => {
    const plan = loadPlan();
    delete plan.diagnosis!.data.gender_analysis;
    expect(check(rule, plan)).toEqual([
      expect.objectContaining({ code: 'PAC-GEN-001', severity: 'error', path: ['gender_analysis'], expected: 'gender_analysis', found: '—' }),
    ]);
  });
  it('flags a blank Arabic summary at summary.ar', () => {
    const plan = loadPlan();
    plan.diagnosis!.data.gender_analysis!.summary.ar = '  ';
    expect(check(rule, plan).map((d) => d.path)).toEqual([['gender_analysis', 'summary', 'ar']]);
  });
});
