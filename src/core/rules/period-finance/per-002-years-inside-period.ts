// PAC-PER-002: project schedules and financing years lie inside the plan period (LO 113-14 art. 78).
import { defineRule } from '../rule.js';

/** Every project's schedule and every financing year must fall within the six plan years. */
export default defineRule({
  code: 'PAC-PER-002',
  title: {
    ar: 'سنوات المشاريع داخل مدة البرنامج',
    fr: 'Années des projets dans la période du plan',
    en: 'Project years inside the plan period',
  },
  severity: 'error',
  phase: 3,
  needs: ['plan', 'project'],
  basis: 'LO 113-14 art. 78',
  message: {
    ar: (a) => `السنة ${a.year} (${a.what === 'schedule' ? 'الجدولة' : 'التمويل'}) للمشروع ${a.project} خارج مدة البرنامج ${a.start}-${a.end}`,
    fr: (a) =>
      `L’année ${a.year} (${a.what === 'schedule' ? 'calendrier' : 'financement'}) du projet ${a.project} est hors de la période du plan ${a.start}-${a.end}`,
    en: (a) => `Year ${a.year} (${a.what}) of project ${a.project} is outside the plan period ${a.start}-${a.end}`,
  },
  check(plan, { report }) {
    const { start_year: start, end_year: end } = plan.manifest!.data.period;
    const span = `${start}-${end}`;
    const outside = (y: number) => !(y >= start && y <= end);
    for (const doc of plan.projects) {
      const p = doc.data;
      const args = { project: p.id, start: String(start), end: String(end) };
      for (const key of ['start_year', 'end_year'] as const) {
        const y = p.schedule[key];
        if (outside(y)) report({ doc, path: ['schedule', key] }, { ...args, year: String(y), what: 'schedule' }, { expected: span, found: String(y) });
      }
      p.financing.forEach((line, i) => {
        for (const key of Object.keys(line.by_year)) {
          if (outside(Number(key)))
            report({ doc, path: ['financing', i, 'by_year', key] }, { ...args, year: key, what: 'financing' }, { expected: span, found: key });
        }
      });
    }
  },
});
