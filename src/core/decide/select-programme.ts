// Phase 3 decision: the programme of greatest priority value under the constraints, each choice explained.
import { explainIn, explainOut, type InReason, type OutReason } from './explain-selection.js';
import { findConflict, type Conflict } from './find-conflict.js';
import type { LpSolver, SolveLimits } from './lp-solver.js';
import type { Assignment, SelectionModel } from './selection-model.js';
import { measure, solveModel } from './solve-model.js';
import { additionChecker, violations } from './violations.js';

/** How excluded projects are explained: forced-in re-solves (exact cost of inclusion) or a feasibility check. */
export type ExplainMode = 'resolve' | 'check';

/** Above this many candidates, `auto` explains by feasibility check only (one re-solve per excluded project). */
export const RESOLVE_LIMIT = 100;

/** The selection and its explanations. */
export interface Selection {
  /**
   * `optimal`: no programme of greater value exists. `feasible`: the time limit stopped the search first;
   * the programme meets every constraint and `gap` bounds how far its value may be from the optimum.
   */
  status: 'optimal' | 'feasible' | 'timeout' | 'infeasible' | 'unbounded' | 'error';
  assignment: Assignment;
  /** Σ value of the selected projects (the objective). */
  value: number;
  shift: number;
  included: Array<{ id: string; reason: InReason }>;
  excluded: Array<{ id: string; reason: OutReason }>;
  conflict?: Conflict;
  explain: ExplainMode;
  /** At most this relative distance from the optimum value: (bound − value) / bound; 0 when optimal. */
  gap: number;
  /** Proven upper bound on the value of any programme (the value itself when optimal). */
  valueBound: number;
  /** Projects added after a time-limited solve because they still fitted (see completeProgramme). */
  completed: string[];
  detail: string;
}

/**
 * Solves the model and explains the outcome. With a time limit the solver may stop before it proves the
 * optimum: the programme it has is completed with the projects that still fit, and every exclusion is
 * then explained by a feasibility check (re-solves would each need the same time again).
 */
export function selectProgramme(m: SelectionModel, solve: LpSolver, explain: ExplainMode | 'auto' = 'auto', limits: SolveLimits = {}): Selection {
  let mode: ExplainMode = explain === 'auto' ? (m.candidates.length <= RESOLVE_LIMIT ? 'resolve' : 'check') : explain;
  const r = solveModel(m, solve, {}, limits);
  if (r.status === 'feasible') mode = 'check';
  const base = {
    assignment: r.assignment,
    value: r.value,
    shift: r.shift,
    included: [],
    excluded: [],
    explain: mode,
    gap: r.gap,
    valueBound: r.valueBound,
    completed: [],
    detail: r.detail,
  };
  if (r.status === 'infeasible') return { ...base, status: 'infeasible', conflict: findConflict(m, solve) };
  if (r.status !== 'optimal' && r.status !== 'feasible') return { ...base, status: r.status };
  // The solver works to tolerances; the programme is checked again in whole dirhams before anyone reads it.
  const broken = violations(m, r.assignment);
  if (broken.length) return { ...base, status: 'error', detail: `solution violates ${broken.map((v) => v.group.kind).join(', ')}` };
  const checker = additionChecker(m, r.assignment);
  const completed = r.status === 'feasible' ? completeProgramme(m, r.assignment, checker) : [];
  const { value, shift } = measure(m, r.assignment);
  const included: Selection['included'] = [];
  const excluded: Selection['excluded'] = [];
  for (const c of m.candidates) {
    const s = r.assignment.get(c.id);
    if (s !== undefined) included.push({ id: c.id, reason: explainIn(c, s) });
    else excluded.push({ id: c.id, reason: explainOut(m, r.assignment, value, c, mode === 'resolve' ? solve : undefined, checker) });
  }
  const gap = r.status === 'optimal' || !(r.valueBound > 0) ? 0 : Math.max(0, (r.valueBound - value) / r.valueBound);
  return { ...base, value, shift, gap, completed, status: r.status, included, excluded };
}

/**
 * Adds to `a` (in place) every project of positive value that still fits beside it, best value first,
 * each at the allowed start closest to its planned year. A proven optimum never leaves one; a programme
 * cut short by the time limit may, and then each project left out has a binding constraint to show.
 */
export function completeProgramme(m: SelectionModel, a: Assignment, checker = additionChecker(m, a)): string[] {
  const added: string[] = [];
  const order = m.candidates.filter((c) => !a.has(c.id) && !c.forcedOut && c.value > 0).sort((x, y) => y.value - x.value || (x.id < y.id ? -1 : 1));
  for (const c of order) {
    const starts = [...c.starts].sort((x, y) => Math.abs(x - c.plannedStart) - Math.abs(y - c.plannedStart) || x - y);
    const s = starts.find((st) => checker.check(c, st).length === 0);
    if (s === undefined) continue;
    checker.add(c, s);
    added.push(c.id);
  }
  return added;
}
