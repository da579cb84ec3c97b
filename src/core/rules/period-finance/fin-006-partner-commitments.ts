// PAC-FIN-006: a partner that declares its yearly envelope is not asked for more than it (practice:
// framework agreements fix each partner's envelope by year).
import { defineRule } from '../rule.js';
import { partnerYearTotals } from './partner-year-totals.js';

/** Per partner with commitments and per year, Σ project financing ≤ the committed amount (0 when the year is not declared). */
export default defineRule({
  code: 'PAC-FIN-006',
  title: {
    ar: 'التمويل في حدود التزامات الشريك',
    fr: 'Financements dans les engagements du partenaire',
    en: 'Financing within partner commitments',
  },
  severity: 'warning',
  phase: 3,
  needs: ['project', 'finance'],
  basis: 'practice',
  message: {
    ar: (a) => `تمويل المشاريع المطلوب من ${a.partner} سنة ${a.year} هو ${a.found} درهم ويتجاوز التزامه ${a.expected} درهم بـ ${a.gap} درهم`,
    fr: (a) => `Les projets demandent ${a.found} MAD à ${a.partner} en ${a.year}, soit ${a.gap} MAD de plus que son engagement (${a.expected} MAD)`,
    en: (a) => `Projects ask ${a.partner} for ${a.found} MAD in ${a.year}, ${a.gap} MAD more than its commitment (${a.expected} MAD)`,
  },
  check(plan, { report }) {
    const doc = plan.finance!;
    const totals = partnerYearTotals(plan.projects);
    doc.data.partners.forEach((partner, i) => {
      if (!partner.commitments) return;
      const years = totals.get(partner.id);
      if (!years) return;
      for (const [year, asked] of [...years].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const committed = partner.commitments[year] ?? 0;
        if (asked > committed)
          report(
            { doc, path: year in partner.commitments ? ['partners', i, 'commitments', year] : ['partners', i, 'commitments'] },
            { partner: partner.id, year, expected: committed, found: asked, gap: asked - committed },
            { expected: committed, found: asked },
          );
      }
    });
  },
});
