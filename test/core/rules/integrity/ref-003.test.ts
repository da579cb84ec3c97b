import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ref-003-project-indicators.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-REF-003 project-indicator links resolve', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags an unknown indicator id on the project and an unknown project on the indicator', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.indicator_ids = ['I1', 'I2'];
    plan.indicators!.data.indicators[0]!.project = 'P1';
    const ds = check(rule, plan);
    expect(ds.map((d) => [d.file.replace(/\\/g, '/').split('/').pop(), d.path, d.expected, d.found])).toEqual([
      ['P01.yaml', ['indicator_ids', 1], 'I1', 'I2'],
      ['indicators.yaml', ['indicators', 0, 'project'], 'P01', 'P1'],
    ]);
  });
});
