// Checks a programme against every constraint of the model, exactly (whole dirhams), and says by how much.
import type { Violation } from './groups.js';
import { communeAmount, endYear, partnerAmount, type Assignment, type SelectionModel } from './selection-model.js';

/** Relative tolerance on share bounds (shares are fractions of whole-dirham totals). */
const SHARE_EPS = 1e-9;

/** Every violated group of `a` in model `m`; an empty list means the programme is feasible. */
export function violations(m: SelectionModel, a: Assignment): Violation[] {
  const out: Violation[] = [];
  const byId = new Map(m.candidates.map((c) => [c.id, c]));
  const chosen = [...a].map(([id, start]) => ({ c: byId.get(id)!, start }));
  for (const c of m.candidates) if (c.required && !c.forcedOut && !a.has(c.id)) out.push({ group: { kind: 'required', project: c.id }, amount: 0 });
  for (const year of m.years) {
    const cap = m.capacity[year];
    if (cap === undefined) continue;
    let used = 0;
    for (const { c, start } of chosen) used += communeAmount(m, c, start, year);
    if (used > cap) out.push({ group: { kind: 'capacity', year }, amount: used - cap });
  }
  for (const [partner, caps] of Object.entries(m.partnerCaps))
    for (const year of m.years) {
      let used = 0;
      for (const { c, start } of chosen) used += partnerAmount(c, start, year, partner);
      const cap = caps[year] ?? 0;
      if (used > cap) out.push({ group: { kind: 'partner', partner, year }, amount: used - cap });
    }
  for (const { c, start } of chosen)
    for (const on of c.dependsOn) {
      const s = a.get(on);
      const pre = byId.get(on)!;
      if (s === undefined) out.push({ group: { kind: 'dependency', project: c.id, on }, amount: 0, detail: 'missing' });
      else if (endYear(pre, s) >= start) out.push({ group: { kind: 'dependency', project: c.id, on }, amount: 0, detail: 'late' });
    }
  for (const [x, y] of exclusionPairs(m)) if (a.has(x) && a.has(y)) out.push({ group: { kind: 'exclusion', a: x, b: y }, amount: 0 });
  const total = chosen.reduce((s, { c }) => s + c.cost, 0);
  for (const b of m.bounds) {
    let inside = 0;
    for (const { c } of chosen) inside += c.cost * shareOf(c, b);
    const tol = SHARE_EPS * Math.max(1, total);
    if (b.min !== undefined && inside < b.min * total - tol) out.push({ group: { kind: 'share', bound: b.kind, key: b.key, side: 'min' }, amount: b.min * total - inside });
    if (b.max !== undefined && inside > b.max * total + tol) out.push({ group: { kind: 'share', bound: b.kind, key: b.key, side: 'max' }, amount: inside - b.max * total });
  }
  return out;
}

/** Fraction of a candidate's cost that counts in a share bound. */
export const shareOf = (c: { sector: string; territory: Record<string, number> }, b: { kind: 'sector' | 'territory'; key: string }): number =>
  b.kind === 'sector' ? (c.sector === b.key ? 1 : 0) : (c.territory[b.key] ?? 0);

/** Mutually exclusive pairs, each once, ordered by id; pairs naming an unknown project are left out. */
export function exclusionPairs(m: SelectionModel): Array<[string, string]> {
  const known = new Set(m.candidates.map((c) => c.id));
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  for (const c of m.candidates)
    for (const o of c.excludes) {
      if (!known.has(o) || o === c.id) continue;
      const [x, y] = c.id < o ? [c.id, o] : [o, c.id];
      if (seen.has(`${x}\u0000${y}`)) continue;
      seen.add(`${x}\u0000${y}`);
      out.push([x, y]);
    }
  return out.sort((p, q) => (p[0] + '\u0000' + p[1] < q[0] + '\u0000' + q[1] ? -1 : 1));
}
