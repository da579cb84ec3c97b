// What the HiGHS wrapper reports for each outcome of a solve: optimal, infeasible, unbounded (integer or
// not, where presolve alone cannot tell the last two apart), and what plan select makes of unbounded.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHighsSolver } from '../../../src/core/decide/highs-solver.js';
import type { LpSolver } from '../../../src/core/decide/lp-solver.js';
import { selectProgramme } from '../../../src/core/decide/select-programme.js';
import type { SelectionModel } from '../../../src/core/decide/selection-model.js';

let solve: LpSolver;
beforeAll(async () => {
  solve = (await loadHighsSolver()).solve;
});

const lp = (body: string, integer = '') => `Maximize\n obj: x + y\nSubject To\n${body}\nBounds\n x >= 0\n y >= 0\n${integer}End\n`;

describe('HiGHS statuses', () => {
  it('optimal, with the values and a zero gap', () => {
    const r = solve(lp(' c1: x + y <= 4\n c2: x <= 3', 'General\n x\n y\n'));
    expect(r).toMatchObject({ status: 'optimal', objective: 4, gap: 0, bound: 4 });
    expect(r.values.x! + r.values.y!).toBe(4);
  });

  it('unbounded, for a continuous and for an integer model (where presolve says "infeasible or unbounded")', () => {
    expect(solve(lp(' c1: x - y <= 1')).status).toBe('unbounded');
    expect(solve(lp(' c1: x - y <= 1', 'General\n x\n y\n')).status).toBe('unbounded');
  });

  it('infeasible, for a continuous and for an integer model', () => {
    expect(solve(lp(' c1: x + y >= 5\n c2: x + y <= 4')).status).toBe('infeasible');
    expect(solve(lp(' c1: x + y >= 5\n c2: x + y <= 4', 'General\n x\n y\n')).status).toBe('infeasible');
  });
});

describe('selectProgramme and an unbounded solve', () => {
  const m: SelectionModel = {
    years: [2022],
    communePartners: ['COMMUNE'],
    capacity: {},
    partnerCaps: {},
    candidates: [
      {
        id: 'P1',
        value: 1,
        cost: 10,
        sector: 'education',
        territory: {},
        plannedStart: 2022,
        profile: [{ COMMUNE: 10 }],
        starts: [2022],
        dependsOn: [],
        excludes: [],
      },
    ],
    bounds: [],
  };

  it('a selection model is bounded: the real solver proves it optimal', () => {
    expect(selectProgramme(m, solve).status).toBe('optimal');
  });

  it('a solver that says unbounded is passed on as unbounded, with no programme (plan select reports PAC-DEC-011)', () => {
    const unbounded: LpSolver = () => ({ status: 'unbounded', objective: NaN, values: {}, gap: NaN, bound: NaN, detail: 'Unbounded' });
    const sel = selectProgramme(m, unbounded);
    expect(sel.status).toBe('unbounded');
    expect(sel.assignment.size).toBe(0);
    expect(sel.included).toEqual([]);
  });
});
