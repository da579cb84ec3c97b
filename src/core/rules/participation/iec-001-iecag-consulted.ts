// PAC-IEC-001: the equality, equal-opportunity and gender body (IECAG, LO 113-14 art. 120) is consulted
// on the draft before it goes to the standing committees. Its opinion is practice, not a set step
// (no article makes it mandatory), hence a warning.
import { defineRule } from '../rule.js';

/** No consultation of type iecag; or, when adoption.yaml records the committee referral, none before it. */
export default defineRule({
  code: 'PAC-IEC-001',
  title: {
    ar: 'استشارة هيئة المساواة وتكافؤ الفرص ومقاربة النوع قبل الإحالة على اللجان',
    fr: 'IECAG consultée avant la saisine des commissions',
    en: 'IECAG consulted before committee referral',
  },
  severity: 'warning',
  phase: 4,
  needs: ['consultations'],
  basis: 'practice; LO 113-14 art. 120',
  message: {
    ar: (a) =>
      a.case === 'none'
        ? 'لا يوجد أي لقاء مع هيئة المساواة وتكافؤ الفرص ومقاربة النوع (type: iecag)'
        : `أول لقاء مع هيئة المساواة وتكافؤ الفرص ومقاربة النوع (${a.id}) بتاريخ ${a.date}، ليس قبل إحالة المشروع على اللجان في ${a.referral}`,
    fr: (a) =>
      a.case === 'none'
        ? 'Aucune concertation avec l’Instance de l’équité, de l’égalité des chances et de l’approche genre (type: iecag)'
        : `La première concertation de l’IECAG (${a.id}) a lieu le ${a.date}, pas avant la saisine des commissions le ${a.referral}`,
    en: (a) =>
      a.case === 'none'
        ? 'No consultation with the equality, equal-opportunity and gender body (type: iecag)'
        : `The first IECAG consultation (${a.id}) is dated ${a.date}, not before the committee referral on ${a.referral}`,
  },
  check(plan, { report }) {
    const doc = plan.consultations!;
    const iecag = doc.data.consultations.map((c, i) => ({ c, i })).filter(({ c }) => c.type === 'iecag');
    if (iecag.length === 0) {
      report({ doc, path: ['consultations'] }, { case: 'none' }, { expected: 'type: iecag', found: '—' });
      return;
    }
    const referral = plan.adoption?.data.committee_referral?.date;
    if (!referral) return;
    // ISO dates compare as strings.
    const first = iecag.reduce((a, b) => (b.c.date < a.c.date ? b : a));
    if (first.c.date >= referral)
      report(
        { doc, path: ['consultations', first.i, 'date'] },
        { case: 'late', id: first.c.id, date: first.c.date, referral },
        { expected: `< ${referral}`, found: first.c.date },
      );
  },
});
