// PAC-PRG-001: the programme in finance.yaml was computed from the plan as it is now. A cost, a financing,
// a schedule, a score or a share rule changed after `plan select` leaves a document whose portfolio and
// financing tables disagree; `plan render` refuses to print it except as a draft (practice).
import { programmeFingerprint } from '../../decide/programme-fingerprint.js';
import { defineRule } from '../rule.js';

/** finance.yaml `programme.fingerprint` matches the plan's projects, finance and ranking. */
export default defineRule({
  code: 'PAC-PRG-001',
  title: {
    ar: 'البرمجة محينة',
    fr: 'Programmation à jour',
    en: 'Programme up to date',
  },
  severity: 'error',
  phase: 3,
  needs: ['finance'],
  basis: 'practice',
  message: {
    ar: (a) =>
      a.case === 'none'
        ? 'لا تذكر البرمجة المعطيات التي حسبت منها؛ أعد تشغيل plan select'
        : 'تغيرت المشاريع أو الإطار المالي أو قواعد البرمجة بعد plan select: البرمجة متجاوزة؛ أعد تشغيل plan select',
    fr: (a) =>
      a.case === 'none'
        ? 'La programmation ne dit pas de quelles données elle est tirée ; relancez plan select'
        : 'Les projets, le cadre financier ou les règles de programmation ont changé depuis plan select : la programmation est périmée ; relancez plan select',
    en: (a) =>
      a.case === 'none'
        ? 'The programme does not record the inputs it was computed from; run plan select again'
        : 'Projects, finance or programming rules changed after plan select: the programme is out of date; run plan select again',
  },
  check(plan, { report }) {
    const doc = plan.finance!;
    const programme = doc.data.programme;
    if (!programme) return;
    const now = programmeFingerprint(plan);
    if (!programme.fingerprint) report({ doc, path: ['programme'] }, { case: 'none' }, { expected: now, found: '—' });
    else if (programme.fingerprint !== now)
      report({ doc, path: ['programme', 'fingerprint'] }, { case: 'stale' }, { expected: now, found: programme.fingerprint });
  },
});
