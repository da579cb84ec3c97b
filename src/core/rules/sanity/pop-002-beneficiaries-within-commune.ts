// PAC-POP-002: a project's beneficiaries are people of the commune; more than its population is a typo
// in most cases, but a regional road or a souk also serves visitors, so the bound is a parameter.
import { defineRule } from '../rule.js';

/** project beneficiaries.total ≤ max_share × commune population. */
export default defineRule<{ max_share: number }>({
  code: 'PAC-POP-002',
  title: {
    ar: 'المستفيدون في حدود سكان الجماعة',
    fr: 'Bénéficiaires dans la limite de la population',
    en: 'Beneficiaries within the commune’s population',
  },
  severity: 'warning',
  phase: 3,
  needs: ['commune'],
  basis: 'practice',
  params: {
    max_share: {
      default: 1,
      min: 0,
      description: {
        ar: 'أقصى عدد للمستفيدين من مشروع، كنسبة من سكان الجماعة (1 = كل السكان)',
        fr: 'Bénéficiaires au plus, en part de la population de la commune (1 = toute la population)',
        en: 'Most beneficiaries of a project, as a share of the commune’s population (1 = everyone)',
      },
    },
  },
  message: {
    ar: (a) => `يذكر المشروع ${a.found} مستفيدا، أكثر من ${a.expected} (سكان الجماعة)`,
    fr: (a) => `Le projet compte ${a.found} bénéficiaires, plus que ${a.expected} (la population de la commune)`,
    en: (a) => `The project counts ${a.found} beneficiaries, more than ${a.expected} (the commune’s population)`,
  },
  check(plan, { params, report }) {
    const limit = Math.floor(plan.commune!.data.population.total * params.max_share);
    for (const doc of plan.projects) {
      const n = doc.data.beneficiaries?.total;
      if (n !== undefined && n > limit) report({ doc, path: ['beneficiaries', 'total'] }, { found: n, expected: limit }, { expected: `≤ ${limit}`, found: n });
    }
  },
});
