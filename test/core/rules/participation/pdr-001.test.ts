import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/pdr-001-pdr-coherence.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-PDR-001 coherence with the PDR', () => {
  it('accepts an axis and a project with pdr_link', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags an axis without pdr_link or pdr_reason', () => {
    const plan = loadPlan();
    delete plan.priorities!.data.axes[0]!.pdr_link;
    expect(check(rule, plan)).toEqual([
      expect.objectContaining({ code: 'PAC-PDR-001', severity: 'warning', path: ['axes', 0], expected: 'pdr_link | pdr_reason', found: '—' }),
    ]);
  });
  it('flags a project without either, in its own file', () => {
    const plan = loadPlan();
    delete plan.projects[0]!.data.pdr_link;
    expect(check(rule, plan)).toEqual([expect.objectContaining({ file: plan.projects[0]!.file, path: [] })]);
  });
  it('accepts a stated reason instead of a link', () => {
    const plan = loadPlan();
    delete plan.projects[0]!.data.pdr_link;
    plan.projects[0]!.data.pdr_reason = { ar: 'مشروع محلي صرف', fr: 'Projet strictement local' };
    expect(check(rule, plan)).toEqual([]);
  });
  it('checks projects when priorities.yaml is missing', () => {
    const plan = loadPlan();
    delete plan.priorities;
    plan.present.delete('priorities');
    delete plan.projects[0]!.data.pdr_link;
    expect(check(rule, plan)).toHaveLength(1);
  });
});
