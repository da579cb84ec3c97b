// The shape of "where the plan stands": which phase it has reached and what that phase still lacks.

/** One missing requirement of a phase, with a message id in the validator catalogue and arguments. */
export interface PhaseGap {
  /** A file (relative to the workspace) or a section (file#path) that is missing. */
  item: string;
}

/** The state of one workspace in the five phases. `current` is 6 when every phase is complete. */
export interface PhaseStatus {
  current: 1 | 2 | 3 | 4 | 5 | 6;
  /** What the current phase still lacks, as file or section names. */
  missing: string[];
}
