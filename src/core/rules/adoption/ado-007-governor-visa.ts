// PAC-ADO-007: the plan's deliberation is executable only once the governor has endorsed it (visa),
// and the visa is due within 20 days of receipt (LO 113-14 art. 118, GK). A warning: the commune
// does not control the governor's delay, but the plan cannot be executed before the visa.
import { defineRule } from '../rule.js';
import { daysBetween } from './dates.js';

type Case = 'late' | 'before' | 'notExecutable';

/** visa_on more than `days` days after received_on (or before it); status refused or pending. */
export default defineRule<{ days: number }>({
  code: 'PAC-ADO-007',
  title: {
    ar: 'تأشيرة عامل العمالة أو الإقليم على المقرر',
    fr: 'Visa du gouverneur sur la délibération',
    en: 'Governor’s visa on the deliberation',
  },
  severity: 'warning',
  phase: 5,
  needs: ['adoption'],
  basis: 'LO 113-14 art. 118',
  unverified: true,
  params: {
    days: {
      default: 20,
      min: 0,
      integer: true,
      description: {
        ar: 'أقصى أجل بالأيام للتأشيرة ابتداء من توصل عامل العمالة أو الإقليم بالمقرر',
        fr: 'Délai maximal du visa, en jours, à compter de la réception de la délibération',
        en: 'Longest time for the visa, in days, from receipt of the deliberation',
      },
    },
  },
  message: {
    ar: (a) =>
      ({
        late: `صدرت التأشيرة في ${a.visa} بعد التوصل بالمقرر في ${a.received}: المدة (بالأيام) ${a.found}، والأجل ${a.days}`,
        before: `تاريخ التأشيرة (${a.visa}) سابق لتاريخ التوصل بالمقرر (${a.received})`,
        notExecutable: `وضعية التأشيرة «${a.status}»: المقرر غير قابل للتنفيذ قبل التأشيرة`,
      })[a.case as Case],
    fr: (a) =>
      ({
        late: `Le visa est daté du ${a.visa}, ${a.found} jours après la réception de la délibération (${a.received}) ; le délai est de ${a.days} jours`,
        before: `Le visa (${a.visa}) est antérieur à la réception de la délibération (${a.received})`,
        notExecutable: `Visa « ${a.status} » : la délibération n’est pas exécutoire sans visa`,
      })[a.case as Case],
    en: (a) =>
      ({
        late: `The visa is dated ${a.visa}, ${a.found} days after the deliberation was received (${a.received}); the limit is ${a.days} days`,
        before: `The visa (${a.visa}) is dated before the deliberation was received (${a.received})`,
        notExecutable: `Visa status "${a.status}": the deliberation is not executable without the visa`,
      })[a.case as Case],
  },
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    const visa = doc.data.visa;
    if (!visa) return;
    if (visa.visa_on) {
      const gap = daysBetween(visa.received_on, visa.visa_on);
      const args = { visa: visa.visa_on, received: visa.received_on, found: gap, days: params.days };
      if (gap < 0) report({ doc, path: ['visa', 'visa_on'] }, { case: 'before', ...args }, { expected: `≥ ${visa.received_on}`, found: visa.visa_on });
      else if (gap > params.days) report({ doc, path: ['visa', 'visa_on'] }, { case: 'late', ...args }, { expected: `≤ ${params.days}`, found: gap });
    }
    if (visa.status === 'refused' || visa.status === 'pending')
      report({ doc, path: ['visa', 'status'] }, { case: 'notExecutable', status: visa.status }, { expected: 'granted | tacit', found: visa.status });
  },
});
