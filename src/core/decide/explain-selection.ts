// Why each project is in or out of the programme, in terms of the constraint that binds and by how much.
import type { Violation } from './groups.js';
import type { LpSolver } from './lp-solver.js';
import { communeAmount, partnerAmount, type Assignment, type Candidate, type RequiredReason, type SelectionModel } from './selection-model.js';
import { solveModel } from './solve-model.js';
import { additionChecker, type AdditionChecker } from './violations.js';

/** Why a project is in. */
export interface InReason {
  required?: RequiredReason;
  start: number;
  /** Planned start when the programme moved the project. */
  shiftedFrom?: number;
  /** Value per million dirhams of cost. */
  valuePerMdh: number;
}

/** Another included project that uses the same resource, to compare value per dirham with. */
export interface Comparator {
  id: string;
  valuePerMdh: number;
}

/** Why a project is out. */
export type OutReason =
  | { kind: 'excluded' | 'cancelled' | 'noStart' }
  /** It fits next to the programme but adds no value. */
  | { kind: 'noValue' }
  | {
      kind: 'constraint';
      /** The start year whose violations are smallest (fewest groups, then fewest dirhams). */
      start: number;
      violations: Violation[];
      valuePerMdh: number;
      comparator?: Comparator;
      /** Re-solve with the project forced in: the value lost and the projects pushed out; or impossible. */
      forced?: { loss: number; dropped: string[] } | { infeasible: true };
    };

/** Value per million dirhams of cost (0 for a project without cost). */
export const valuePerMdh = (c: Candidate): number => (c.cost > 0 ? Math.round((c.value / (c.cost / 1e6)) * 100) / 100 : 0);

/** Explains an included project. */
export function explainIn(c: Candidate, start: number): InReason {
  return {
    ...(c.required ? { required: c.required } : {}),
    start,
    ...(start !== c.plannedStart ? { shiftedFrom: c.plannedStart } : {}),
    valuePerMdh: valuePerMdh(c),
  };
}

/**
 * Explains an excluded project by adding it to the optimal programme at each possible start and listing
 * what breaks (the check is exact, in dirhams). With `resolve`, the model is also solved again with the
 * project forced in: the honest cost of including it, since the solver may make room by dropping others.
 */
export function explainOut(
  m: SelectionModel,
  a: Assignment,
  value: number,
  c: Candidate,
  solve?: LpSolver,
  checker: AdditionChecker = additionChecker(m, a),
): OutReason {
  if (c.forcedOut) return { kind: c.forcedOut === 'cancelled' ? 'cancelled' : 'excluded' };
  if (!c.starts.length) return { kind: 'noStart' };
  let best: { start: number; v: Violation[] } | undefined;
  for (const s of c.starts) {
    const v = checker.check(c, s);
    if (!best || better(v, best.v)) best = { start: s, v };
  }
  if (!best!.v.length) return { kind: 'noValue' };
  const out: OutReason = { kind: 'constraint', start: best!.start, violations: best!.v, valuePerMdh: valuePerMdh(c) };
  const cmp = comparator(m, a, best!.v[0]!, c);
  if (cmp) out.comparator = cmp;
  if (solve) {
    const r = solveModel(m, solve, { force: c.id });
    if (r.status === 'optimal') out.forced = { loss: Math.round((value - r.value) * 100) / 100, dropped: [...a.keys()].filter((id) => !r.assignment.has(id)) };
    else if (r.status === 'infeasible') out.forced = { infeasible: true };
  }
  return out;
}

/** Fewer violated groups first, then the smaller total amount. */
function better(v: Violation[], w: Violation[]): boolean {
  if (v.length !== w.length) return v.length < w.length;
  return sum(v) < sum(w);
}
const sum = (v: Violation[]): number => v.reduce((s, x) => s + x.amount, 0);

/** The included, not required project with the lowest value per dirham among those using the binding resource. */
function comparator(m: SelectionModel, a: Assignment, v: Violation, out: Candidate): Comparator | undefined {
  const g = v.group;
  const byId = new Map(m.candidates.map((c) => [c.id, c]));
  let best: Comparator | undefined;
  for (const [id, s] of a) {
    const c = byId.get(id)!;
    if (c.required) continue;
    const uses =
      g.kind === 'capacity'
        ? communeAmount(m, c, s, g.year) > 0
        : g.kind === 'partner'
          ? partnerAmount(c, s, g.year, g.partner) > 0
          : g.kind === 'exclusion'
            ? id === g.a || id === g.b
            : g.kind === 'share'
              ? g.side === 'max' && (g.bound === 'sector' ? c.sector === g.key : (c.territory[g.key] ?? 0) > 0)
              : false;
    if (!uses || id === out.id) continue;
    const vpm = valuePerMdh(c);
    if (!best || vpm < best.valuePerMdh || (vpm === best.valuePerMdh && id < best.id)) best = { id, valuePerMdh: vpm };
  }
  return best;
}
