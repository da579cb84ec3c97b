import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ref-005-priority-sources.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-REF-005 priority sources exist', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('accepts potentials, proposals and surveys as sources', () => {
    const plan = loadPlan();
    plan.consultations!.data.surveys = [
      { id: 'S1', title: { ar: 'استمارة الأسر', fr: 'Enquête ménages' }, start_date: '2021-10-01', respondents: { total: 10, women: 5, men: 5 } },
    ];
    plan.priorities!.data.priorities[0]!.source_ids = ['O1', 'PR1', 'S1'];
    expect(check(rule, plan)).toEqual([]);
  });
  it('flags a source id found nowhere', () => {
    const plan = loadPlan();
    plan.priorities!.data.priorities[0]!.source_ids = ['N1', 'K9'];
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-REF-005', path: ['priorities', 0, 'source_ids', 1], found: 'K9' });
    expect(ds[0]!.expected).toContain('N1');
    expect(ds[0]!.expected).toContain('PR1');
  });
});
