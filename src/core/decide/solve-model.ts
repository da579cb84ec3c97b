// One solve of the selection model: LP text to the solver, and the programme read back.
import type { LpSolver } from './lp-solver.js';
import type { Assignment, SelectionModel } from './selection-model.js';
import { writeLp, type LpOptions } from './write-lp.js';

/** The outcome of one solve, in the model's terms. */
export interface ModelSolution {
  status: 'optimal' | 'infeasible' | 'unbounded' | 'error';
  assignment: Assignment;
  /** Σ value of the programme (points). */
  value: number;
  /** Σ |start − planned start| over the programme (years). */
  shift: number;
  /** Slack per relaxed group key (slack mode). */
  slacks: Map<string, number>;
  detail: string;
}

/** Solves `m` (with the variant `opts`) and reads the programme from the binary columns. */
export function solveModel(m: SelectionModel, solve: LpSolver, opts: LpOptions = {}): ModelSolution {
  const lp = writeLp(m, opts);
  const empty = { assignment: new Map(), value: 0, shift: 0, slacks: new Map<string, number>() };
  if (lp.trivialInfeasible) return { status: 'infeasible', ...empty, detail: 'Infeasible' };
  const r = solve(lp.text);
  if (r.status !== 'optimal') return { status: r.status, ...empty, detail: r.detail };
  const assignment: Assignment = new Map();
  const entries = [...lp.columns].sort((a, b) => a[1].candidate - b[1].candidate || a[1].start - b[1].start);
  for (const [name, { candidate, start }] of entries) if ((r.values[name] ?? 0) > 0.5) assignment.set(m.candidates[candidate]!.id, start);
  let value = 0;
  let shift = 0;
  const byId = new Map(m.candidates.map((c) => [c.id, c]));
  for (const [id, s] of assignment) {
    const c = byId.get(id)!;
    value += Math.round(c.value * 100);
    shift += Math.abs(s - c.plannedStart);
  }
  const slacks = new Map<string, number>();
  for (const [key, col] of lp.slacks) slacks.set(key, r.values[col] ?? 0);
  return { status: 'optimal', assignment, value: value / 100, shift, slacks, detail: r.detail };
}
