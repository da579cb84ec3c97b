import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ref-008-priority-axes-criteria.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-REF-008 priority axes and criteria exist', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags an unknown axis and a score on an unknown criterion', () => {
    const plan = loadPlan();
    const p = plan.priorities!.data.priorities[0]!;
    p.axis = 'AX2';
    p.scores = { beneficiaries: 4, urgence: 5 };
    expect(check(rule, plan).map((d) => [d.code, d.path, d.expected, d.found])).toEqual([
      ['PAC-REF-008', ['priorities', 0, 'axis'], 'AX1', 'AX2'],
      ['PAC-REF-008', ['priorities', 0, 'scores', 'urgence'], 'beneficiaries, urgency', 'urgence'],
    ]);
  });
  it('does not judge scores when no criteria are declared', () => {
    const plan = loadPlan();
    delete plan.priorities!.data.criteria;
    plan.priorities!.data.priorities[0]!.scores = { anything: 1 };
    expect(check(rule, plan)).toEqual([]);
  });
});
