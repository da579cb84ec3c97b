import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/period-finance/fin-004-commune-share-fits.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

// A second project financed only by the commune, for `amount` in 2023.
function addCommuneProject(plan: ReturnType<typeof loadPlan>, amount: number, status: 'planned' | 'cancelled' = 'planned') {
  const base = plan.projects[0]!;
  plan.projects.push({
    ...base,
    file: base.file.replace('P01', 'P02'),
    data: { ...base.data, id: 'P02', estimated_cost: amount, status, financing: [{ partner: 'COMMUNE', amount, by_year: { '2023': amount } }] },
  });
}

describe('PAC-FIN-004 commune share within investment capacity', () => {
  it('accepts the minimal plan', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a year where commune-type partners take more than the capacity, on that projection row', () => {
    const plan = loadPlan();
    addCommuneProject(plan, 700_000); // 2023: 200,000 + 700,000 = 900,000 > 800,000
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      code: 'PAC-FIN-004',
      severity: 'error',
      path: ['projection', 1, 'investment_capacity'],
      expected: '800,000',
      found: '900,000',
    });
    expect(ds[0]!.file).toMatch(/finance\.yaml$/);
    expect(ds[0]!.message).toContain('2023');
    expect(ds[0]!.message).toContain('by 100,000 MAD');
    expect(ds[0]!.message).toContain('unverified');
  });
  it('ignores cancelled projects and partners that are not of type commune', () => {
    const plan = loadPlan();
    addCommuneProject(plan, 700_000, 'cancelled');
    expect(check(rule, plan)).toEqual([]);
    plan.projects[1]!.data.status = 'planned';
    plan.finance!.data.partners[0]!.type = 'other';
    expect(check(rule, plan)).toEqual([]);
  });
  it('checks only the first `years` years and scales the capacity by capacity_share', () => {
    const plan = loadPlan();
    // 2022: 25% of 750,000 = 187,500 < 200,000; 2023: 25% of 800,000 = 200,000, exactly the share.
    const scaled = check(rule, plan, { params: { 'PAC-FIN-004': { capacity_share: 0.25 } } });
    expect(scaled.map((d) => [d.path, d.expected, d.found])).toEqual([[['projection', 0, 'investment_capacity'], '187,500', '200,000']]);
    addCommuneProject(plan, 700_000);
    expect(check(rule, plan, { params: { 'PAC-FIN-004': { years: 1 } } })).toEqual([]);
  });
});
