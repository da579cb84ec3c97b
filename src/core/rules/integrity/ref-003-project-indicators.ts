// PAC-REF-003: projects and the monitoring system point at each other correctly (Decree 2-16-301
// art. 6: the monitoring system follows the projects).
import { defineRule } from '../rule.js';
import { checkReference, unknownReferenceMessage } from './unknown-reference.js';

/** project.indicator_ids → indicators; indicator.project → project ids. */
export default defineRule({
  code: 'PAC-REF-003',
  title: {
    ar: 'الروابط بين المشاريع والمؤشرات صحيحة',
    fr: 'Liens projets-indicateurs valides',
    en: 'Project-indicator links resolve',
  },
  severity: 'error',
  phase: 3,
  needs: ['project', 'indicators'],
  basis: 'Decree 2-16-301 art. 6',
  message: unknownReferenceMessage,
  check(plan, ctx) {
    const ind = plan.indicators!;
    const indicators = new Set(ind.data.indicators.map((x) => x.id));
    const projects = new Set(plan.projects.map((d) => d.data.id));
    for (const doc of plan.projects) doc.data.indicator_ids?.forEach((id, i) => checkReference(ctx, doc, ['indicator_ids', i], id, indicators, 'indicator'));
    ind.data.indicators.forEach((x, k) => {
      if (x.project !== undefined) checkReference(ctx, ind, ['indicators', k, 'project'], x.project, projects, 'project');
    });
  },
});
