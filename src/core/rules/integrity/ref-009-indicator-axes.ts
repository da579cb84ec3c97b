// PAC-REF-009: an axis-level indicator names an axis of the plan (Decree 2-16-301 art. 6: the
// monitoring system sets the objectives to reach).
import { defineRule } from '../rule.js';
import { checkReference, unknownReferenceMessage } from './unknown-reference.js';

/** indicator.axis → priorities.axes. */
export default defineRule({
  code: 'PAC-REF-009',
  title: {
    ar: 'محاور المؤشرات موجودة',
    fr: 'Axes des indicateurs existants',
    en: 'Indicator axes exist',
  },
  severity: 'error',
  phase: 3,
  needs: ['indicators', 'priorities'],
  basis: 'Decree 2-16-301 art. 6',
  message: unknownReferenceMessage,
  check(plan, ctx) {
    const axes = new Set(plan.priorities!.data.axes.map((a) => a.id));
    const doc = plan.indicators!;
    doc.data.indicators.forEach((x, k) => {
      if (x.axis !== undefined) checkReference(ctx, doc, ['indicators', k, 'axis'], x.axis, axes, 'axis');
    });
  },
});
