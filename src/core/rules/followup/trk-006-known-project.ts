// PAC-TRK-006: the follow-up follows the plan's projects: an id without a project sheet is a typing
// error or a project the council never adopted (LO 113-14 art. 78).
import { defineRule } from '../rule.js';
import { suggest } from '../../diagnostics/suggest.js';

/** Every followup projects[].project is the id of a project sheet. */
export default defineRule({
  code: 'PAC-TRK-006',
  title: {
    ar: 'المشاريع المتتبعة مشاريع البرنامج',
    fr: 'Les projets suivis sont ceux du plan',
    en: 'Followed projects are the plan’s projects',
  },
  severity: 'error',
  phase: 5,
  needs: ['followup', 'project'],
  basis: 'LO 113-14 art. 78',
  message: {
    ar: (a) => `المشروع ${a.found} المتتبع في ${a.year} لا توجد له بطاقة في projects/ (الأقرب: ${a.guess})`,
    fr: (a) => `Le projet ${a.found} suivi en ${a.year} n’a pas de fiche dans projects/ (le plus proche : ${a.guess})`,
    en: (a) => `Project ${a.found} followed in ${a.year} has no sheet in projects/ (closest: ${a.guess})`,
  },
  check(plan, { report }) {
    const ids = plan.projects.map((d) => d.data.id);
    for (const doc of plan.followup)
      (doc.data.projects ?? []).forEach((e, i) => {
        if (ids.includes(e.project)) return;
        const guess = suggest(e.project, ids) ?? '—';
        report({ doc, path: ['projects', i, 'project'] }, { found: e.project, year: String(doc.data.year), guess }, { expected: guess, found: e.project });
      });
  },
});
