// What the selection needs of a MILP solver: LP text in, status, objective and column values out.

/** The outcome of one solve. */
export interface LpResult {
  /**
   * `optimal`: proven optimal. `feasible`: the time limit stopped the search with a programme in hand
   * but its optimality not proven (`gap` says how far from the proven bound it may be). `timeout`: the
   * time limit stopped the search before any programme was found.
   */
  status: 'optimal' | 'feasible' | 'timeout' | 'infeasible' | 'unbounded' | 'error';
  objective: number;
  /** Column name → value (for an optimal or feasible result). */
  values: Record<string, number>;
  /** Relative gap between the objective and the solver's proven bound: 0 when optimal. */
  gap: number;
  /** The solver's proven bound on the objective (the objective itself when optimal). */
  bound: number;
  /** The solver's own status text, for error messages. */
  detail: string;
}

/** Limits of one solve. Without a time limit the solver runs until it proves the optimum. */
export interface SolveLimits {
  /** Seconds of solver time before it returns its best programme. */
  timeLimit?: number;
}

/** A solver: synchronous, deterministic for the same text when it proves the optimum. */
export type LpSolver = (lpText: string, limits?: SolveLimits) => LpResult;
