// PAC-FIN-003: each financing line is spread over the years in full (practice: the yearly split
// is what the multi-year budget programming takes up).
import { defineRule } from '../rule.js';

/** Per financing line, the sum of by_year equals amount within a tolerance. */
export default defineRule<{ tolerance_mad: number }>({
  code: 'PAC-FIN-003',
  title: {
    ar: 'التوزيع السنوي يساوي مبلغ التمويل',
    fr: 'La ventilation annuelle égale le montant financé',
    en: 'Yearly split equals the financing amount',
  },
  severity: 'error',
  phase: 3,
  needs: ['project'],
  basis: 'practice',
  params: {
    tolerance_mad: {
      default: 0,
      min: 0,
      description: {
        ar: 'الفرق المقبول بالدرهم بين مجموع السنوات ومبلغ الشريك',
        fr: 'Écart admis en dirhams entre la somme des années et le montant du partenaire',
        en: 'Accepted gap in dirhams between the sum of the years and the partner amount',
      },
    },
  },
  message: {
    ar: (a) => `في المشروع ${a.project}، مجموع السنوات لتمويل ${a.partner} هو ${a.found} درهم والمبلغ ${a.expected} درهم`,
    fr: (a) => `Projet ${a.project} : la ventilation annuelle du financement ${a.partner} totalise ${a.found} MAD pour un montant de ${a.expected} MAD`,
    en: (a) => `Project ${a.project}: the yearly split of the ${a.partner} financing totals ${a.found} MAD for an amount of ${a.expected} MAD`,
  },
  check(plan, { params, report }) {
    for (const doc of plan.projects) {
      doc.data.financing.forEach((line, i) => {
        const total = Object.values(line.by_year).reduce<number>((s, v) => s + (v ?? 0), 0);
        if (Math.abs(total - line.amount) > params.tolerance_mad)
          report(
            { doc, path: ['financing', i, 'amount'] },
            { project: doc.data.id, partner: line.partner, expected: line.amount, found: total },
            { expected: line.amount, found: total },
          );
      });
    }
  },
});
