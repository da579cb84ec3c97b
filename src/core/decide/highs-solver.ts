// HiGHS (WebAssembly) as the selection's solver, with settings that make "optimal" mean exactly optimal.
import type { LpResult, LpSolver } from './lp-solver.js';

/** Time spent inside HiGHS, to compare with the whole command (see bench/README-select.md). */
export interface SolverClock {
  seconds: number;
  solves: number;
}

/**
 * Loads HiGHS and returns a solver plus its clock. mip_rel_gap 0 and mip_abs_gap 0.5: the objective's
 * coefficients are integers, so a gap under 1 proves that no better programme exists.
 */
export async function loadHighsSolver(): Promise<{ solve: LpSolver; clock: SolverClock; version: string }> {
  // The package is CommonJS with an ESM entry; its declared types and the runtime default differ in shape.
  const mod: any = await import('highs');
  const loader: () => Promise<{ solve(text: string, options: object): unknown }> = mod.default?.default ?? mod.default ?? mod;
  const highs = await loader();
  const clock: SolverClock = { seconds: 0, solves: 0 };
  const solve: LpSolver = (text) => {
    const t0 = performance.now();
    const r = highs.solve(text, { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5, random_seed: 0, presolve: 'on' } as any);
    clock.seconds += (performance.now() - t0) / 1000;
    clock.solves++;
    return toResult(r as any);
  };
  return { solve, clock, version: HIGHS_VERSION };
}

/** The HiGHS version bundled by the `highs` package (its major.minor follow HiGHS). */
export const HIGHS_VERSION = '1.15';

function toResult(r: { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal?: number }> }): LpResult {
  if (r.Status === 'Optimal') {
    const values: Record<string, number> = {};
    for (const [k, c] of Object.entries(r.Columns)) values[k] = c.Primal ?? 0;
    return { status: 'optimal', objective: r.ObjectiveValue, values, detail: r.Status };
  }
  if (r.Status === 'Infeasible') return { status: 'infeasible', objective: NaN, values: {}, detail: r.Status };
  // With binary variables the model cannot be unbounded; presolve may still report the ambiguous status.
  if (r.Status === 'Unbounded' || r.Status === 'Primal infeasible or unbounded') return { status: r.Status === 'Unbounded' ? 'unbounded' : 'infeasible', objective: NaN, values: {}, detail: r.Status };
  return { status: 'error', objective: NaN, values: {}, detail: r.Status };
}
