// The selection against exhaustive search: same optimum, same infeasibility, irreducible conflicts, honest explanations.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupKey } from '../../../src/core/decide/groups.js';
import { loadHighsSolver } from '../../../src/core/decide/highs-solver.js';
import type { LpSolver } from '../../../src/core/decide/lp-solver.js';
import { selectProgramme } from '../../../src/core/decide/select-programme.js';
import { violations } from '../../../src/core/decide/violations.js';
import { bruteForce } from './brute-force.js';
import { arbModel } from './random-model.js';

let solve: LpSolver;
beforeAll(async () => {
  solve = (await loadHighsSolver()).solve;
});

describe('selectProgramme on random small models', () => {
  it('reaches the brute-force optimum, and is infeasible exactly when brute force finds nothing', () => {
    fc.assert(
      fc.property(arbModel(), (m) => {
        const sel = selectProgramme(m, solve, 'check');
        const best = bruteForce(m);
        if (!best) {
          expect(sel.status).toBe('infeasible');
          return;
        }
        expect(sel.status).toBe('optimal');
        expect(sel.value).toBeCloseTo(best.value, 6);
        expect(sel.shift).toBe(best.shift);
        expect(violations(m, sel.assignment)).toEqual([]);
      }),
      { numRuns: 150, seed: 20240601 },
    );
  });

  it('names an irreducible conflicting set when infeasible', () => {
    let seen = 0;
    fc.assert(
      fc.property(arbModel({ maxProjects: 6 }), (m) => {
        const sel = selectProgramme(m, solve, 'check');
        if (sel.status !== 'infeasible') return;
        seen++;
        const keys = new Set(sel.conflict!.groups.map(groupKey));
        expect(keys.size).toBeGreaterThan(0);
        // Only the conflict's groups kept: still infeasible. Any one of them dropped too: feasible.
        const all = allGroupKeys(m);
        const others = new Set([...all].filter((k) => !keys.has(k)));
        expect(bruteForce(m, { drop: others })).toBeUndefined();
        for (const k of keys) expect(bruteForce(m, { drop: new Set([...others, k]) })).toBeDefined();
      }),
      { numRuns: 200, seed: 7 },
    );
    expect(seen).toBeGreaterThan(0);
  });

  it('explains each exclusion by what breaks when the project is forced in', () => {
    fc.assert(
      fc.property(arbModel({ required: false }), (m) => {
        const sel = selectProgramme(m, solve, 'resolve');
        expect(sel.status).toBe('optimal');
        for (const { id, reason } of sel.excluded) {
          const c = m.candidates.find((x) => x.id === id)!;
          const forced = bruteForce(m, { force: id });
          if (reason.kind === 'noStart') expect(c.starts).toEqual([]);
          if (reason.kind === 'noValue') expect(c.value).toBe(0);
          if (reason.kind !== 'constraint') continue;
          // Every start breaks something next to the chosen programme, and the named group is among what breaks.
          for (const s of c.starts) expect(violations(m, new Map([...sel.assignment, [id, s]])).length).toBeGreaterThan(0);
          const at = violations(m, new Map([...sel.assignment, [id, reason.start]]));
          expect(at.map((v) => groupKey(v.group))).toContain(groupKey(reason.violations[0]!.group));
          expect(at.find((v) => groupKey(v.group) === groupKey(reason.violations[0]!.group))!.amount).toBeCloseTo(reason.violations[0]!.amount, 6);
          // The forced-in re-solve agrees with exhaustive search.
          if (!forced) expect(reason.forced).toEqual({ infeasible: true });
          else expect((reason.forced as { loss: number }).loss).toBeCloseTo(sel.value - forced.value, 6);
        }
      }),
      { numRuns: 100, seed: 99 },
    );
  });

  it('is deterministic: the same model gives the same programme and explanations', () => {
    fc.assert(
      fc.property(arbModel(), (m) => {
        const a = JSON.stringify(selectProgramme(m, solve, 'resolve'), replacer);
        const b = JSON.stringify(selectProgramme(structuredClone(m), solve, 'resolve'), replacer);
        expect(a).toBe(b);
      }),
      { numRuns: 40, seed: 3 },
    );
  });
});

function allGroupKeys(m: Parameters<typeof bruteForce>[0]): Set<string> {
  const keys = new Set<string>();
  const add = (k: string) => keys.add(k);
  for (const c of m.candidates) {
    if (c.required) add(`required:${c.id}`);
    for (const on of c.dependsOn) add(`dependency:${c.id}:${on}`);
    for (const o of c.excludes) add(`exclusion:${c.id < o ? c.id : o}:${c.id < o ? o : c.id}`);
  }
  for (const y of m.years) {
    if (m.capacity[y] !== undefined) add(`capacity:${y}`);
    for (const p of Object.keys(m.partnerCaps)) add(`partner:${p}:${y}`);
  }
  for (const b of m.bounds) for (const side of ['min', 'max'] as const) if (b[side] !== undefined) add(`share:${b.kind}:${b.key}:${side}`);
  return keys;
}

const replacer = (_k: string, v: unknown) => (v instanceof Map ? [...v] : v);
