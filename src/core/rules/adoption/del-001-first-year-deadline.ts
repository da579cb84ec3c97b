// PAC-DEL-001: the plan is adopted at the latest during the first year of the council's mandate
// (LO 113-14 art. 78). A warning: a late plan is still a plan, but the delay must be explained.
import { defineRule } from '../rule.js';
import { addDays, addMonths } from './dates.js';

/** session.date after the last day of the first `months` months from council.mandate_start. */
export default defineRule<{ months: number }>({
  code: 'PAC-DEL-001',
  title: {
    ar: 'المصادقة خلال السنة الأولى من الانتداب',
    fr: 'Adoption dans la première année du mandat',
    en: 'Adopted within the first year of the mandate',
  },
  severity: 'warning',
  phase: 5,
  needs: ['commune', 'adoption'],
  basis: 'LO 113-14 art. 78',
  params: {
    months: {
      default: 12,
      min: 0, integer: true,
      description: {
        ar: 'المدة القصوى بالأشهر بين بداية الانتداب ودورة المصادقة',
        fr: 'Délai maximal, en mois, entre le début du mandat et la session d’adoption',
        en: 'Longest time, in months, from the start of the mandate to the adoption session',
      },
    },
  },
  message: {
    ar: (a) => `دورة المصادقة بتاريخ ${a.date}، بعد آخر يوم من الأشهر ${a.months} الأولى للانتداب الذي بدأ في ${a.start} (${a.deadline})`,
    fr: (a) => `La session d’adoption du ${a.date} dépasse les ${a.months} premiers mois du mandat commencé le ${a.start} (dernier jour : ${a.deadline})`,
    en: (a) => `The adoption session on ${a.date} falls after the first ${a.months} months of the mandate that began on ${a.start} (last day: ${a.deadline})`,
  },
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    const session = doc.data.session;
    if (!session) return;
    const start = plan.commune!.data.council.mandate_start;
    // The first year runs up to the day before the anniversary of the mandate.
    const deadline = addDays(addMonths(start, params.months), -1);
    if (session.date > deadline)
      report(
        { doc, path: ['session', 'date'] },
        { date: session.date, months: params.months, start, deadline },
        { expected: `≤ ${deadline}`, found: session.date },
      );
  },
});
