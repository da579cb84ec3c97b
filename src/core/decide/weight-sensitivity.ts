// Sensitivity of the ranking to each weight: −20 % and +20 %, the other weights rescaled to keep the total.
import type { Criterion, TieBreak } from './criteria.js';
import { rankPriorities, type RankItem } from './rank-priorities.js';
import type { RankedPriority } from './ranked-priority.js';

/** The factors applied to one weight at a time. */
export const SENSITIVITY_FACTORS = [0.8, 1.2] as const;

/** One weight moved: the weights used and the priorities whose rank changed. */
export interface WeightShift {
  criterion: string;
  factor: number;
  weights: Record<string, number>;
  changes: Array<{ id: string; from: number; to: number }>;
}

/**
 * For each criterion and factor f: wᵢ' = f·wᵢ, every other weight × (T − f·wᵢ)/(T − wᵢ), so that the total T
 * is unchanged; re-rank and list the rank changes (by the base rank order).
 */
export function weightSensitivity(
  criteria: readonly Criterion[],
  items: readonly RankItem[],
  tieBreak: TieBreak,
  base: readonly RankedPriority[],
): WeightShift[] {
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  const baseRank = new Map(base.map((r) => [r.id, r.rank]));
  const out: WeightShift[] = [];
  for (const c of criteria) {
    for (const factor of SENSITIVITY_FACTORS) {
      // A weight cannot grow past the total: the others would turn negative.
      const moved = Math.min(c.weight * factor, total);
      const rest = total - c.weight;
      const scale = rest > 0 ? (total - moved) / rest : 1;
      const weights: Record<string, number> = {};
      for (const o of criteria) weights[o.id] = o.id === c.id ? moved : o.weight * scale;
      const changes = rankPriorities(criteria, items, tieBreak, weights)
        .filter((r) => r.rank !== baseRank.get(r.id))
        .map((r) => ({ id: r.id, from: baseRank.get(r.id)!, to: r.rank }))
        .sort((a, b) => a.from - b.from);
      out.push({ criterion: c.id, factor, weights, changes });
    }
  }
  return out;
}
