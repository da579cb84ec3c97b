// Phase 3 decision: the programme of greatest priority value under the constraints, each choice explained.
import { explainIn, explainOut, type InReason, type OutReason } from './explain-selection.js';
import { findConflict, type Conflict } from './find-conflict.js';
import type { LpSolver } from './lp-solver.js';
import type { Assignment, SelectionModel } from './selection-model.js';
import { solveModel } from './solve-model.js';
import { violations } from './violations.js';

/** How excluded projects are explained: forced-in re-solves (exact cost of inclusion) or a feasibility check. */
export type ExplainMode = 'resolve' | 'check';

/** Above this many candidates, `auto` explains by feasibility check only (one re-solve per excluded project). */
export const RESOLVE_LIMIT = 100;

/** The selection and its explanations. */
export interface Selection {
  status: 'optimal' | 'infeasible' | 'unbounded' | 'error';
  assignment: Assignment;
  /** Σ value of the selected projects (the objective). */
  value: number;
  shift: number;
  included: Array<{ id: string; reason: InReason }>;
  excluded: Array<{ id: string; reason: OutReason }>;
  conflict?: Conflict;
  explain: ExplainMode;
  detail: string;
}

/** Solves the model and explains the outcome. */
export function selectProgramme(m: SelectionModel, solve: LpSolver, explain: ExplainMode | 'auto' = 'auto'): Selection {
  const mode: ExplainMode = explain === 'auto' ? (m.candidates.length <= RESOLVE_LIMIT ? 'resolve' : 'check') : explain;
  const r = solveModel(m, solve);
  const base = { assignment: r.assignment, value: r.value, shift: r.shift, included: [], excluded: [], explain: mode, detail: r.detail };
  if (r.status === 'infeasible') return { ...base, status: 'infeasible', conflict: findConflict(m, solve) };
  if (r.status !== 'optimal') return { ...base, status: r.status };
  // The solver works to tolerances; the programme is checked again in whole dirhams before anyone reads it.
  const broken = violations(m, r.assignment);
  if (broken.length) return { ...base, status: 'error', detail: `solution violates ${broken.map((v) => v.group.kind).join(', ')}` };
  const included: Selection['included'] = [];
  const excluded: Selection['excluded'] = [];
  for (const c of m.candidates) {
    const s = r.assignment.get(c.id);
    if (s !== undefined) included.push({ id: c.id, reason: explainIn(c, s) });
    else excluded.push({ id: c.id, reason: explainOut(m, r.assignment, r.value, c, mode === 'resolve' ? solve : undefined) });
  }
  return { ...base, status: 'optimal', included, excluded };
}
