// Checks a programme against every constraint of the model, exactly (whole dirhams), and says by how much.
import type { Violation } from './groups.js';
import { communeAmount, endYear, partnerAmount, type Assignment, type Candidate, type SelectionModel } from './selection-model.js';

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

/** Checks additions to a programme: what `violations` would say of `a` plus one more project, quickly. */
export interface AdditionChecker {
  /** Exactly `violations(m, new Map([...a, [c.id, start]]))`, for a candidate `c` not in `a`. */
  check(c: Candidate, start: number): Violation[];
  /** Adds `c` at `start` to the programme (and to `a`). */
  add(c: Candidate, start: number): void;
}

/**
 * Keeps the totals of `a` (commune share and partner amounts by year, cost inside each share bound), so
 * that checking one more project costs its own years instead of the whole programme. Sums run in the
 * same order as in `violations` (the programme, then the new project), so results are identical.
 */
export function additionChecker(m: SelectionModel, a: Assignment): AdditionChecker {
  const byId = new Map(m.candidates.map((c) => [c.id, c]));
  const pairs = exclusionPairs(m);
  const partners = Object.keys(m.partnerCaps);
  const capUsed = new Map<number, number>(m.years.map((y) => [y, 0]));
  const partnerUsed = new Map<string, Map<number, number>>(partners.map((p) => [p, new Map(m.years.map((y) => [y, 0]))]));
  const inside = m.bounds.map(() => 0);
  let total = 0;
  const account = (c: Candidate, start: number) => {
    for (const y of m.years) {
      capUsed.set(y, capUsed.get(y)! + communeAmount(m, c, start, y));
      for (const p of partners) partnerUsed.get(p)!.set(y, partnerUsed.get(p)!.get(y)! + partnerAmount(c, start, y, p));
    }
    total += c.cost;
    m.bounds.forEach((b, i) => (inside[i] = inside[i]! + c.cost * shareOf(c, b)));
  };
  for (const [id, start] of a) account(byId.get(id)!, start);

  const check = (c: Candidate, start: number): Violation[] => {
    const out: Violation[] = [];
    for (const r of m.candidates) if (r.required && !r.forcedOut && !a.has(r.id) && r.id !== c.id) out.push({ group: { kind: 'required', project: r.id }, amount: 0 });
    for (const year of m.years) {
      const cap = m.capacity[year];
      if (cap === undefined) continue;
      const used = capUsed.get(year)! + communeAmount(m, c, start, year);
      if (used > cap) out.push({ group: { kind: 'capacity', year }, amount: used - cap });
    }
    for (const [partner, caps] of Object.entries(m.partnerCaps))
      for (const year of m.years) {
        const used = partnerUsed.get(partner)!.get(year)! + partnerAmount(c, start, year, partner);
        const cap = caps[year] ?? 0;
        if (used > cap) out.push({ group: { kind: 'partner', partner, year }, amount: used - cap });
      }
    const startOf = (id: string) => (id === c.id ? start : a.get(id));
    const deps = (x: Candidate, xs: number) => {
      for (const on of x.dependsOn) {
        const s = startOf(on);
        if (s === undefined) out.push({ group: { kind: 'dependency', project: x.id, on }, amount: 0, detail: 'missing' });
        else if (endYear(byId.get(on)!, s) >= xs) out.push({ group: { kind: 'dependency', project: x.id, on }, amount: 0, detail: 'late' });
      }
    };
    for (const [id, s] of a) deps(byId.get(id)!, s);
    deps(c, start);
    for (const [x, y] of pairs) if (startOf(x) !== undefined && startOf(y) !== undefined) out.push({ group: { kind: 'exclusion', a: x, b: y }, amount: 0 });
    const all = total + c.cost;
    m.bounds.forEach((b, i) => {
      const inB = inside[i]! + c.cost * shareOf(c, b);
      const tol = SHARE_EPS * Math.max(1, all);
      if (b.min !== undefined && inB < b.min * all - tol) out.push({ group: { kind: 'share', bound: b.kind, key: b.key, side: 'min' }, amount: b.min * all - inB });
      if (b.max !== undefined && inB > b.max * all + tol) out.push({ group: { kind: 'share', bound: b.kind, key: b.key, side: 'max' }, amount: inB - b.max * all });
    });
    return out;
  };
  return {
    check,
    add(c, start) {
      a.set(c.id, start);
      account(c, start);
    },
  };
}
