import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/integrity/int-002-population-adds-up.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-INT-002 population figures add up', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags men + women different from the total', () => {
    const plan = loadPlan();
    plan.commune!.data.population.total = 1010;
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-INT-002', severity: 'error', path: ['population', 'total'], expected: '1,010', found: '1,000' });
  });
  it('flags age bands that add up to more than the total or a sex', () => {
    const plan = loadPlan();
    plan.commune!.data.population.age_bands = [
      { band: '0-14', men: 200, women: 250 },
      { band: '15+', men: 300, women: 240 },
    ];
    const ds = check(rule, plan);
    // 990 in all is within the total, but 500 men in the bands exceed the 490 men counted.
    expect(ds.map((d) => [d.path, d.expected, d.found])).toEqual([[['population', 'age_bands'], '490', '500']]);
    expect(ds[0]!.message).toContain('(men)');
    plan.commune!.data.population.age_bands.push({ band: 'unknown', men: 0, women: 30 });
    expect(check(rule, plan).map((d) => [d.expected, d.found])).toEqual([
      ['1,000', '1,020'],
      ['490', '500'],
      ['510', '520'],
    ]);
  });
});
