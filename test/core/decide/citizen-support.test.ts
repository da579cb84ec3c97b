// Citizen support computed from proposal votes and survey shares.
import { describe, expect, it } from 'vitest';
import { citizenSupport, supportScore } from '../../../src/core/decide/citizen-support.js';

const consultations = {
  consultations: [
    {
      id: 'K1',
      type: 'workshop_territorial',
      date: '2021-11-10',
      participants: { total: 1, women: 1, men: 0 },
      proposals: [
        { id: 'PR1', text: { ar: 'أ' }, votes: 30 },
        { id: 'PR2', text: { ar: 'ب' }, votes: 10 },
      ],
    },
  ],
  surveys: [{ id: 'S1', questions: [{ name: 'need', type: 'select_one', results: { overall: { water: 60, roads: 20 }, answered: 100 } }] }],
} as any;

describe('citizenSupport', () => {
  it('averages votes relative to the most voted and survey shares relative to the largest', () => {
    const s = citizenSupport(
      [
        { id: 'A', source_ids: ['PR1'] },
        { id: 'B', source_ids: ['PR2'] },
        { id: 'C', source_ids: ['N1'] },
      ],
      consultations,
      [
        { priority: 'B', survey: 'S1', question: 'need', choice: 'water' },
        { priority: 'A', survey: 'S1', question: 'need', choice: 'roads' },
      ],
    );
    // A: votes 30/30 = 1, survey 0.2/0.6 = 1/3 → 2/3.  B: 10/30 = 1/3, 0.6/0.6 = 1 → 2/3.  C: 0.
    expect(s.get('A')!.share).toBeCloseTo(2 / 3, 9);
    expect(s.get('B')!.share).toBeCloseTo(2 / 3, 9);
    expect(s.get('C')!.share).toBe(0);
    expect(supportScore({ id: 's', weight: 1, scale: { min: 1, max: 5 }, direction: 'benefit', source: 'citizen_support' }, 2 / 3)).toBe(3.67);
  });
});
