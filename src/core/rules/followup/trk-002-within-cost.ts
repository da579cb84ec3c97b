// PAC-TRK-002: the money committed on a project, all partners and years together, stays within its
// estimated cost (practice: a larger amount is a new decision of the council, or a typing error).
import { defineRule } from '../rule.js';
import { followupMoney, upTo, type MoneyAt } from './followup-money.js';

/** Σ committed (all partners, cumulated over the follow-up years) ≤ estimated cost × (1 + tolerance). */
export default defineRule<{ tolerance_pct: number }>({
  code: 'PAC-TRK-002',
  title: {
    ar: 'المبالغ الملتزم بها في حدود كلفة المشروع',
    fr: 'Engagements dans la limite du coût du projet',
    en: 'Commitments within the project’s cost',
  },
  severity: 'warning',
  phase: 5,
  needs: ['followup', 'project'],
  basis: 'LO 113-14 art. 78; practice',
  params: {
    tolerance_pct: {
      default: 0,
      min: 0,
      max: 100,
      description: {
        ar: 'النسبة المئوية المقبولة لتجاوز الكلفة التقديرية (ملحق صفقة مثلا)',
        fr: 'Dépassement admis du coût estimé, en pour cent (p. ex. un avenant)',
        en: 'Overrun of the estimated cost allowed, in per cent (e.g. a contract amendment)',
      },
    },
  },
  message: {
    ar: (a) => `مجموع المبالغ الملتزم بها للمشروع ${a.project} إلى غاية ${a.year} (${a.found} درهم) يتجاوز كلفته التقديرية (${a.expected} درهم)`,
    fr: (a) => `Au ${a.year}, les engagements du projet ${a.project} atteignent ${a.found} MAD, plus que son coût estimé (${a.expected} MAD)`,
    en: (a) => `By ${a.year}, project ${a.project} has ${a.found} MAD committed, more than its estimated cost (${a.expected} MAD)`,
  },
  check(plan, { params, report }) {
    const costs = new Map(plan.projects.map((d) => [d.data.id, d.data.estimated_cost]));
    for (const [project, partners] of followupMoney(plan)) {
      const cost = costs.get(project);
      if (cost === undefined) continue;
      const limit = Math.round(cost * (1 + params.tolerance_pct / 100));
      const all: MoneyAt[] = [...partners.values()].flatMap((m) => m.committed).sort((a, b) => a.year - b.year);
      const over = all.find((m) => upTo(all, m.year) > limit);
      if (!over) continue;
      const total = upTo(all, over.year);
      report(
        { doc: over.doc, path: [...over.entry, 'committed'] },
        { project, year: String(over.year), found: total, expected: cost },
        { expected: cost, found: total },
      );
    }
  },
});
