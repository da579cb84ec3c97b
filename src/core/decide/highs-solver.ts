// HiGHS (WebAssembly) as the selection's solver, with settings that make "optimal" mean exactly optimal.
import type { LpResult, LpSolver } from './lp-solver.js';

/** Time spent inside HiGHS, to compare with the whole command (see bench/README.md). */
export interface SolverClock {
  seconds: number;
  solves: number;
}

/* The parts of the `highs` package's persistent API used here (its declared types and runtime default differ in shape). */
interface HighsModel {
  options: { set(values: Record<string, string | number | boolean>): unknown };
  info: { get(name: string): number | bigint };
  run(): unknown;
  getModelStatus(): number;
  getObjectiveValue(): number;
  getSolution(): { colValue: Float64Array };
  getColName(index: number): string;
  dispose(): void;
}
interface HighsRuntime {
  createModel(source: { format: 'lp'; data: string }): HighsModel;
  constants: { modelStatus: Record<string, number> };
}

/**
 * Loads HiGHS and returns a solver plus its clock. mip_rel_gap 0 and mip_abs_gap 0.5: the objective's
 * coefficients are integers, so a gap under 1 proves that no better programme exists. With a time limit,
 * HiGHS returns its best programme and the gap it has proven (`mip_gap`), read through its persistent API.
 */
export async function loadHighsSolver(): Promise<{ solve: LpSolver; clock: SolverClock; version: string }> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the highs package ships no types
  const mod: any = await import('highs');
  const loader: () => Promise<HighsRuntime> = mod.default?.default ?? mod.default ?? mod;
  const highs = await loader();
  const S = highs.constants.modelStatus;
  const clock: SolverClock = { seconds: 0, solves: 0 };
  const once = (text: string, limits: { timeLimit?: number }, presolve: 'on' | 'off'): LpResult => {
    const t0 = performance.now();
    const model = highs.createModel({ format: 'lp', data: text });
    try {
      model.options.set({
        output_flag: false,
        mip_rel_gap: 0,
        mip_abs_gap: 0.5,
        random_seed: 0,
        presolve,
        ...(limits.timeLimit !== undefined ? { time_limit: limits.timeLimit } : {}),
      });
      model.run();
      return read(model, S);
    } finally {
      model.dispose();
      clock.seconds += (performance.now() - t0) / 1000;
      clock.solves++;
    }
  };
  // Presolve may only tell "infeasible or unbounded": solving again without it says which.
  const solve: LpSolver = (text, limits = {}) => {
    const r = once(text, limits, 'on');
    return r.detail === AMBIGUOUS ? once(text, limits, 'off') : r;
  };
  return { solve, clock, version: HIGHS_VERSION };
}

/** The HiGHS version bundled by the `highs` package (its major.minor follow HiGHS). */
export const HIGHS_VERSION = '1.15';

const AMBIGUOUS = 'Primal infeasible or unbounded';

/** HiGHS's primal_solution_status for "a feasible point is available". */
const SOLUTION_FEASIBLE = 2;

function read(model: HighsModel, S: Record<string, number>): LpResult {
  const status = model.getModelStatus();
  const none = { objective: NaN, values: {}, gap: NaN, bound: NaN };
  const name = Object.keys(S).find((k) => S[k] === status) ?? String(status);
  if (status === S.infeasible) return { status: 'infeasible', ...none, detail: 'Infeasible' };
  // With binary variables the model cannot be unbounded; presolve may still report the ambiguous status.
  if (status === S.unbounded) return { status: 'unbounded', ...none, detail: 'Unbounded' };
  // Only after a solve without presolve too (see solve): a selection model, all binary, is never unbounded.
  if (status === S.unboundedOrInfeasible) return { status: 'infeasible', ...none, detail: AMBIGUOUS };
  const hasSolution = Number(model.info.get('primal_solution_status')) === SOLUTION_FEASIBLE;
  const proven = status === S.optimal;
  if (!hasSolution && status === S.timeLimit) return { status: 'timeout', ...none, detail: name };
  if (!hasSolution || !(proven || status === S.timeLimit)) return { status: 'error', ...none, detail: name };
  const x = model.getSolution().colValue;
  const values: Record<string, number> = {};
  for (let i = 0; i < x.length; i++) values[model.getColName(i)] = x[i]!;
  const objective = model.getObjectiveValue();
  const gap = proven ? 0 : Math.max(0, Number(model.info.get('mip_gap')));
  const bound = proven ? objective : Number(model.info.get('mip_dual_bound'));
  return { status: proven ? 'optimal' : 'feasible', objective, values, gap, bound, detail: name };
}
