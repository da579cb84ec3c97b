// PAC-ADO-003: the adoption session meets the quorum rules of LO 113-14 art. 42: more than half of the
// members in office present at the 1st and 2nd convocations; a 2nd convocation 3 to 5 days after the
// 1st; a 3rd convocation after the 2nd, valid whatever the number present.
import type { Lang } from '../../diagnostics/diagnostic.js';
import { defineRule, type MessageArgs } from '../rule.js';
import { daysBetween } from './dates.js';
import { heldConvocation } from './held-convocation.js';
import { membersInOffice, moreThanHalf } from './members-in-office.js';

type Case = 'quorum' | 'needless' | 'previous' | 'duplicate' | 'gap' | 'order' | 'held';

const MESSAGES: Record<Lang, (a: MessageArgs) => string> = {
  ar: (a) =>
    ({
      quorum: `عدد الحاضرين في الدعوة ${a.number}: ${a.present}؛ النصاب أكثر من نصف عدد الأعضاء المزاولين (${a.members})، أي ${a.needed} على الأقل`,
      needless: `عدد الحاضرين في الدعوة ${a.number}: ${a.present}، فالنصاب (${a.needed}) مكتمل ولا داعي لدعوة لاحقة`,
      previous: `الدعوة ${a.number} مسجلة دون الدعوة ${a.previous} التي تسبقها`,
      duplicate: `الدعوة رقم ${a.number} مسجلة أكثر من مرة`,
      gap: `المدة بين الدعوة الأولى والثانية (بالأيام): ${a.found}، والمطلوب من ${a.min} إلى ${a.max}`,
      order: `الدعوة الثالثة (${a.date}) ليست بعد الدعوة الثانية (${a.previousDate})`,
      held: `تاريخ الدورة ${a.date} يختلف عن تاريخ آخر دعوة (${a.heldDate}) التي انعقدت فيها`,
    })[a.case as Case],
  fr: (a) =>
    ({
      quorum: `${a.present} membres présents à la convocation ${a.number} ; le quorum est de plus de la moitié des ${a.members} membres en exercice, soit au moins ${a.needed}`,
      needless: `${a.present} membres présents à la convocation ${a.number} : le quorum (${a.needed}) était atteint, une nouvelle convocation n’avait pas lieu d’être`,
      previous: `La convocation ${a.number} est enregistrée sans la convocation ${a.previous} qui la précède`,
      duplicate: `La convocation n° ${a.number} est enregistrée plusieurs fois`,
      gap: `${a.found} jours séparent la 1re et la 2e convocation ; il en faut de ${a.min} à ${a.max}`,
      order: `La 3e convocation (${a.date}) ne suit pas la 2e (${a.previousDate})`,
      held: `La session est datée du ${a.date}, pas du jour de la dernière convocation où elle s’est tenue (${a.heldDate})`,
    })[a.case as Case],
  en: (a) =>
    ({
      quorum: `${a.present} members present at convocation ${a.number}; the quorum is more than half of the ${a.members} members in office, at least ${a.needed}`,
      needless: `${a.present} members present at convocation ${a.number}: the quorum (${a.needed}) was met, so no further convocation was called for`,
      previous: `Convocation ${a.number} is recorded without convocation ${a.previous} before it`,
      duplicate: `Convocation number ${a.number} is recorded more than once`,
      gap: `${a.found} days separate the 1st and 2nd convocations; ${a.min} to ${a.max} are required`,
      order: `The 3rd convocation (${a.date}) does not come after the 2nd (${a.previousDate})`,
      held: `The session is dated ${a.date}, not the day of the last convocation, where it was held (${a.heldDate})`,
    })[a.case as Case],
};

/** Quorum at the held convocation, convocation sequence and spacing, and the session date. */
export default defineRule<{ gap_min_days: number; gap_max_days: number }>({
  code: 'PAC-ADO-003',
  title: {
    ar: 'النصاب القانوني حسب الدعوة',
    fr: 'Quorum selon la convocation',
    en: 'Quorum by convocation',
  },
  severity: 'error',
  phase: 5,
  needs: ['adoption'],
  basis: 'LO 113-14 art. 42',
  params: {
    gap_min_days: {
      default: 3,
      min: 0, integer: true,
      description: {
        ar: 'أدنى عدد من الأيام بين الدعوة الأولى والدعوة الثانية',
        fr: 'Nombre minimal de jours entre la 1re et la 2e convocation',
        en: 'Fewest days between the 1st and the 2nd convocation',
      },
    },
    gap_max_days: {
      default: 5,
      min: 0, integer: true,
      description: {
        ar: 'أقصى عدد من الأيام بين الدعوة الأولى والدعوة الثانية',
        fr: 'Nombre maximal de jours entre la 1re et la 2e convocation',
        en: 'Most days between the 1st and the 2nd convocation',
      },
    },
  },
  message: MESSAGES,
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    const session = doc.data.session;
    if (!session) return;
    const at = (i: number, key: 'number' | 'date' | 'present') => ({ doc, path: ['session', 'convocations', i, key] });
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
    });

    const held = heldConvocation(session);
    const office = membersInOffice(plan);
    if (office) {
      const needed = moreThanHalf(office.members);
      list.forEach((c, i) => {
        if (c.number === 3) return; // no quorum at the 3rd convocation
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
      const gap = daysBetween(list[first]!.date, list[second]!.date);
      if (gap < params.gap_min_days || gap > params.gap_max_days)
        report(at(second, 'date'), { case: 'gap', found: gap, min: params.gap_min_days, max: params.gap_max_days }, { expected: `${params.gap_min_days}–${params.gap_max_days}`, found: gap });
    }
    if (second !== undefined && third !== undefined && list[third]!.date <= list[second]!.date)
      report(at(third, 'date'), { case: 'order', date: list[third]!.date, previousDate: list[second]!.date }, { expected: `> ${list[second]!.date}`, found: list[third]!.date });

    if (session.date !== held.convocation.date)
      report({ doc, path: ['session', 'date'] }, { case: 'held', date: session.date, heldDate: held.convocation.date }, { expected: held.convocation.date, found: session.date });
  },
});
