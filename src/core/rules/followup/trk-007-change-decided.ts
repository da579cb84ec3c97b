// PAC-TRK-007: cancelling a project or moving it to other years changes the adopted plan: the council
// decides it (LO 113-14 arts. 78 and 92; the same procedure as the plan, a reading not checked against
// the texts: unverified), so the follow-up records the decision (number and date) and the reason.
import { defineRule } from '../rule.js';

/** status cancelled, or moved_to given → decision and reason present. */
export default defineRule({
  code: 'PAC-TRK-007',
  title: {
    ar: 'إلغاء أو تأجيل مشروع بمقرر للمجلس ومع بيان السبب',
    fr: 'Projet annulé ou reporté : délibération du conseil et motif',
    en: 'A cancelled or postponed project: the council’s decision and a reason',
  },
  severity: 'warning',
  phase: 5,
  needs: ['followup'],
  basis: 'LO 113-14 arts. 78, 92',
  unverified: true,
  message: {
    ar: (a) =>
      `المشروع ${a.project} ${a.change === 'cancelled' ? 'ملغى' : 'مؤجل'} في تتبع ${a.year} دون ${a.missing === 'decision' ? 'مقرر المجلس (decision: رقم وتاريخ)' : 'بيان السبب (reason)'}`,
    fr: (a) =>
      `Le projet ${a.project} est ${a.change === 'cancelled' ? 'annulé' : 'reporté'} dans le suivi ${a.year} sans ${a.missing === 'decision' ? 'la délibération du conseil (decision : numéro et date)' : 'motif (reason)'}`,
    en: (a) =>
      `Project ${a.project} is ${a.change === 'cancelled' ? 'cancelled' : 'postponed'} in the ${a.year} follow-up without ${a.missing === 'decision' ? 'the council’s decision (decision: number and date)' : 'a reason (reason)'}`,
  },
  check(plan, { report }) {
    for (const doc of plan.followup)
      (doc.data.projects ?? []).forEach((e, i) => {
        const change = e.status === 'cancelled' ? 'cancelled' : e.moved_to ? 'moved' : undefined;
        if (!change) return;
        const args = { project: e.project, year: String(doc.data.year), change };
        if (!e.decision) report({ doc, path: ['projects', i] }, { ...args, missing: 'decision' }, { expected: 'decision', found: '—' });
        if (!e.reason) report({ doc, path: ['projects', i] }, { ...args, missing: 'reason' }, { expected: 'reason', found: '—' });
      });
  },
});
