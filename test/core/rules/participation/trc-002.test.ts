import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/trc-002-project-priority.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-TRC-002 project linked to a priority', () => {
  it('accepts a project with a priority', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags an empty priority_ids in the project file', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.priority_ids = [];
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-TRC-002', severity: 'error', file: plan.projects[0]!.file, path: ['priority_ids'], expected: '≥ 1', found: '0' });
    expect(ds[0]!.message).toContain('P01');
  });
});
