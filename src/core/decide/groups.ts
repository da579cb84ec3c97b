// The constraint groups of the selection model: the unit in which infeasibility and exclusions are explained.

/** One group of constraints, named by what it protects. */
export type Group =
  | { kind: 'required'; project: string }
  | { kind: 'capacity'; year: number }
  | { kind: 'partner'; partner: string; year: number }
  | { kind: 'dependency'; project: string; on: string }
  | { kind: 'exclusion'; a: string; b: string }
  | { kind: 'share'; bound: 'sector' | 'territory'; key: string; side: 'min' | 'max' };

/** A stable text key of a group (used to drop or relax it). */
export function groupKey(g: Group): string {
  switch (g.kind) {
    case 'required':
      return `required:${g.project}`;
    case 'capacity':
      return `capacity:${g.year}`;
    case 'partner':
      return `partner:${g.partner}:${g.year}`;
    case 'dependency':
      return `dependency:${g.project}:${g.on}`;
    case 'exclusion':
      return `exclusion:${g.a}:${g.b}`;
    case 'share':
      return `share:${g.bound}:${g.key}:${g.side}`;
  }
}

/** A violated group and by how much: dirhams over a limit, or short of a minimum share; 0 for yes/no groups. */
export interface Violation {
  group: Group;
  amount: number;
  /** For a dependency: the prerequisite is not in the programme, or ends too late. */
  detail?: 'missing' | 'late';
}
