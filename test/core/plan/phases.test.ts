import { describe, expect, it } from 'vitest';
import { phaseStatus } from '../../../src/core/plan/phases.js';
import { buildChecklists } from '../../../src/core/status/build-checklist.js';
import { check, loadPlan } from '../../helpers/plan-builder.js';
import type { Plan } from '../../../src/core/plan/workspace.js';

// As loadWorkspace leaves a file that failed to load: present, invalid, and not in the Plan.
const broken = (plan: Plan, kind: 'finance' | 'commune' | 'diagnosis') => {
  delete plan[kind];
  plan.invalid.add(kind);
  return plan;
};

describe('phase status', () => {
  it('a complete plan has every phase done', () => {
    expect(phaseStatus(loadPlan())).toEqual({ current: 6, missing: [] });
  });
  it('a finance.yaml that failed to load never counts as done', () => {
    expect(phaseStatus(broken(loadPlan(), 'finance'))).toEqual({ current: 3, missing: ['finance.yaml'] });
  });
  it('nor does a broken commune.yaml, nor the sections of a broken diagnosis.yaml', () => {
    expect(phaseStatus(broken(loadPlan(), 'commune'))).toEqual({ current: 1, missing: ['commune.yaml'] });
    expect(phaseStatus(broken(loadPlan(), 'diagnosis'))).toEqual({
      current: 1,
      missing: ['diagnosis.yaml', 'diagnosis.yaml#swot', 'diagnosis.yaml#gender_analysis'],
    });
  });
  it('the status checklist marks the broken file as an error, not [x]', () => {
    const plan = broken(loadPlan(), 'finance');
    const lists = buildChecklists(plan, check([], plan), [], {});
    expect(lists[2]!.items.find((i) => i.id === 'finance.yaml')).toMatchObject({ state: 'error' });
    expect(lists[2]!.complete).toBe(false);
  });
});
