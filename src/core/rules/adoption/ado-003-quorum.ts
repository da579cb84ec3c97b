// PAC-ADO-003: the adoption session meets the quorum rules of LO 113-14 art. 42 as the article words
// them: deliberations need more than half of the members in office (الأعضاء المزاولين مهامهم) present
// at the opening; if the quorum fails, a second convocation is *sent* 3 to 5 days after the failed
// meeting, with the same quorum; if it fails again, the council meets after the third working day
// following, whatever the number present.
import type { Lang } from '../../diagnostics/diagnostic.js';
import { defineRule, type MessageArgs } from '../rule.js';
import { addDays, addWorkingDays, daysBetween } from './dates.js';
import { heldConvocation } from './held-convocation.js';
import { membersInOffice, moreThanHalf } from './members-in-office.js';

type Case = 'quorum' | 'needless' | 'previous' | 'duplicate' | 'sentGap' | 'secondEarly' | 'beforeSent' | 'third' | 'held';

const ORD_AR: Record<string, string> = { '1': 'الأول', '2': 'الثاني', '3': 'الثالث' };
const ORD_FR: Record<string, string> = { '1': '1re', '2': '2e', '3': '3e' };
const ORD_EN: Record<string, string> = { '1': '1st', '2': '2nd', '3': '3rd' };

const MESSAGES: Record<Lang, (a: MessageArgs) => string> = {
  ar: (a) =>
    ({
      quorum: `عدد الحاضرين عند الاستدعاء ${ORD_AR[a.number!]}: ${a.present}؛ النصاب أكثر من نصف عدد الأعضاء المزاولين مهامهم (${a.members})، أي ${a.needed} على الأقل`,
      needless: `عدد الحاضرين عند الاستدعاء ${ORD_AR[a.number!]}: ${a.present}، فالنصاب (${a.needed}) مكتمل ولا داعي لاستدعاء لاحق`,
      previous: `الاستدعاء ${ORD_AR[a.number!]} مسجل دون الاستدعاء ${ORD_AR[a.previous!]} الذي يسبقه`,
      duplicate: `الاستدعاء ${ORD_AR[a.number!]} مسجل أكثر من مرة`,
      sentGap: `وجه الاستدعاء الثاني في ${a.sent} بعد الاجتماع الأول الذي لم يكتمل فيه النصاب (${a.first}) بـ ${a.found} يوما، والمادة 42 تحدد من ${a.min} إلى ${a.max} أيام`,
      secondEarly: `انعقد الاجتماع الثاني في ${a.date}، والاستدعاء الثاني لا يوجه إلا بعد ${a.min} أيام على الأقل من الاجتماع الأول (${a.first})`,
      beforeSent: `تاريخ الاجتماع (${a.date}) سابق لتاريخ توجيه الاستدعاء ${ORD_AR[a.number!]} (${a.sent})`,
      third: `انعقد الاجتماع الثالث في ${a.date}، والمجلس لا يجتمع إلا بعد اليوم الثالث من أيام العمل الموالية للاجتماع الثاني (${a.previousDate})، أي ابتداء من ${a.earliest}`,
      held: `تاريخ الدورة ${a.date} يختلف عن تاريخ آخر اجتماع (${a.heldDate}) الذي انعقدت فيه`,
    })[a.case as Case],
  fr: (a) =>
    ({
      quorum: `${a.present} membres présents à la ${ORD_FR[a.number!]} convocation ; le quorum est de plus de la moitié des ${a.members} membres en exercice, soit au moins ${a.needed}`,
      needless: `${a.present} membres présents à la ${ORD_FR[a.number!]} convocation : le quorum (${a.needed}) était atteint, une nouvelle convocation n’avait pas lieu d’être`,
      previous: `La ${ORD_FR[a.number!]} convocation est enregistrée sans la ${ORD_FR[a.previous!]} qui la précède`,
      duplicate: `La ${ORD_FR[a.number!]} convocation est enregistrée plusieurs fois`,
      sentGap: `La 2e convocation a été adressée le ${a.sent}, ${a.found} jours après la réunion sans quorum du ${a.first} ; l’article 42 fixe un délai de ${a.min} à ${a.max} jours`,
      secondEarly: `La 2e réunion s’est tenue le ${a.date}, alors que la 2e convocation ne peut être adressée qu’au moins ${a.min} jours après la 1re réunion (${a.first})`,
      beforeSent: `La réunion (${a.date}) précède l’envoi de la ${ORD_FR[a.number!]} convocation (${a.sent})`,
      third: `La 3e réunion s’est tenue le ${a.date} ; le conseil ne se réunit qu’après le troisième jour ouvrable suivant la 2e réunion (${a.previousDate}), soit à partir du ${a.earliest}`,
      held: `La session est datée du ${a.date}, pas du jour de la dernière réunion, où elle s’est tenue (${a.heldDate})`,
    })[a.case as Case],
  en: (a) =>
    ({
      quorum: `${a.present} members present at the ${ORD_EN[a.number!]} convocation; the quorum is more than half of the ${a.members} members in office, at least ${a.needed}`,
      needless: `${a.present} members present at the ${ORD_EN[a.number!]} convocation: the quorum (${a.needed}) was met, so no further convocation was called for`,
      previous: `The ${ORD_EN[a.number!]} convocation is recorded without the ${ORD_EN[a.previous!]} before it`,
      duplicate: `The ${ORD_EN[a.number!]} convocation is recorded more than once`,
      sentGap: `The 2nd convocation was sent on ${a.sent}, ${a.found} days after the meeting without quorum on ${a.first}; article 42 sets ${a.min} to ${a.max} days`,
      secondEarly: `The 2nd meeting was held on ${a.date}, but the 2nd convocation may be sent only ${a.min} days or more after the 1st meeting (${a.first})`,
      beforeSent: `The meeting (${a.date}) comes before the ${ORD_EN[a.number!]} convocation was sent (${a.sent})`,
      third: `The 3rd meeting was held on ${a.date}; the council meets only after the third working day following the 2nd meeting (${a.previousDate}), from ${a.earliest}`,
      held: `The session is dated ${a.date}, not the day of the last meeting, where it was held (${a.heldDate})`,
    })[a.case as Case],
};

/** Quorum at the held convocation, the convocations' sequence, when they were sent, when they met, and the session date. */
export default defineRule<{ gap_min_days: number; gap_max_days: number; third_after_working_days: number }>({
  code: 'PAC-ADO-003',
  title: {
    ar: 'النصاب القانوني والاستدعاءات',
    fr: 'Quorum et convocations',
    en: 'Quorum and convocations',
  },
  severity: 'error',
  phase: 5,
  needs: ['adoption'],
  basis: 'LO 113-14 art. 42',
  params: {
    gap_min_days: {
      default: 3,
      min: 0,
      integer: true,
      description: {
        ar: 'أدنى عدد من الأيام بين الاجتماع الأول الذي لم يكتمل فيه النصاب وتوجيه الاستدعاء الثاني',
        fr: 'Nombre minimal de jours entre la 1re réunion sans quorum et l’envoi de la 2e convocation',
        en: 'Fewest days between the 1st meeting without quorum and sending the 2nd convocation',
      },
    },
    gap_max_days: {
      default: 5,
      min: 0,
      integer: true,
      description: {
        ar: 'أقصى عدد من الأيام بين الاجتماع الأول الذي لم يكتمل فيه النصاب وتوجيه الاستدعاء الثاني',
        fr: 'Nombre maximal de jours entre la 1re réunion sans quorum et l’envoi de la 2e convocation',
        en: 'Most days between the 1st meeting without quorum and sending the 2nd convocation',
      },
    },
    third_after_working_days: {
      default: 3,
      min: 0,
      max: 30,
      integer: true,
      description: {
        ar: 'ينعقد الاجتماع الثالث بعد هذا العدد من أيام العمل الموالية للاجتماع الثاني (من الاثنين إلى الجمعة؛ العطل غير محتسبة)',
        fr: 'La 3e réunion se tient après ce nombre de jours ouvrables suivant la 2e (du lundi au vendredi ; jours fériés non comptés)',
        en: 'The 3rd meeting is held after this many working days following the 2nd (Monday to Friday; public holidays not known)',
      },
    },
  },
  message: MESSAGES,
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    const session = doc.data.session;
    if (!session) return;
    const at = (i: number, key: 'number' | 'date' | 'present' | 'sent_on') => ({ doc, path: ['session', 'convocations', i, key] });
    const list = session.convocations;
    const byNumber = new Map<number, number>();
    list.forEach((c, i) => {
      if (byNumber.has(c.number))
        report(at(i, 'number'), { case: 'duplicate', number: c.number }, { expected: 1, found: list.filter((o) => o.number === c.number).length });
      else byNumber.set(c.number, i);
    });
    list.forEach((c, i) => {
      if (c.number > 1 && !byNumber.has(c.number - 1))
        report(at(i, 'number'), { case: 'previous', number: c.number, previous: c.number - 1 }, { expected: `${c.number - 1}`, found: '—' });
      if (c.sent_on && c.date < c.sent_on)
        report(at(i, 'date'), { case: 'beforeSent', number: c.number, date: c.date, sent: c.sent_on }, { expected: `≥ ${c.sent_on}`, found: c.date });
    });

    const held = heldConvocation(session);
    const office = membersInOffice(plan);
    if (office) {
      const needed = moreThanHalf(office.members);
      list.forEach((c, i) => {
        if (c.number === 3) return; // no quorum at the 3rd meeting
        const args = { number: c.number, present: c.present, members: office.members, needed };
        if (i === held.index && c.present < needed) report(at(i, 'present'), { case: 'quorum', ...args }, { expected: `≥ ${needed}`, found: c.present });
        if (i !== held.index && c.number < held.convocation.number && c.present >= needed)
          report(at(i, 'present'), { case: 'needless', ...args }, { expected: `< ${needed}`, found: c.present });
      });
    }

    const first = byNumber.get(1);
    const second = byNumber.get(2);
    const third = byNumber.get(3);
    if (first !== undefined && second !== undefined) {
      const f = list[first]!;
      const s = list[second]!;
      const { gap_min_days: min, gap_max_days: max } = params;
      if (s.sent_on) {
        // The 3-5 days bound the sending of the 2nd convocation, counted from the failed meeting.
        const gap = daysBetween(f.date, s.sent_on);
        if (gap < min || gap > max)
          report(at(second, 'sent_on'), { case: 'sentGap', sent: s.sent_on, first: f.date, found: gap, min, max }, { expected: `${min}–${max}`, found: gap });
      } else if (daysBetween(f.date, s.date) < min) {
        report(at(second, 'date'), { case: 'secondEarly', date: s.date, first: f.date, min }, { expected: `≥ ${min}`, found: daysBetween(f.date, s.date) });
      }
    }
    if (second !== undefined && third !== undefined) {
      const prev = list[second]!.date;
      // "After the third working day following": from the day after it.
      const earliest = addDays(addWorkingDays(prev, params.third_after_working_days), 1);
      const date = list[third]!.date;
      if (date < earliest) report(at(third, 'date'), { case: 'third', date, previousDate: prev, earliest }, { expected: `≥ ${earliest}`, found: date });
    }

    if (session.date !== held.convocation.date)
      report(
        { doc, path: ['session', 'date'] },
        { case: 'held', date: session.date, heldDate: held.convocation.date },
        { expected: held.convocation.date, found: session.date },
      );
  },
});
