// PAC-TRC-002: every project answers at least one priority (LO 113-14 art. 78: projects follow the
// priorities drawn from the diagnosis), so that each can be traced back to a need.
import { defineRule } from '../rule.js';

/** A project whose priority_ids list is empty. */
export default defineRule({
  code: 'PAC-TRC-002',
  title: {
    ar: 'كل مشروع مرتبط بأولوية',
    fr: 'Chaque projet répond à une priorité',
    en: 'Every project links a priority',
  },
  severity: 'error',
  phase: 3,
  needs: ['project'],
  basis: 'LO 113-14 art. 78',
  message: {
    ar: (a) => `المشروع ${a.project} غير مرتبط بأي أولوية (priority_ids فارغة)`,
    fr: (a) => `Le projet ${a.project} ne répond à aucune priorité (priority_ids est vide)`,
    en: (a) => `Project ${a.project} links no priority (priority_ids is empty)`,
  },
  check(plan, { report }) {
    for (const doc of plan.projects)
      if (doc.data.priority_ids.length === 0) report({ doc, path: ['priority_ids'] }, { project: doc.data.id }, { expected: '≥ 1', found: 0 });
  },
});
