// The prioritisation criteria as the decision modules read them: declared values with defaults filled in.
import type { PrioritiesFile } from '../plan/schema-types.js';

/** Whether a higher score is better (benefit) or worse (cost). */
export type Direction = 'benefit' | 'cost';

/** One criterion, with `direction` and `source` defaulted (benefit, manual). */
export interface Criterion {
  id: string;
  weight: number;
  scale: { min: number; max: number };
  direction: Direction;
  source: 'manual' | 'citizen_support';
}

/** How equal weighted scores are ordered; every rule ends with the id, so ranks are always distinct. */
export type TieBreak = 'cost_asc' | 'beneficiaries_desc' | 'id';

/** Used when priorities.yaml has no tie_break: more people served first, then the id. */
export const DEFAULT_TIE_BREAK: TieBreak = 'beneficiaries_desc';

/** The criteria of a priorities file, defaults applied. */
export function readCriteria(file: PrioritiesFile): Criterion[] {
  return (file.criteria ?? []).map((c) => ({
    id: c.id,
    weight: c.weight,
    scale: { min: c.scale.min, max: c.scale.max },
    direction: c.direction ?? 'benefit',
    source: c.source ?? 'manual',
  }));
}
