// PAC-FIN-001: the financial frame estimates resources and expenditure for the first three plan years
// (LO 113-14 art. 78, mandatory contents).
import { defineRule } from '../rule.js';

/** finance.projection must hold a row (resources and expenditure) for each of plan years 1 to 3. */
export default defineRule({
  code: 'PAC-FIN-001',
  title: {
    ar: 'توقعات الموارد والنفقات للسنوات الثلاث الأولى',
    fr: 'Projection des ressources et dépenses des trois premières années',
    en: 'Resources and expenditure projected for the first three years',
  },
  severity: 'error',
  phase: 3,
  needs: ['plan', 'finance'],
  basis: 'LO 113-14 art. 78',
  message: {
    ar: (a) => `لا توجد توقعات للموارد والنفقات لسنة ${a.year} (السنة ${a.rank} من البرنامج)`,
    fr: (a) => `Aucune projection des ressources et dépenses pour ${a.year} (année ${a.rank} du plan)`,
    en: (a) => `No projection of resources and expenditure for ${a.year} (plan year ${a.rank})`,
  },
  check(plan, { report }) {
    const doc = plan.finance!;
    const start = plan.manifest!.data.period.start_year;
    const have = doc.data.projection.map((r) => r.year);
    const found = have.length ? have.join(', ') : '—';
    for (let rank = 1; rank <= 3; rank++) {
      const year = start + rank - 1;
      if (!have.includes(year)) report({ doc, path: ['projection'] }, { year: String(year), rank }, { expected: String(year), found });
    }
  },
});
