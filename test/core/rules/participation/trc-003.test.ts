import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/trc-003-priority-source.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-TRC-003 priority with a source', () => {
  it('accepts a priority with sources', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags an empty source_ids at its priority', () => {
    const plan = loadPlan();
    const list = plan.priorities!.data.priorities;
    list.push({ ...list[0]!, id: 'PRI2', source_ids: [] });
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-TRC-003', severity: 'error', path: ['priorities', 1, 'source_ids'], expected: '≥ 1', found: '0' });
    expect(ds[0]!.message).toContain('PRI2');
  });
});
