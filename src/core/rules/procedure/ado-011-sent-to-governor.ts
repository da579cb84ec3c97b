// PAC-ADO-011: once adopted, the deliberation and the minutes of the session go to the governor of the
// prefecture or province within a set time, so that the visa period can run (LO 113-14 arts. 116-118, GK).
import { daysBetween, addDays } from '../adoption/dates.js';
import { membersInOffice } from '../adoption/members-in-office.js';
import { voteOutcome } from '../adoption/vote-outcome.js';
import { defineRule } from '../rule.js';

type Case = 'late' | 'minutesLate' | 'minutesMissing' | 'missing';

/** transmission.deliberation_on / minutes_on more than `days` after the session; nothing recorded once that time has passed. */
export default defineRule<{ days: number }>({
  code: 'PAC-ADO-011',
  title: {
    ar: 'توجيه المقرر والمحضر إلى عامل العمالة أو الإقليم داخل الأجل',
    fr: 'Délibération et procès-verbal transmis au gouverneur dans le délai',
    en: 'Deliberation and minutes sent to the governor in time',
  },
  severity: 'warning',
  phase: 5,
  needs: ['adoption'],
  basis: 'LO 113-14 arts. 116-118',
  unverified: true,
  params: {
    days: {
      default: 15,
      min: 0,
      integer: true,
      description: {
        ar: 'أقصى عدد من الأيام بين دورة المصادقة وتوجيه المقرر والمحضر إلى عامل العمالة أو الإقليم',
        fr: 'Nombre maximal de jours entre la session d’adoption et la transmission de la délibération et du procès-verbal au gouverneur',
        en: 'Most days between the adoption session and sending the deliberation and minutes to the governor',
      },
    },
  },
  message: {
    ar: (a) =>
      ({
        late: `وجه المقرر إلى عامل العمالة أو الإقليم في ${a.date}، بعد ${a.found} يوما من الدورة (${a.session})؛ الأجل ${a.days} يوما`,
        minutesLate: `وجه المحضر إلى عامل العمالة أو الإقليم في ${a.date}، بعد ${a.found} يوما من الدورة (${a.session})؛ الأجل ${a.days} يوما`,
        minutesMissing: 'تاريخ توجيه محضر الدورة إلى عامل العمالة أو الإقليم (transmission.minutes_on) غير مسجل',
        missing: `مر أجل ${a.days} يوما على دورة المصادقة (${a.session}) ولم يسجل توجيه المقرر إلى عامل العمالة أو الإقليم (transmission) ولا توصله به (visa.received_on)`,
      })[a.case as Case],
    fr: (a) =>
      ({
        late: `La délibération a été transmise au gouverneur le ${a.date}, ${a.found} jours après la session (${a.session}) ; le délai est de ${a.days} jours`,
        minutesLate: `Le procès-verbal a été transmis au gouverneur le ${a.date}, ${a.found} jours après la session (${a.session}) ; le délai est de ${a.days} jours`,
        minutesMissing: 'La transmission du procès-verbal de la session au gouverneur (transmission.minutes_on) n’est pas enregistrée',
        missing: `Le délai de ${a.days} jours après la session d’adoption (${a.session}) est passé et ni la transmission de la délibération au gouverneur (transmission) ni sa réception (visa.received_on) ne sont enregistrées`,
      })[a.case as Case],
    en: (a) =>
      ({
        late: `The deliberation was sent to the governor on ${a.date}, ${a.found} days after the session (${a.session}); the limit is ${a.days} days`,
        minutesLate: `The minutes were sent to the governor on ${a.date}, ${a.found} days after the session (${a.session}); the limit is ${a.days} days`,
        minutesMissing: 'Sending the session minutes to the governor (transmission.minutes_on) is not recorded',
        missing: `${a.days} days have passed since the adoption session (${a.session}) and neither sending the deliberation to the governor (transmission) nor its receipt (visa.received_on) is recorded`,
      })[a.case as Case],
  },
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    const { session, votes, transmission: tr, visa } = doc.data;
    if (!session || voteOutcome(votes, membersInOffice(plan)?.members) !== 'adopted') return;
    const base = { session: session.date, days: params.days };
    const late = (date: string) => daysBetween(session.date, date) > params.days;
    if (tr?.deliberation_on && late(tr.deliberation_on))
      report(
        { doc, path: ['transmission', 'deliberation_on'] },
        { case: 'late', date: tr.deliberation_on, found: daysBetween(session.date, tr.deliberation_on), ...base },
        { expected: `≤ ${params.days}`, found: daysBetween(session.date, tr.deliberation_on) },
      );
    if (tr?.minutes_on && late(tr.minutes_on))
      report(
        { doc, path: ['transmission', 'minutes_on'] },
        { case: 'minutesLate', date: tr.minutes_on, found: daysBetween(session.date, tr.minutes_on), ...base },
        { expected: `≤ ${params.days}`, found: daysBetween(session.date, tr.minutes_on) },
      );
    if (tr && !tr.minutes_on) report({ doc, path: ['transmission'] }, { case: 'minutesMissing' }, { expected: 'minutes_on', found: '—' });
    if (!tr && !visa && plan.today && plan.today > addDays(session.date, params.days))
      report({ doc, path: ['session', 'date'] }, { case: 'missing', ...base }, { expected: 'transmission.deliberation_on', found: '—' });
  },
});
