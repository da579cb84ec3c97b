// PAC-POP-001: the douars and neighbourhoods together hold no more people than the commune (arithmetic;
// a locality counted twice or a typo would skew every share computed by territory).
import { defineRule } from '../rule.js';

/** Σ localities' population ≤ the commune's population. */
export default defineRule({
  code: 'PAC-POP-001',
  title: {
    ar: 'سكان الدواوير والأحياء لا يتجاوزون سكان الجماعة',
    fr: 'Les douars et quartiers ne dépassent pas la population de la commune',
    en: 'Localities hold no more people than the commune',
  },
  severity: 'error',
  phase: 1,
  needs: ['commune'],
  basis: 'practice',
  message: {
    ar: (a) => `مجموع سكان الدواوير والأحياء (${a.found}) يتجاوز عدد سكان الجماعة (${a.expected})`,
    fr: (a) => `Les douars et quartiers totalisent ${a.found} habitants, plus que la commune (${a.expected})`,
    en: (a) => `The localities add up to ${a.found} inhabitants, more than the commune (${a.expected})`,
  },
  check(plan, { report }) {
    const doc = plan.commune!;
    const total = doc.data.population.total;
    const sum = (doc.data.localities ?? []).reduce((s, l) => s + (l.population ?? 0), 0);
    if (sum > total) report({ doc, path: ['localities'] }, { found: sum, expected: total }, { expected: `≤ ${total}`, found: sum });
  },
});
