// PAC-ADO-006: an ordinary session is held only in the months the law sets for it (LO 113-14 art. 33,
// GK: February, May and October), with its agenda sent to the governor at least 20 days before
// (art. 38); a plan adopted otherwise must be adopted in an extraordinary session.
import { defineRule } from '../rule.js';
import { daysBetween, monthOf } from './dates.js';

type Case = 'month' | 'agendaMissing' | 'agendaLate';

/** An ordinary session outside ordinary_months, or whose agenda reached the governor late or not at all. */
export default defineRule<{ ordinary_months: number[]; agenda_days: number }>({
  code: 'PAC-ADO-006',
  title: {
    ar: 'نوع الدورة وجدول أعمالها',
    fr: 'Type de session et ordre du jour',
    en: 'Session type and agenda',
  },
  severity: 'error',
  phase: 5,
  needs: ['adoption'],
  basis: 'LO 113-14 arts. 33, 38',
  unverified: true,
  params: {
    ordinary_months: {
      default: [2, 5, 10],
      min: 1,
      max: 12,
      integer: true,
      description: {
        ar: 'أشهر الدورات العادية (1 إلى 12)',
        fr: 'Mois des sessions ordinaires (1 à 12)',
        en: 'Months of the ordinary sessions (1 to 12)',
      },
    },
    agenda_days: {
      default: 20,
      min: 0,
      integer: true,
      description: {
        ar: 'أدنى عدد من الأيام بين إرسال جدول أعمال الدورة العادية إلى عامل العمالة أو الإقليم وانعقادها',
        fr: 'Nombre minimal de jours entre l’envoi de l’ordre du jour d’une session ordinaire au gouverneur et la session',
        en: 'Fewest days between sending an ordinary session’s agenda to the governor and the session',
      },
    },
  },
  message: {
    ar: (a) =>
      ({
        month: `دورة عادية بتاريخ ${a.date} خارج أشهر الدورات العادية (${a.months}): يجب أن تكون دورة استثنائية`,
        agendaMissing: `لم يسجل تاريخ إرسال جدول أعمال الدورة العادية إلى عامل العمالة أو الإقليم (agenda_sent_to_governor_on)`,
        agendaLate: `أرسل جدول الأعمال إلى عامل العمالة أو الإقليم في ${a.sent} والدورة في ${a.date}: المدة الفاصلة (بالأيام) ${a.found}، والحد الأدنى ${a.days}`,
      })[a.case as Case],
    fr: (a) =>
      ({
        month: `Session ordinaire le ${a.date}, hors des mois des sessions ordinaires (${a.months}) : elle doit être extraordinaire`,
        agendaMissing: `La date d’envoi de l’ordre du jour de la session ordinaire au gouverneur (agenda_sent_to_governor_on) n’est pas enregistrée`,
        agendaLate: `L’ordre du jour a été envoyé au gouverneur le ${a.sent}, ${a.found} jours avant la session du ${a.date} ; il en faut au moins ${a.days}`,
      })[a.case as Case],
    en: (a) =>
      ({
        month: `Ordinary session on ${a.date}, outside the ordinary-session months (${a.months}): it must be an extraordinary session`,
        agendaMissing: `The date the ordinary session's agenda was sent to the governor (agenda_sent_to_governor_on) is not recorded`,
        agendaLate: `The agenda was sent to the governor on ${a.sent}, ${a.found} days before the session on ${a.date}; at least ${a.days} are required`,
      })[a.case as Case],
  },
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    const session = doc.data.session;
    if (!session || session.type !== 'ordinary') return;
    // From the command line the months may come as one number or as "2,5,10".
    const raw: unknown = params.ordinary_months;
    const months = (Array.isArray(raw) ? raw : String(raw).split(',')).map(Number);
    if (months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) throw new Error(`ordinary_months must be months from 1 to 12, not ${JSON.stringify(raw)}`);
    if (!months.includes(monthOf(session.date)))
      report(
        { doc, path: ['session', 'type'] },
        { case: 'month', date: session.date, months: months.join(', ') },
        { expected: 'extraordinary', found: 'ordinary' },
      );
    const sent = session.agenda_sent_to_governor_on;
    if (!sent) {
      report({ doc, path: ['session', 'agenda_sent_to_governor_on'] }, { case: 'agendaMissing' }, { expected: `≥ ${params.agenda_days}`, found: '—' });
      return;
    }
    const gap = daysBetween(sent, session.date);
    if (gap < params.agenda_days)
      report(
        { doc, path: ['session', 'agenda_sent_to_governor_on'] },
        { case: 'agendaLate', sent, date: session.date, found: gap, days: params.agenda_days },
        { expected: `≥ ${params.agenda_days}`, found: gap },
      );
  },
});
