// PAC-REF-001: a project names an axis and priorities that exist (traceability, LO 113-14 art. 78:
// projects follow from the priorities).
import { defineRule } from '../rule.js';
import { checkReference, unknownReferenceMessage } from './unknown-reference.js';

/** project.axis → priorities.axes; project.priority_ids → priorities.priorities. */
export default defineRule({
  code: 'PAC-REF-001',
  title: {
    ar: 'محاور وأولويات المشاريع موجودة',
    fr: 'Axes et priorités des projets existants',
    en: 'Project axes and priorities exist',
  },
  severity: 'error',
  phase: 3,
  needs: ['project', 'priorities'],
  basis: 'LO 113-14 art. 78',
  message: unknownReferenceMessage,
  check(plan, ctx) {
    const pr = plan.priorities!.data;
    const axes = new Set(pr.axes.map((a) => a.id));
    const priorities = new Set(pr.priorities.map((p) => p.id));
    for (const doc of plan.projects) {
      const p = doc.data;
      if (p.axis !== undefined) checkReference(ctx, doc, ['axis'], p.axis, axes, 'axis');
      p.priority_ids.forEach((id, i) => checkReference(ctx, doc, ['priority_ids', i], id, priorities, 'priority'));
    }
  },
});
