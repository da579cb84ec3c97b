import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ref-001-project-priorities.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-REF-001 project axes and priorities exist', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags an unknown axis and an unknown priority, each at its own path', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.axis = 'AX9';
    plan.projects[0]!.data.priority_ids = ['PRI1', 'PRI7'];
    const ds = check(rule, plan);
    expect(ds.map((d) => [d.code, d.path, d.expected, d.found])).toEqual([
      ['PAC-REF-001', ['axis'], 'AX1', 'AX9'],
      ['PAC-REF-001', ['priority_ids', 1], 'PRI1', 'PRI7'],
    ]);
    expect(ds[1]!.message).toBe('The id “PRI7” matches no priority (priorities.yaml)');
  });
  it('is skipped without priorities.yaml', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.axis = 'AX9';
    plan.present.delete('priorities');
    delete plan.priorities;
    expect(check(rule, plan)).toEqual([]);
  });
});
