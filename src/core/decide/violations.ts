// Checks a programme against every constraint of the model, exactly (whole dirhams), and says by how much.
import type { Violation } from './groups.js';
import { communeAmount, endYear, partnerAmount, type Assignment, type Candidate, type SelectionModel } from './selection-model.js';

/** Relative tolerance on share bounds (shares are fractions of whole-dirham totals). */
const SHARE_EPS = 1e-9;

/** Every violated group of `a` in model `m`; an empty list means the programme is feasible. */
export function violations(m: SelectionModel, a: Assignment): Violation[] {
  const byId = new Map(m.candidates.map((c) => [c.id, c]));
  const chosen = [...a].map(([id, start]) => [byId.get(id)!, start] as const);
  const t = sums(m);
  for (const [c, start] of chosen) t.add(c, start);
  return judge(m, t.values, (id) => a.get(id), chosen, byId, exclusionPairs(m));
}

/**
 * Running sums of a programme, in the order its projects are added: the commune share and each
 * committed partner's amount per year, the cost inside each share bound, and the total cost.
 */
function sums(m: SelectionModel) {
  const Y = m.years.length;
  const partners = Object.keys(m.partnerCaps);
  const values = new Float64Array(Y + partners.length * Y + m.bounds.length + 1);
  const add = (c: Candidate, start: number, into = values) => {
    m.years.forEach((y, i) => {
      into[i]! += communeAmount(m, c, start, y);
      partners.forEach((p, k) => (into[Y + k * Y + i]! += partnerAmount(c, start, y, p)));
    });
    m.bounds.forEach((b, j) => (into[Y + partners.length * Y + j]! += c.cost * shareOf(c, b)));
    into[into.length - 1]! += c.cost;
  };
  return { values, add };
}

/** The violated groups of a programme, given its sums (see `sums`) and its projects in order. */
function judge(
  m: SelectionModel,
  t: Float64Array,
  startOf: (id: string) => number | undefined,
  chosen: ReadonlyArray<readonly [Candidate, number]>,
  byId: ReadonlyMap<string, Candidate>,
  pairs: ReadonlyArray<[string, string]>,
): Violation[] {
  const out: Violation[] = [];
  const Y = m.years.length;
  for (const c of m.candidates)
    if (c.required && !c.forcedOut && startOf(c.id) === undefined) out.push({ group: { kind: 'required', project: c.id }, amount: 0 });
  m.years.forEach((year, i) => {
    const cap = m.capacity[year];
    if (cap !== undefined && t[i]! > cap) out.push({ group: { kind: 'capacity', year }, amount: t[i]! - cap });
  });
  Object.entries(m.partnerCaps).forEach(([partner, caps], k) =>
    m.years.forEach((year, i) => {
      const used = t[Y + k * Y + i]!;
      const cap = caps[year] ?? 0;
      if (used > cap) out.push({ group: { kind: 'partner', partner, year }, amount: used - cap });
    }),
  );
  for (const [c, start] of chosen)
    for (const on of c.dependsOn) {
      const s = startOf(on);
      if (s === undefined) out.push({ group: { kind: 'dependency', project: c.id, on }, amount: 0, detail: 'missing' });
      else if (endYear(byId.get(on)!, s) >= start) out.push({ group: { kind: 'dependency', project: c.id, on }, amount: 0, detail: 'late' });
    }
  for (const [x, y] of pairs) if (startOf(x) !== undefined && startOf(y) !== undefined) out.push({ group: { kind: 'exclusion', a: x, b: y }, amount: 0 });
  const total = t[t.length - 1]!;
  const firstBound = Y + Object.keys(m.partnerCaps).length * Y;
  m.bounds.forEach((b, j) => {
    const inside = t[firstBound + j]!;
    const tol = SHARE_EPS * Math.max(1, total);
    if (b.min !== undefined && inside < b.min * total - tol)
      out.push({ group: { kind: 'share', bound: b.kind, key: b.key, side: 'min' }, amount: b.min * total - inside });
    if (b.max !== undefined && inside > b.max * total + tol)
      out.push({ group: { kind: 'share', bound: b.kind, key: b.key, side: 'max' }, amount: inside - b.max * total });
  });
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
 * Keeps the sums of `a`, so that checking one more project costs its own years instead of the whole
 * programme. The sums run in the same order as in `violations` (the programme, then the new project)
 * and the same `judge` reads them, so the results are identical.
 */
export function additionChecker(m: SelectionModel, a: Assignment): AdditionChecker {
  const byId = new Map(m.candidates.map((c) => [c.id, c]));
  const pairs = exclusionPairs(m);
  const t = sums(m);
  const chosen: Array<readonly [Candidate, number]> = [];
  for (const [id, start] of a) {
    chosen.push([byId.get(id)!, start]);
    t.add(byId.get(id)!, start);
  }
  return {
    check(c, start) {
      const withC = t.values.slice();
      t.add(c, start, withC);
      return judge(m, withC, (id) => (id === c.id ? start : a.get(id)), [...chosen, [c, start]], byId, pairs);
    },
    add(c, start) {
      a.set(c.id, start);
      chosen.push([c, start]);
      t.add(c, start);
    },
  };
}
