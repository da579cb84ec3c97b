// PAC-PER-003: no article ties the plan's first year to the mandate's; councils elected in 2021 adopted
// plans for 2022-2027 and for 2023-2028 (Oulmès, launched 12 January 2023; Ouarzazate). The reading that
// the period starts at most `max_years_after` years after the mandate began is a practice, a warning.
import { defineRule } from '../rule.js';

/** period.start_year before the mandate's year, or more than `max_years_after` years after it. */
export default defineRule<{ max_years_after: number }>({
  code: 'PAC-PER-003',
  title: {
    ar: 'بداية مدة البرنامج بالنسبة لمدة انتداب المجلس',
    fr: 'Début de la période du plan par rapport au mandat',
    en: 'Plan period start against the mandate',
  },
  severity: 'warning',
  phase: 1,
  needs: ['plan', 'commune'],
  basis: 'practice',
  unverified: true,
  params: {
    max_years_after: {
      default: 2,
      min: 0,
      max: 6,
      integer: true,
      description: {
        ar: 'أقصى عدد من السنوات بين سنة بداية مدة انتداب المجلس والسنة الأولى للبرنامج',
        fr: 'Nombre maximal d’années entre l’année du début du mandat et la première année du plan',
        en: 'Most years between the year the mandate began and the plan’s first year',
      },
    },
  },
  message: {
    ar: (a) => `السنة الأولى للبرنامج ${a.found} ومدة انتداب المجلس بدأت سنة ${a.mandate}: المعتاد أن يبدأ البرنامج بين ${a.mandate} و${a.last}`,
    fr: (a) => `La première année du plan est ${a.found} pour un mandat commencé en ${a.mandate} : l’usage est un début entre ${a.mandate} et ${a.last}`,
    en: (a) => `The plan’s first year is ${a.found} for a mandate that began in ${a.mandate}: in practice it starts between ${a.mandate} and ${a.last}`,
  },
  check(plan, { params, report }) {
    const doc = plan.manifest!;
    const mandate = Number(plan.commune!.data.council.mandate_start.slice(0, 4));
    const start = doc.data.period.start_year;
    const last = mandate + params.max_years_after;
    if (start < mandate || start > last)
      report(
        { doc, path: ['period', 'start_year'] },
        { found: String(start), mandate: String(mandate), last: String(last) },
        { expected: `${mandate}–${last}`, found: String(start) },
      );
  },
});
