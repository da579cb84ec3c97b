// PAC-ADO-012: the members are convened to the session with its documents (the draft plan, the
// committee reports) a set time before it, so that they can study the draft (LO 113-14 art. 35, GK).
import { daysBetween } from '../adoption/dates.js';
import { defineRule } from '../rule.js';

/** The 1st convocation sent (session.convocations[number 1].sent_on) fewer than `days` days before the 1st meeting. */
export default defineRule<{ days: number }>({
  code: 'PAC-ADO-012',
  title: {
    ar: 'استدعاء الأعضاء مرفقا بوثائق الدورة داخل الأجل',
    fr: 'Membres convoqués avec les documents dans le délai',
    en: 'Members convened with the documents in time',
  },
  severity: 'warning',
  phase: 5,
  needs: ['adoption'],
  basis: 'LO 113-14 art. 35',
  unverified: true,
  params: {
    days: {
      default: 10,
      min: 0,
      integer: true,
      description: {
        ar: 'أدنى عدد من الأيام بين توجيه الاستدعاء الأول مرفقا بالوثائق وانعقاد الدورة',
        fr: 'Nombre minimal de jours entre l’envoi de la 1re convocation, avec les documents, et la session',
        en: 'Fewest days between sending the 1st convocation, with the documents, and the session',
      },
    },
  },
  message: {
    ar: (a) => `وجه الاستدعاء الأول إلى الأعضاء في ${a.sent}، قبل ${a.found} أيام فقط من الاجتماع (${a.date})؛ الحد الأدنى ${a.days} أيام`,
    fr: (a) =>
      `La 1re convocation a été adressée aux membres le ${a.sent}, ${a.found} jours seulement avant la réunion (${a.date}) ; il en faut au moins ${a.days}`,
    en: (a) => `The 1st convocation was sent to the members on ${a.sent}, only ${a.found} days before the meeting (${a.date}); at least ${a.days} are required`,
  },
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    doc.data.session?.convocations.forEach((c, i) => {
      if (c.number !== 1 || !c.sent_on) return;
      const gap = daysBetween(c.sent_on, c.date);
      if (gap < params.days)
        report(
          { doc, path: ['session', 'convocations', i, 'sent_on'] },
          { sent: c.sent_on, date: c.date, found: gap, days: params.days },
          { expected: `≥ ${params.days}`, found: gap },
        );
    });
  },
});
