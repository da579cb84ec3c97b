import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ref-009-indicator-axes.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-REF-009 indicator axes exist', () => {
  it('accepts the minimal plan, and an indicator on a known axis', () => {
    const plan = loadPlan();
    expect(check(rule, plan)).toEqual([]);
    plan.indicators!.data.indicators[0]!.axis = 'AX1';
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags an indicator on an unknown axis', () => {
    const plan = loadPlan();
    plan.indicators!.data.indicators[0]!.axis = 'AX3';
    expect(check(rule, plan)).toMatchObject([{ code: 'PAC-REF-009', path: ['indicators', 0, 'axis'], expected: 'AX1', found: 'AX3' }]);
  });
});
