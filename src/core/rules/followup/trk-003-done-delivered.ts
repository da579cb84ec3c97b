// PAC-TRK-003: a project reported done has been received: its delivery date is recorded and its
// physical progress is 100 % (the monitoring system, decree 2-16-301 art. 6).
import { defineRule } from '../rule.js';

/** status done → delivered_on present, and progress (when given) 100. */
export default defineRule({
  code: 'PAC-TRK-003',
  title: {
    ar: 'المشروع المنجز له تاريخ تسليم ونسبة إنجاز 100%',
    fr: 'Un projet achevé a une date de réception et 100 % d’avancement',
    en: 'A finished project has a delivery date and 100 % progress',
  },
  severity: 'warning',
  phase: 5,
  needs: ['followup'],
  basis: 'LO 113-14 art. 78; Decree 2-16-301 art. 6',
  message: {
    ar: (a) =>
      a.case === 'date'
        ? `المشروع ${a.project} منجز في تتبع ${a.year} دون تاريخ التسليم (delivered_on)`
        : `المشروع ${a.project} منجز في تتبع ${a.year} ونسبة إنجازه ${a.found}% بدل 100%`,
    fr: (a) =>
      a.case === 'date'
        ? `Le projet ${a.project} est achevé dans le suivi ${a.year} sans date de réception (delivered_on)`
        : `Le projet ${a.project} est achevé dans le suivi ${a.year} mais avancé à ${a.found} % au lieu de 100 %`,
    en: (a) =>
      a.case === 'date'
        ? `Project ${a.project} is done in the ${a.year} follow-up with no delivery date (delivered_on)`
        : `Project ${a.project} is done in the ${a.year} follow-up but at ${a.found} % progress instead of 100 %`,
  },
  check(plan, { report }) {
    for (const doc of plan.followup)
      (doc.data.projects ?? []).forEach((e, i) => {
        if (e.status !== 'done') return;
        const args = { project: e.project, year: String(doc.data.year) };
        if (!e.delivered_on) report({ doc, path: ['projects', i] }, { case: 'date', ...args }, { expected: 'delivered_on', found: '—' });
        if (e.progress !== undefined && e.progress !== 100)
          report({ doc, path: ['projects', i, 'progress'] }, { case: 'progress', ...args, found: e.progress }, { expected: 100, found: e.progress });
      });
  },
});
