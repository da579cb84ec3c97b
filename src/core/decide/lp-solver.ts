// What the selection needs of a MILP solver: LP text in, status, objective and column values out.

/** The outcome of one solve. */
export interface LpResult {
  status: 'optimal' | 'infeasible' | 'unbounded' | 'error';
  objective: number;
  /** Column name → value (only for an optimal result). */
  values: Record<string, number>;
  /** The solver's own status text, for error messages. */
  detail: string;
}

/** A solver: synchronous, deterministic for the same text. */
export type LpSolver = (lpText: string) => LpResult;
