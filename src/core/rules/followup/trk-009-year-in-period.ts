// PAC-TRK-009: the follow-up covers the years of the plan (LO 113-14 art. 78: six years) that have
// begun: a year outside the period, or after today's, is a typing error.
import { defineRule } from '../rule.js';

/** followup year within the plan period and not after today's year. */
export default defineRule({
  code: 'PAC-TRK-009',
  title: {
    ar: 'سنة التتبع داخل مدة البرنامج وليست في المستقبل',
    fr: 'L’année de suivi est dans la période du plan et n’est pas à venir',
    en: 'The follow-up year lies in the plan period and is not in the future',
  },
  severity: 'error',
  phase: 5,
  needs: ['followup', 'plan'],
  basis: 'LO 113-14 art. 78',
  message: {
    ar: (a) => (a.case === 'future' ? `سنة التتبع ${a.found} لم تبدأ بعد (اليوم ${a.today})` : `سنة التتبع ${a.found} خارج مدة البرنامج (${a.expected})`),
    fr: (a) =>
      a.case === 'future'
        ? `L’année de suivi ${a.found} n’a pas commencé (aujourd’hui : ${a.today})`
        : `L’année de suivi ${a.found} est hors de la période du plan (${a.expected})`,
    en: (a) =>
      a.case === 'future'
        ? `Follow-up year ${a.found} has not begun (today: ${a.today})`
        : `Follow-up year ${a.found} is outside the plan period (${a.expected})`,
  },
  check(plan, { report }) {
    const { start_year, end_year } = plan.manifest!.data.period;
    for (const doc of plan.followup) {
      const y = doc.data.year;
      if (y < start_year || y > end_year)
        report(
          { doc, path: ['year'] },
          { case: 'period', found: String(y), expected: `${start_year}-${end_year}` },
          { expected: `${start_year}-${end_year}`, found: String(y) },
        );
      else if (plan.today && y > Number(plan.today.slice(0, 4)))
        report({ doc, path: ['year'] }, { case: 'future', found: String(y), today: plan.today }, { expected: `≤ ${plan.today.slice(0, 4)}`, found: String(y) });
    }
  },
});
