// PAC-FIN-005: the projected investment capacity is what remains of resources after running costs
// and debt (domain note §3: capacity = revenue − operating − debt service).
import { defineRule } from '../rule.js';

/** Per projection row, investment_capacity = own_resources + transfers − operating_spend − debt_service. */
export default defineRule<{ tolerance_mad: number }>({
  code: 'PAC-FIN-005',
  title: {
    ar: 'حساب القدرة على الاستثمار',
    fr: 'Calcul de la capacité d’investissement',
    en: 'Investment capacity adds up',
  },
  severity: 'warning',
  phase: 3,
  needs: ['finance'],
  basis: 'practice',
  params: {
    tolerance_mad: {
      default: 0,
      min: 0,
      description: {
        ar: 'الفرق المقبول بالدرهم بين القدرة المصرح بها والمحسوبة',
        fr: 'Écart admis en dirhams entre la capacité déclarée et la capacité calculée',
        en: 'Accepted gap in dirhams between the declared and the computed capacity',
      },
    },
  },
  message: {
    ar: (a) => `القدرة على الاستثمار لسنة ${a.year} هي ${a.found} درهم، بينما الموارد الذاتية + التحويلات − نفقات التسيير − خدمة الدين = ${a.expected} درهم`,
    fr: (a) =>
      `La capacité d’investissement ${a.year} est de ${a.found} MAD, alors que ressources propres + transferts − fonctionnement − service de la dette = ${a.expected} MAD`,
    en: (a) => `The ${a.year} investment capacity is ${a.found} MAD, while own resources + transfers − operating spend − debt service = ${a.expected} MAD`,
  },
  check(plan, { params, report }) {
    const doc = plan.finance!;
    doc.data.projection.forEach((r, i) => {
      const computed = r.own_resources + r.transfers - r.operating_spend - r.debt_service;
      if (Math.abs(computed - r.investment_capacity) > params.tolerance_mad)
        report(
          { doc, path: ['projection', i, 'investment_capacity'] },
          { year: String(r.year), expected: computed, found: r.investment_capacity },
          { expected: computed, found: r.investment_capacity },
        );
    });
  },
});
