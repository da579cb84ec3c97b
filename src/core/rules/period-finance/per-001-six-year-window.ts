// PAC-PER-001: the plan covers exactly six years (LO 113-14 art. 78).
import { defineRule } from '../rule.js';

export default defineRule<{ years: number }>({
  code: 'PAC-PER-001',
  title: { ar: 'مدة البرنامج ست سنوات', fr: 'Période de six ans', en: 'Six-year period' },
  severity: 'error',
  phase: 1,
  needs: ['plan'],
  basis: 'LO 113-14 art. 78',
  params: {
    years: {
      default: 6,
      min: 1,
      integer: true,
      description: { ar: 'عدد سنوات البرنامج', fr: 'Nombre d’années du plan', en: 'Number of plan years' },
    },
  },
  message: {
    ar: (a) => `يجب أن يغطي البرنامج ${a.expected} سنوات، لكنه يغطي ${a.found} (من ${a.start} إلى ${a.end})`,
    fr: (a) => `Le plan doit couvrir ${a.expected} ans ; il en couvre ${a.found} (de ${a.start} à ${a.end})`,
    en: (a) => `The plan must cover ${a.expected} years; it covers ${a.found} (${a.start} to ${a.end})`,
  },
  check(plan, { params, report }) {
    const m = plan.manifest!;
    const { start_year, end_year } = m.data.period;
    const span = end_year - start_year + 1;
    if (span !== params.years)
      report(
        { doc: m, path: ['period', 'end_year'] },
        { expected: params.years, found: span, start: String(start_year), end: String(end_year) },
        { expected: `${params.years}`, found: `${span}` },
      );
  },
});
