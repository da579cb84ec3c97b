// Multi-criteria ranking: min-max normalisation per criterion scale, weighted mean on 0..100, tie-break.
import type { Criterion, TieBreak } from './criteria.js';
import type { RankedPriority } from './ranked-priority.js';

/** What the ranking needs of one priority: its effective scores and the figures the tie-break reads. */
export interface RankItem {
  id: string;
  scores: Record<string, number>;
  /** Σ estimated cost of the projects that serve the priority (cost_asc); undefined when none. */
  cost?: number;
  /** Σ beneficiaries of those projects, else the population of its localities (beneficiaries_desc). */
  beneficiaries?: number;
}

/** Normalised score of `value` on the criterion's scale: 0 = worst, 1 = best. */
export function normalise(c: Criterion, value: number): number {
  const span = c.scale.max - c.scale.min;
  const n = span > 0 ? (value - c.scale.min) / span : 0;
  return c.direction === 'cost' ? 1 - n : n;
}

const round2 = (x: number): number => Math.round(x * 100 + Number.EPSILON * 100) / 100;

/**
 * Ranks the items: weighted_score = 100 × Σ wᵢ·nᵢ / Σ wᵢ, rounded to 2 decimals, highest first.
 * Equal rounded scores are ordered by `tieBreak`, then by id, so ranks are 1..n without gaps or ties.
 * `weights` overrides the criteria's weights (the sensitivity analysis uses it).
 */
export function rankPriorities(
  criteria: readonly Criterion[],
  items: readonly RankItem[],
  tieBreak: TieBreak,
  weights?: Record<string, number>,
): RankedPriority[] {
  const w = (c: Criterion) => weights?.[c.id] ?? c.weight;
  const total = criteria.reduce((s, c) => s + w(c), 0);
  const scored = items.map((it) => {
    const normalised: Record<string, number> = {};
    let sum = 0;
    for (const c of criteria) {
      const n = normalise(c, it.scores[c.id] ?? c.scale.min);
      normalised[c.id] = n;
      sum += w(c) * n;
    }
    return { it, normalised, weighted_score: total > 0 ? round2((100 * sum) / total) : 0 };
  });
  scored.sort((a, b) => b.weighted_score - a.weighted_score || tie(a.it, b.it, tieBreak) || cmp(a.it.id, b.it.id));
  return scored.map((s, i) => ({ id: s.it.id, weighted_score: s.weighted_score, rank: i + 1, normalised: s.normalised }));
}

function tie(a: RankItem, b: RankItem, rule: TieBreak): number {
  // A priority without the figure the rule reads comes after those that have it.
  if (rule === 'cost_asc') return (a.cost ?? Infinity) - (b.cost ?? Infinity) || 0;
  if (rule === 'beneficiaries_desc') return (b.beneficiaries ?? -1) - (a.beneficiaries ?? -1);
  return 0;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
