// PAC-REF-008: inside priorities.yaml, each priority's axis and score keys name an axis and a
// criterion of the same file (practice: the weighted ranking reads them).
import { defineRule } from '../rule.js';
import { checkReference, unknownReferenceMessage } from './unknown-reference.js';

/** priority.axis → axes; priority.scores keys → criteria (when criteria are declared). */
export default defineRule({
  code: 'PAC-REF-008',
  title: {
    ar: 'محاور ومعايير الأولويات موجودة',
    fr: 'Axes et critères des priorités existants',
    en: 'Priority axes and criteria exist',
  },
  severity: 'error',
  phase: 2,
  needs: ['priorities'],
  basis: 'practice',
  message: unknownReferenceMessage,
  check(plan, ctx) {
    const doc = plan.priorities!;
    const axes = new Set(doc.data.axes.map((a) => a.id));
    const criteria = doc.data.criteria?.length ? new Set(doc.data.criteria.map((c) => c.id)) : undefined;
    doc.data.priorities.forEach((p, i) => {
      if (p.axis !== undefined) checkReference(ctx, doc, ['priorities', i, 'axis'], p.axis, axes, 'axis');
      if (criteria) for (const key of Object.keys(p.scores ?? {})) checkReference(ctx, doc, ['priorities', i, 'scores', key], key, criteria, 'criterion');
    });
  },
});
