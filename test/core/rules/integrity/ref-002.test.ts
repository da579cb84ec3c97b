import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/ref-002-financing-partners.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-REF-002 financing partners exist', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a financing line with an unknown partner', () => {
    const plan = loadPlan();
    plan.projects[0]!.data.financing[1]!.partner = 'PROVINCE';
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-REF-002', path: ['financing', 1, 'partner'], expected: 'COMMUNE, REGION', found: 'PROVINCE' });
  });
  it('flags programme lines naming unknown projects or partners', () => {
    const plan = loadPlan();
    plan.finance!.data.programme = {
      lines: [
        { project: 'P02', year: 2022, partner: 'COMMUNE', amount: 1 },
        { project: 'P01', year: 2022, partner: 'ONEE', amount: 1 },
      ],
      unfunded: [{ project: 'P03', reason: { ar: 'نص', fr: 'texte' } }],
    };
    expect(check(rule, plan).map((d) => [d.path, d.found])).toEqual([
      [['programme', 'lines', 0, 'project'], 'P02'],
      [['programme', 'lines', 1, 'partner'], 'ONEE'],
      [['programme', 'unfunded', 0, 'project'], 'P03'],
    ]);
  });
});
