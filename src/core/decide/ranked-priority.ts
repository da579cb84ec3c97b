// The ranking as the later decisions read it: what `plan prioritize` computes and writes into
// priorities.yaml, and what `plan select` shows and values projects by. Shared by both sides, so that
// the selection never reaches into the ranking's modules.

/** One ranked priority. */
export interface RankedPriority {
  id: string;
  /** Normalised weighted score on 0..100, rounded to 2 decimals (the value written and compared). */
  weighted_score: number;
  rank: number;
  /** Each criterion's normalised score (0..1, cost criteria already inverted). */
  normalised: Record<string, number>;
}
