import { describe, expect, it } from 'vitest';
import rule from '../../../../src/core/rules/participation/trc-001-diagnosis-needs-potentials.js';
import { check, loadPlan } from '../../../helpers/plan-builder.js';

describe('PAC-TRC-001 diagnosis needs and potentials', () => {
  it('accepts a diagnosis with problems and potentials', () => {
    expect(check(rule, loadPlan())).toEqual([]);
  });
  it('flags a diagnosis without potentials at sectors', () => {
    const plan = loadPlan();
    delete plan.diagnosis!.data.sectors[0]!.potentials;
    const ds = check(rule, plan);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'PAC-TRC-001', severity: 'error', path: ['sectors'], expected: '≥ 1', found: '0' });
    expect(ds[0]!.message).toContain('potentials');
  });
  it('flags problems and potentials separately when both are missing', () => {
    const plan = loadPlan();
    plan.diagnosis!.data.sectors[0]!.problems = [];
    plan.diagnosis!.data.sectors[0]!.potentials = [];
    expect(check(rule, plan).map((d) => d.message)).toEqual([expect.stringContaining('problems'), expect.stringContaining('potentials')]);
  });
  it('counts items from any sector', () => {
    const plan = loadPlan();
    const s = plan.diagnosis!.data.sectors;
    s.push({ sector: 'health', potentials: s[0]!.potentials });
    delete s[0]!.potentials;
    expect(check(rule, plan)).toEqual([]);
  });
});
