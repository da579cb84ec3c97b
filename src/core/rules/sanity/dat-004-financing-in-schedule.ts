// PAC-DAT-004: a project is paid for in the years it runs: money in 2027 for a project scheduled
// 2023-2024 is a typo or a forgotten change of schedule. Final payments after completion (guarantee
// retentions) are a practice some plans follow, so the years allowed after the end are a parameter.
import { defineRule } from '../rule.js';

/** Every financing year within schedule.start_year … end_year + grace_years. */
export default defineRule<{ grace_years: number }>({
  code: 'PAC-DAT-004',
  title: {
    ar: 'سنوات التمويل داخل مدة إنجاز المشروع',
    fr: 'Années de financement dans le calendrier du projet',
    en: 'Financing years within the project schedule',
  },
  severity: 'error',
  phase: 3,
  needs: [],
  basis: 'practice',
  params: {
    grace_years: {
      default: 0,
      min: 0,
      max: 5,
      integer: true,
      description: {
        ar: 'عدد السنوات المقبولة للتمويل بعد نهاية الإنجاز',
        fr: 'Années de financement admises après la fin du projet',
        en: 'Years of financing allowed after the project ends',
      },
    },
  },
  message: {
    ar: (a) => `تمويل في سنة ${a.found} لمشروع مبرمج من ${a.start} إلى ${a.end}`,
    fr: (a) => `Financement en ${a.found} pour un projet programmé de ${a.start} à ${a.end}`,
    en: (a) => `Financing in ${a.found} for a project scheduled ${a.start} to ${a.end}`,
  },
  check(plan, { params, report }) {
    // A year outside the plan's period is PAC-PER-002's finding; reporting it here too would repeat it.
    const period = plan.manifest?.data.period;
    const inPeriod = (y: number) => !period || (y >= period.start_year && y <= period.end_year);
    for (const doc of plan.projects) {
      const { start_year: start, end_year: end } = doc.data.schedule;
      doc.data.financing.forEach((f, i) => {
        for (const [year, amount] of Object.entries(f.by_year)) {
          const y = Number(year);
          if (amount && inPeriod(y) && (y < start || y > end + params.grace_years))
            report(
              { doc, path: ['financing', i, 'by_year', year] },
              { found: year, start: String(start), end: String(end) },
              { expected: `${start}–${end + params.grace_years}`, found: year },
            );
        }
      });
    }
  },
});
