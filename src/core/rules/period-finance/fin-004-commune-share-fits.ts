// PAC-FIN-004: in each of the first plan years the commune's own share of project financing fits in
// the investment capacity the financial frame projects (LO 113-14 art. 78; the multi-year budget
// programming that executes the plan is an unverified reading of arts. 81/183, hence the parameters).
import { defineRule } from '../rule.js';
import { partnerYearTotals } from './partner-year-totals.js';

/** Per plan year 1..N, Σ financing by commune-type partners ≤ share × projected investment_capacity. */
export default defineRule<{ years: number; capacity_share: number }>({
  code: 'PAC-FIN-004',
  title: {
    ar: 'حصة الجماعة في حدود قدرتها على الاستثمار',
    fr: 'Part de la commune dans sa capacité d’investissement',
    en: 'Commune share within its investment capacity',
  },
  severity: 'error',
  phase: 3,
  needs: ['plan', 'project', 'finance'],
  basis: 'LO 113-14 art. 78; multi-year programming (arts. 81, 183)',
  unverified: true,
  params: {
    years: {
      default: 3,
      min: 1,
      max: 6,
      integer: true,
      description: {
        ar: 'عدد السنوات الأولى من البرنامج التي تراقب فيها حصة الجماعة',
        fr: 'Nombre de premières années du plan où la part de la commune est contrôlée',
        en: 'Number of first plan years in which the commune share is checked',
      },
    },
    capacity_share: {
      default: 1,
      min: 0,
      description: {
        ar: 'الجزء من القدرة على الاستثمار الذي يمكن أن تأخذه حصة الجماعة (1 = كل القدرة)',
        fr: 'Part de la capacité d’investissement que la part de la commune peut occuper (1 = toute la capacité)',
        en: 'Share of the investment capacity the commune share may take (1 = all of it)',
      },
    },
  },
  message: {
    ar: (a) => `حصة الجماعة في تمويل المشاريع سنة ${a.year} هي ${a.found} درهم، وتتجاوز قدرتها على الاستثمار ${a.expected} درهم بـ ${a.gap} درهم`,
    fr: (a) =>
      `En ${a.year}, la part de la commune dans le financement des projets (${a.found} MAD) dépasse sa capacité d’investissement (${a.expected} MAD) de ${a.gap} MAD`,
    en: (a) => `In ${a.year} the commune's share of project financing (${a.found} MAD) exceeds its investment capacity (${a.expected} MAD) by ${a.gap} MAD`,
  },
  check(plan, { params, report }) {
    const doc = plan.finance!;
    const communes = new Set(doc.data.partners.filter((p) => p.type === 'commune').map((p) => p.id));
    const totals = partnerYearTotals(plan.projects);
    const start = plan.manifest!.data.period.start_year;
    for (let k = 0; k < params.years; k++) {
      const year = String(start + k);
      const row = doc.data.projection.findIndex((r) => String(r.year) === year);
      if (row < 0) continue; // a missing year is PAC-FIN-001's finding
      const capacity = doc.data.projection[row]!.investment_capacity * params.capacity_share;
      let share = 0;
      for (const id of communes) share += totals.get(id)?.get(year) ?? 0;
      if (share > capacity)
        report(
          { doc, path: ['projection', row, 'investment_capacity'] },
          { year, expected: capacity, found: share, gap: share - capacity },
          { expected: capacity, found: share },
        );
    }
  },
});
