import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/int-001-french-text.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-INT-001 French for every Arabic text', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a text without fr in any file, at the text object', () => {
    const plan = loadPlan();
    delete (plan.diagnosis!.data.swot!.threats[0] as { fr?: string }).fr;
    delete (plan.projects[0]!.data as any).title.fr;
    const ds = check(rule, plan);
    expect(ds.map((d) => [d.file.replace(/\\/g, '/').split('/').pop(), d.path])).toEqual([
      ['diagnosis.yaml', ['swot', 'threats', 0]],
      ['P01.yaml', ['title']],
    ]);
    expect(ds[0]).toMatchObject({ code: 'PAC-INT-001', severity: 'error', expected: 'fr', found: '—' });
    expect(ds[0]!.message).toContain('الجفاف');
  });
  it('asks nothing of an Arabic-only plan, or when fr_required is off', () => {
    const plan = loadPlan();
    delete (plan.commune!.data.name as { fr?: string }).fr;
    expect(check(rule, plan)).toHaveLength(1);
    expect(check(rule, plan, { params: { 'PAC-INT-001': { fr_required: false } } })).toEqual([]);
    plan.manifest!.data.languages = ['ar'];
    expect(check(rule, plan)).toEqual([]);
  });
});
