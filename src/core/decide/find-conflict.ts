// When no programme satisfies every constraint: the smallest set of constraint groups that still conflict.
import { groupKey, type Group } from './groups.js';
import type { LpSolver } from './lp-solver.js';
import type { SelectionModel } from './selection-model.js';
import { solveModel } from './solve-model.js';
import { exclusionPairs } from './violations.js';

/** A conflict: groups that cannot hold together (dropping any one of them restores feasibility). */
export interface Conflict {
  groups: Group[];
  /** Group key → dirhams missing for the conflict to disappear (limits and shares), when it can be measured. */
  shortfall: Map<string, number>;
}

/** Every group of the model, in the order the deletion filter tries to drop them. */
export function modelGroups(m: SelectionModel): Group[] {
  const deps: Group[] = [];
  const req: Group[] = [];
  for (const c of m.candidates) {
    for (const on of c.dependsOn) deps.push({ kind: 'dependency', project: c.id, on });
    if (c.required && !c.forcedOut) req.push({ kind: 'required', project: c.id });
  }
  const excl: Group[] = exclusionPairs(m).map(([a, b]) => ({ kind: 'exclusion', a, b }));
  const shares: Group[] = m.bounds.flatMap((b) =>
    (['min', 'max'] as const).filter((s) => b[s] !== undefined).map((side): Group => ({ kind: 'share', bound: b.kind, key: b.key, side })),
  );
  const partners: Group[] = Object.keys(m.partnerCaps).flatMap((partner) => m.years.map((year): Group => ({ kind: 'partner', partner, year })));
  const caps: Group[] = m.years.filter((y) => m.capacity[y] !== undefined).map((year): Group => ({ kind: 'capacity', year }));
  // Groups tried first are dropped first when several explanations exist; required projects and the
  // commune's capacity come last, so they are what the explanation keeps: the council's own commitments.
  return [...deps, ...excl, ...shares, ...partners, ...caps, ...req];
}

/**
 * Deletion filter: drop each group in turn; if the rest is still infeasible it stays dropped, else it is
 * part of the conflict. The result is irreducible: each group in it is necessary for the infeasibility.
 * Then one more solve with slacks on the conflict's limits measures how far each is from holding.
 */
export function findConflict(m: SelectionModel, solve: LpSolver): Conflict {
  const all = modelGroups(m);
  const dropped = new Set<string>();
  const keep: Group[] = [];
  for (const g of all) {
    const key = groupKey(g);
    dropped.add(key);
    if (solveModel(m, solve, { drop: dropped }).status !== 'infeasible') {
      dropped.delete(key);
      keep.push(g);
    }
  }
  const measurable = keep.filter((g) => g.kind === 'capacity' || g.kind === 'partner' || g.kind === 'share').map(groupKey);
  const shortfall = new Map<string, number>();
  if (measurable.length) {
    const r = solveModel(m, solve, { drop: dropped, slack: new Set(measurable) });
    if (r.status === 'optimal') for (const [k, v] of r.slacks) shortfall.set(k, Math.round(v));
  }
  return { groups: keep, shortfall };
}
