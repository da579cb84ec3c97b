// PAC-FIN-002: a project's financing plan covers its estimated cost exactly (practice: the project
// sheet is not fundable until every dirham has a partner).
import { defineRule } from '../rule.js';

/** Per project, the sum of financing amounts equals estimated_cost within a tolerance. */
export default defineRule<{ tolerance_mad: number }>({
  code: 'PAC-FIN-002',
  title: {
    ar: 'خطة التمويل تغطي كلفة المشروع',
    fr: 'Le plan de financement couvre le coût du projet',
    en: 'Financing covers the project cost',
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
        ar: 'الفرق المقبول بالدرهم بين مجموع التمويل والكلفة التقديرية',
        fr: 'Écart admis en dirhams entre le total des financements et le coût estimé',
        en: 'Accepted gap in dirhams between total financing and estimated cost',
      },
    },
  },
  message: {
    ar: (a) => `مجموع تمويل المشروع ${a.project} هو ${a.found} درهم والكلفة التقديرية ${a.expected} درهم (فرق ${a.gap} درهم)`,
    fr: (a) => `Le financement du projet ${a.project} totalise ${a.found} MAD pour un coût estimé de ${a.expected} MAD (écart ${a.gap} MAD)`,
    en: (a) => `Project ${a.project} financing totals ${a.found} MAD against an estimated cost of ${a.expected} MAD (gap ${a.gap} MAD)`,
  },
  check(plan, { params, report }) {
    for (const doc of plan.projects) {
      const p = doc.data;
      const total = p.financing.reduce((s, f) => s + f.amount, 0);
      const gap = total - p.estimated_cost;
      if (Math.abs(gap) > params.tolerance_mad)
        report(
          { doc, path: ['estimated_cost'] },
          { project: p.id, expected: p.estimated_cost, found: total, gap },
          { expected: p.estimated_cost, found: total },
        );
    }
  },
});
