// One solve of the selection model: LP text to the solver, and the programme read back.
import type { LpSolver, SolveLimits } from './lp-solver.js';
import type { Assignment, SelectionModel } from './selection-model.js';
import { writeLp, type LpOptions } from './write-lp.js';

/** The outcome of one solve, in the model's terms. */
export interface ModelSolution {
  /** `feasible`: stopped by the time limit with a programme whose optimality is not proven. */
  status: 'optimal' | 'feasible' | 'timeout' | 'infeasible' | 'unbounded' | 'error';
  assignment: Assignment;
  /** Σ value of the programme (points). */
  value: number;
  /** Σ |start − planned start| over the programme (years). */
  shift: number;
  /** Slack per relaxed group key (slack mode). */
  slacks: Map<string, number>;
  /** Relative gap to the solver's proven bound (0 when optimal). */
  gap: number;
  /** Proven upper bound on the programme's value, in points (the value itself when optimal). */
  valueBound: number;
  detail: string;
}

/** Solves `m` (with the variant `opts`) and reads the programme from the binary columns. */
export function solveModel(m: SelectionModel, solve: LpSolver, opts: LpOptions = {}, limits: SolveLimits = {}): ModelSolution {
  const lp = writeLp(m, opts);
  const empty = { assignment: new Map(), value: 0, shift: 0, slacks: new Map<string, number>(), gap: NaN, valueBound: NaN };
  if (lp.trivialInfeasible) return { status: 'infeasible', ...empty, detail: 'Infeasible' };
  const r = solve(lp.text, limits);
  if (r.status !== 'optimal' && r.status !== 'feasible') return { status: r.status, ...empty, detail: r.detail };
  const assignment: Assignment = new Map();
  const entries = [...lp.columns].sort((a, b) => a[1].candidate - b[1].candidate || a[1].start - b[1].start);
  for (const [name, { candidate, start }] of entries) if ((r.values[name] ?? 0) > 0.5) assignment.set(m.candidates[candidate]!.id, start);
  const slacks = new Map<string, number>();
  for (const [key, col] of lp.slacks) slacks.set(key, r.values[col] ?? 0);
  const measured = measure(m, assignment);
  // objective = 100·K·value − shift with 0 ≤ shift < K, so value ≤ (bound + K − 1) / (100·K).
  const valueBound = r.status === 'optimal' ? measured.value : Math.floor((r.bound + lp.scale - 1) / lp.scale) / 100;
  return { status: r.status, assignment, ...measured, slacks, gap: r.gap, valueBound, detail: r.detail };
}

/** The programme's value (Σ priority value of its projects) and how many years its projects moved. */
export function measure(m: SelectionModel, assignment: Assignment): { value: number; shift: number } {
  let value = 0;
  let shift = 0;
  const byId = new Map(m.candidates.map((c) => [c.id, c]));
  for (const [id, s] of assignment) {
    const c = byId.get(id)!;
    value += Math.round(c.value * 100);
    shift += Math.abs(s - c.plannedStart);
  }
  return { value: value / 100, shift };
}
