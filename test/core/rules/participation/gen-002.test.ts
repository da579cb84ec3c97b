import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/gen-002-participants-by-sex.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-GEN-002 participants by sex add up', () => {
  it('accepts counts that add up', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a consultation whose women + men differ from the total', () => {
    const plan = loadPlan();
    plan.consultations!.data.consultations[1]!.participants.total = 15;
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-GEN-002', severity: 'error', path: ['consultations', 1, 'participants', 'total'], expected: '12', found: '15' });
    expect(ds[0]!.message).toContain('K2');
  });
  it('checks survey respondents too', () => {
    const plan = loadPlan();
    plan.consultations!.data.surveys = [
      { id: 'S1', title: { ar: 'استمارة الأسر', fr: 'Enquête ménages' }, start_date: '2021-12-01', respondents: { total: 100, women: 40, men: 50 } },
    ];
    expect(check(rule, plan)).toEqual([
      expect.objectContaining({ code: 'PAC-GEN-002', path: ['surveys', 0, 'respondents', 'total'], expected: '90', found: '100' }),
    ]);
  });
});
