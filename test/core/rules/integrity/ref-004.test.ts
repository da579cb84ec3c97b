import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ref-004-project-links.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-REF-004 linked projects exist', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags depends_on and excludes naming unknown projects', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.depends_on = ['P01', 'P05'];
    plan.projects[0]!.data.excludes = ['P06'];
    expect(check(rule, plan).map((d) => [d.code, d.path, d.expected, d.found])).toEqual([
      ['PAC-REF-004', ['depends_on', 1], 'P01', 'P05'],
      ['PAC-REF-004', ['excludes', 0], 'P01', 'P06'],
    ]);
  });
});
