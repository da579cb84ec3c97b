// The selection problem as data: candidate projects with their yearly financing profile, and the limits.

/** Why a project must be in the programme. */
export type RequiredReason = 'agreement' | 'ongoing' | 'completed' | 'flag';

/** One candidate project. Amounts are whole dirhams. */
export interface Candidate {
  id: string;
  /** Priority value (see projectValues), in points with 2 decimals. */
  value: number;
  /** Estimated cost, the basis of sector and territory shares. */
  cost: number;
  sector: string;
  /** Territory group → fraction of the project's cost counted in it (rural, urban, locality ids). */
  territory: Record<string, number>;
  /** Start year in the project sheet. */
  plannedStart: number;
  /** Financing by year offset from the start (0 = first year): partner → amount. */
  profile: Array<Record<string, number>>;
  /** Start years the project may take (planned only when years are fixed). */
  starts: number[];
  required?: RequiredReason;
  /** Kept out of the programme: excluded on the command line, or cancelled in its sheet. */
  forcedOut?: 'flag' | 'cancelled';
  dependsOn: string[];
  excludes: string[];
}

/** A min and/or max share of the programme's total cost for one sector or territory group. */
export interface ShareBound {
  kind: 'sector' | 'territory';
  key: string;
  min?: number;
  max?: number;
}

/** The whole problem. Candidates are sorted by id, which fixes the model text and so the solver's path. */
export interface SelectionModel {
  years: number[];
  /** Partners of type commune: their amounts count against the investment capacity. */
  communePartners: string[];
  /** Year → the commune's investment capacity; a year without an entry has no limit. */
  capacity: Record<number, number>;
  /** Partner → year → committed amount, for partners that declared commitments (other years: 0). */
  partnerCaps: Record<string, Record<number, number>>;
  candidates: Candidate[];
  bounds: ShareBound[];
}

/** A programme: project id → start year, for the projects in it. */
export type Assignment = Map<string, number>;

/** Last year a project occupies when it starts in `start`. */
export const endYear = (c: Candidate, start: number): number => start + c.profile.length - 1;

/** Commune share of a project in a calendar year, when it starts in `start`. */
export function communeAmount(m: SelectionModel, c: Candidate, start: number, year: number): number {
  const row = c.profile[year - start];
  if (!row) return 0;
  let s = 0;
  for (const p of m.communePartners) s += row[p] ?? 0;
  return s;
}

/** A partner's amount in a project for a calendar year, when it starts in `start`. */
export const partnerAmount = (c: Candidate, start: number, year: number, partner: string): number => c.profile[year - start]?.[partner] ?? 0;
