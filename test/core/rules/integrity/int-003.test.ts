import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/int-003-document-language.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-INT-003 printed texts in the document’s language', () => {
  it('asks nothing of a bilingual plan: a string in either language prints as it is', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });

  it('flags, in an Arabic-only plan, a French string at its position; glossary words and codes pass', () => {
    const plan = loadPlan();
    plan.manifest!.data.languages = ['ar'];
    plan.manifest!.data.prepared_by = 'مكتب الدراسات';
    plan.commune!.data.council.president = 'محمد العلوي';
    plan.projects[0]!.data.responsible_unit = 'Service technique communal'; // in the glossary
    plan.adoption!.data.minutes_ref = 'PV-SO-MAI-2022'; // a reference code
    plan.indicators!.data.indicators[0]!.source = 'Bureau d’ordre';
    const ds = check(rule, plan);
    expect(ds.map((d) => [d.file.replace(/\\/g, '/').split('/').pop(), d.path])).toEqual([['indicators.yaml', ['indicators', 0, 'source']]]);
    expect(ds[0]).toMatchObject({ code: 'PAC-INT-003', severity: 'warning', expected: 'ar', found: 'Bureau d’ordre' });
    expect(ds[0]!.message).toContain('Bureau d’ordre');
  });

  it('flags, in a French-only plan, an Arabic name', () => {
    const plan = loadPlan();
    plan.manifest!.data.languages = ['fr'];
    plan.commune!.data.council.president = 'محمد العلوي';
    expect(check(rule, plan).map((d) => d.path)).toEqual([['council', 'president']]);
  });
});
