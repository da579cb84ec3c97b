// Ranking and sensitivity on a case computed by hand.
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../src/core/decide/criteria.js';
import { rankPriorities } from '../../../src/core/decide/rank-priorities.js';
import { weightSensitivity } from '../../../src/core/decide/weight-sensitivity.js';

// Two criteria on 0..10: need (benefit, weight 60) and cost (cost direction, weight 40).
const criteria: Criterion[] = [
  { id: 'need', weight: 60, scale: { min: 0, max: 10 }, direction: 'benefit', source: 'manual' },
  { id: 'cost', weight: 40, scale: { min: 0, max: 10 }, direction: 'cost', source: 'manual' },
];
// Normalised (cost inverted: n = 1 − s/10):
//   A: need 10 → 1.0, cost 10 → 0.0   score = 100·(60·1.0 + 40·0.0)/100 = 60
//   B: need 6  → 0.6, cost 2  → 0.8   score = 100·(60·0.6 + 40·0.8)/100 = 36 + 32 = 68
//   C: need 4  → 0.4, cost 0  → 1.0   score = 100·(60·0.4 + 40·1.0)/100 = 24 + 40 = 64
// Ranks: B 1, C 2, A 3.
const items = [
  { id: 'A', scores: { need: 10, cost: 10 } },
  { id: 'B', scores: { need: 6, cost: 2 } },
  { id: 'C', scores: { need: 4, cost: 0 } },
];

describe('rankPriorities and weightSensitivity', () => {
  it('normalises per scale, inverts cost and ranks by the weighted score', () => {
    const r = rankPriorities(criteria, items, 'id');
    expect(r.map((p) => [p.id, p.weighted_score, p.rank])).toEqual([
      ['B', 68, 1],
      ['C', 64, 2],
      ['A', 60, 3],
    ]);
  });

  it('moves each weight by ±20 % with the other rescaled, and reports the rank changes', () => {
    const base = rankPriorities(criteria, items, 'id');
    const s = weightSensitivity(criteria, items, 'id', base);
    const at = (c: string, f: number) => s.find((x) => x.criterion === c && x.factor === f)!;
    // need −20 %: need 48, cost 52.  A = 48·1.0 + 52·0.0 = 48;  B = 48·0.6 + 52·0.8 = 28.8 + 41.6 = 70.4;
    //   C = 48·0.4 + 52·1.0 = 19.2 + 52 = 71.2  →  C 1, B 2, A 3: B and C swap.
    expect(at('need', 0.8).weights).toEqual({ need: 48, cost: 52 });
    expect(at('need', 0.8).changes).toEqual([
      { id: 'B', from: 1, to: 2 },
      { id: 'C', from: 2, to: 1 },
    ]);
    // need +20 %: need 72, cost 28.  A = 72;  B = 43.2 + 22.4 = 65.6;  C = 28.8 + 28 = 56.8  →  A 1, B 2, C 3.
    expect(at('need', 1.2).changes).toEqual([
      { id: 'B', from: 1, to: 2 },
      { id: 'C', from: 2, to: 3 },
      { id: 'A', from: 3, to: 1 },
    ]);
    // cost −20 %: cost 32, need 68.  A = 68;  B = 40.8 + 25.6 = 66.4;  C = 27.2 + 32 = 59.2  →  A 1, B 2, C 3.
    expect(at('cost', 0.8).changes.map((c) => c.id)).toEqual(['B', 'C', 'A']);
    // cost +20 %: cost 48, need 52.  A = 52;  B = 31.2 + 38.4 = 69.6;  C = 20.8 + 48 = 68.8  →  unchanged.
    expect(at('cost', 1.2).changes).toEqual([]);
  });

  it('breaks ties by the declared rule, then by id', () => {
    const tied = [
      { id: 'X', scores: { need: 5, cost: 5 }, cost: 300, beneficiaries: 10 },
      { id: 'W', scores: { need: 5, cost: 5 }, cost: 100, beneficiaries: 20 },
      { id: 'V', scores: { need: 5, cost: 5 } },
    ];
    expect(rankPriorities(criteria, tied, 'cost_asc').map((p) => p.id)).toEqual(['W', 'X', 'V']);
    expect(rankPriorities(criteria, tied, 'beneficiaries_desc').map((p) => p.id)).toEqual(['W', 'X', 'V']);
    expect(rankPriorities(criteria, tied, 'id').map((p) => p.id)).toEqual(['V', 'W', 'X']);
  });
});
